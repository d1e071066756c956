// Storage for the compact journey index: rows of numbers kept column by column in typed
// arrays that grow by doubling, or once to the size projected for the whole log (strings are
// kept once by number in interner.ts).

type Typed = Int32Array | Uint32Array | Float64Array | Int16Array | Uint16Array | Uint8Array | Int8Array;

/** A table projects its final size once it has seen this share of the lines expected (1/64) and at least MIN_PROJECTION_LINES. */
const PROJECTION_SHARE = 64;
const MIN_PROJECTION_LINES = 10_000;

/**
 * Returns `column` if it has room for index `at`, else a larger copy (new cells zero): of the
 * `expected` length when that is known and larger, else twice as long. Growing once to a
 * projected size, rather than doubling, saves the copies and the unused half.
 */
export function withRoom<T extends Typed>(column: T, at: number, expected = 0): T {
  if (at < column.length) return column;
  const length = expected > at ? Math.max(expected, Math.ceil(column.length * 1.25)) : Math.max(1024, at + 1, column.length * 2);
  const grown = new (column.constructor as new (length: number) => T)(length);
  grown.set(column);
  return grown;
}

/**
 * Makes room for row `at` in the typed-array fields `names` of `owner`, which are the columns of
 * one table and grow together (to `expected` rows, when known: see withRoom).
 */
export function growColumns(owner: object, names: readonly string[], at: number, expected = 0): void {
  const columns = owner as Record<string, Typed>;
  for (const name of names) columns[name] = withRoom(columns[name], at, expected);
}

/**
 * The rows a table will have once `expectedLines` lines are read, projected from its `rows` for
 * the first `lines` (with 5% to spare); 0 (unknown) until enough lines have been read.
 */
export function projectedRows(rows: number, lines: number, expectedLines: number): number {
  if (lines < MIN_PROJECTION_LINES || lines * PROJECTION_SHARE < expectedLines || expectedLines <= lines) return 0;
  return Math.ceil((rows / lines) * expectedLines * 1.05);
}

/**
 * Appends `item` to the list of `owner`, a singly linked list kept in columns: its first and
 * last item in `heads` and `tails`, each item's successor in `next`. Items and owners' entries
 * are 1-based (0: none); `owner` is a 0-based row.
 */
export function appendToList(heads: Int32Array, tails: Int32Array, next: Int32Array, owner: number, item: number): void {
  next[item - 1] = 0;
  if (tails[owner] === 0) heads[owner] = item;
  else next[tails[owner] - 1] = item;
  tails[owner] = item;
}

/** The last index of `sorted` (ascending, not empty) whose value is at most `value`; 0 when none is. */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A number for the few rows of a column that have one (0 for the others): an open-addressing
 * table of two Int32Arrays, so that memory grows with the rows that have a value.
 */
export class SparseColumn {
  private keys = new Int32Array(1024); // row + 1; 0: a free slot
  private values = new Int32Array(1024);
  /** 32 - log2 of the table's size: a hash's top bits pick the slot. */
  private shift = 22;
  private count = 0;

  get(row: number): number {
    const slot = this.slotOf(row);
    return this.keys[slot] === 0 ? 0 : this.values[slot];
  }

  /** Sets a value other than 0 (rows keep theirs until set again: none is removed). */
  set(row: number, value: number): void {
    let slot = this.slotOf(row);
    if (this.keys[slot] === 0) {
      if (2 * (this.count + 1) > this.keys.length) {
        this.rehash();
        slot = this.slotOf(row);
      }
      this.keys[slot] = row + 1;
      this.count++;
    }
    this.values[slot] = value;
  }

  /** The slot of `row`, or the free one where it would go. */
  private slotOf(row: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    // Fibonacci hashing (the product's top bits): consecutive and evenly spaced rows spread over the table.
    for (let slot = Math.imul(row + 1, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      if (keys[slot] === 0 || keys[slot] === row + 1) return slot;
    }
  }

  private rehash(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const slot = this.slotOf(keys[i] - 1);
      this.keys[slot] = keys[i];
      this.values[slot] = values[i];
    }
  }
}
