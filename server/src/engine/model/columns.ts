// Storage for the compact journey index: rows of numbers kept column by column in typed
// arrays that grow by doubling, and strings stored once and referred to by number.

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

/** Strings kept once, by number: a relay or an address seen 10,000 times is one string. */
export class Interner {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The string's number (1-based, so that 0 in a column means none). */
  add(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      // A slice of a long line would keep the whole line alive: keep a copy of just the value.
      const own = value.length > 12 ? flatCopy(value) : value;
      n = this.strings.push(own);
      this.numbers.set(own, n);
    }
    return n;
  }

  /** The number of a string already added, 0 when it never was. */
  find(value: string): number {
    return this.numbers.get(value) ?? 0;
  }

  get(n: number): string | undefined {
    return n > 0 ? this.strings[n - 1] : undefined;
  }
}

/** A string that shares no memory with the line it was cut from. */
function flatCopy(value: string): string {
  return Buffer.from(value, 'utf8').toString('utf8');
}
