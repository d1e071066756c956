// Lines of a large log are read back from disk when shown or summarised. The lines of one journey
// lie close together in the file, and the summary walks journeys in the order they started: a
// few recent stretches of the file answer most reads without a system call per line.

/** Bytes read at once on a miss: a few hundred lines. Stretches start at multiples of it. */
export const BLOCK_BYTES = 16 * 1024;
/** Stretches kept: 2 MB, enough for the journeys in flight on a busy server. */
const BLOCKS_KEPT = 128;

export class ReadBackCache {
  /** By input and stretch number, the least recently used first. */
  private readonly blocks = new Map<number, Buffer>();

  /** `length` bytes at `start` of input `source`, when a kept stretch holds them. */
  find(source: number, start: number, length: number): Buffer | undefined {
    const key = keyOf(source, start);
    const bytes = this.blocks.get(key);
    const offset = start % BLOCK_BYTES;
    if (!bytes || offset + length > bytes.length) return undefined;
    this.blocks.delete(key); // used now: the most recent
    this.blocks.set(key, bytes);
    return bytes.subarray(offset, offset + length);
  }

  /** Keeps the stretch just read at `start` (a multiple of BLOCK_BYTES), dropping the least recently used beyond BLOCKS_KEPT. */
  keep(source: number, start: number, bytes: Buffer): void {
    const key = keyOf(source, start);
    this.blocks.delete(key); // read again, longer (the file grew past its end): kept anew, not beside itself
    if (this.blocks.size >= BLOCKS_KEPT) this.blocks.delete(this.blocks.keys().next().value!);
    this.blocks.set(key, bytes);
  }

  /** Forgets everything: the files may have changed since (checked before each request). */
  clear(): void {
    this.blocks.clear();
  }
}

/** One number per stretch: its number in the input, and the input's (a log has fewer than 65,536). */
function keyOf(source: number, start: number): number {
  return Math.floor(start / BLOCK_BYTES) * 65_536 + source;
}
