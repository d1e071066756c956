// Strings kept once, by number: a queue ID, client or Message-ID seen on many lines is stored
// once. A busy server's log has hundreds of thousands of distinct ones; as JS strings in a Map
// they cost several times their length (object headers, entries, GC work), so their characters
// sit one after another in one byte buffer, found through an open-addressing table of numbers.

import { withRoom } from './columns';
import { WideColumn } from './lineColumns';

/** A seed per process: text from the internet cannot be made to collide on purpose. */
const SEED = (Math.random() * 0x7fffffff) | 0;
/** Numbers below this keep their decoded string: instances and status words are asked for on every line. */
const DECODED_KEPT = 256;

export class Interner {
  /** The characters of every string of Latin-1 characters (nearly all), one after another. */
  private chars = Buffer.alloc(1 << 12);
  private used = 0;
  /** By number - 1: where its characters end in `chars` (they start where the previous one's end). */
  private readonly ends = new WideColumn(256);
  /** Per number: its hash, so that growing the table and most mismatches read no characters. */
  private hashes = new Int32Array(256);
  /** Strings with a character beyond Latin-1 (an SMTPUTF8 address), by number: kept as they are. */
  private readonly wide = new Map<number, string>();
  /** Open addressing: each slot holds a number, 0 when empty; at most half are used. */
  private slots = new Int32Array(1024);
  private count = 0;
  private readonly decoded: string[] = [];

  private readonly keepDecoded: boolean;
  private readonly hashOf: (value: string) => number;

  /**
   * `keepDecoded`: every string is also kept as a JS string, for strings read back far more often
   * than added (the summary groups every delivery by address). `hash` is for tests (every string
   * alike: the slow path); the default is seeded.
   */
  constructor(options: { keepDecoded?: boolean; hash?: (value: string) => number } = {}) {
    this.keepDecoded = options.keepDecoded === true;
    this.hashOf = options.hash ?? seededHash;
  }

  /** The string's number (1-based, so that 0 in a column means none). */
  add(value: string): number {
    const hash = this.hashOf(value);
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const n = this.slots[i];
      if (n === 0) return this.insert(value, hash, i);
      if (this.hashes[n - 1] === hash && this.equals(n, value)) return n;
    }
  }

  /** The number of a string already added, 0 when it never was. */
  find(value: string): number {
    const hash = this.hashOf(value);
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const n = this.slots[i];
      if (n === 0 || (this.hashes[n - 1] === hash && this.equals(n, value))) return n;
    }
  }

  get(n: number): string | undefined {
    if (n <= 0 || n > this.count) return undefined;
    if (n < DECODED_KEPT || this.keepDecoded) return (this.decoded[n] ??= this.decode(n));
    return this.decode(n);
  }

  get size(): number {
    return this.count;
  }

  private decode(n: number): string {
    const start = n > 1 ? this.ends.at(n - 2) : 0;
    const end = this.ends.at(n - 1);
    return start === end ? this.wide.get(n) ?? '' : this.chars.toString('latin1', start, end);
  }

  private equals(n: number, value: string): boolean {
    const start = n > 1 ? this.ends.at(n - 2) : 0;
    const length = this.ends.at(n - 1) - start;
    // No characters in the buffer: the empty string, or one kept aside (beyond Latin-1).
    if (length === 0) return this.wide.has(n) ? this.wide.get(n) === value : value.length === 0;
    if (length !== value.length) return false;
    const chars = this.chars;
    for (let i = 0; i < value.length; i++) if (chars[start + i] !== value.charCodeAt(i)) return false;
    return true;
  }

  private insert(value: string, hash: number, slot: number): number {
    const n = ++this.count;
    if (n > this.hashes.length) this.hashes = withRoom(this.hashes, n - 1);
    this.hashes[n - 1] = hash;
    if (isLatin1(value)) {
      if (this.used + value.length > this.chars.length) {
        const chars = Buffer.alloc(Math.max(this.chars.length * 2, this.used + value.length));
        this.chars.copy(chars, 0, 0, this.used);
        this.chars = chars;
      }
      this.used += this.chars.write(value, this.used, 'latin1');
    } else this.wide.set(n, value);
    this.ends.set(n - 1, this.used);
    this.slots[slot] = n;
    if (this.keepDecoded) this.decoded[n] = this.decode(n); // in order: the array stays dense
    if (2 * n > this.slots.length) this.rehash();
    return n;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let n = 1; n <= this.count; n++) {
      let i = this.hashes[n - 1] & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = n;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units, seeded. */
function seededHash(value: string): number {
  let hash = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

function isLatin1(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0xff) return false;
  return true;
}
