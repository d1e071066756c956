// Storage for the compact journey index: rows of numbers kept column by column in typed
// arrays that grow by doubling (strings are kept once by number in interner.ts).

type Typed = Int32Array | Float64Array | Int16Array | Uint8Array | Int8Array;

/** Returns `column` if it has room for index `at`, else a larger copy (new cells zero). */
export function withRoom<T extends Typed>(column: T, at: number): T {
  if (at < column.length) return column;
  const grown = new (column.constructor as new (length: number) => T)(Math.max(1024, at + 1, column.length * 2));
  grown.set(column);
  return grown;
}

/**
 * Makes room for row `at` in the typed-array fields `names` of `owner`, which are the columns of
 * one table and grow together.
 */
export function growColumns(owner: object, names: readonly string[], at: number): void {
  const columns = owner as Record<string, Typed>;
  for (const name of names) columns[name] = withRoom(columns[name], at);
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
