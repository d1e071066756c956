// What the journey index keeps of a delivery line and of a `queue active` line once read, taken
// from the line's text by its catalog entry. One function wherever the text is: the index reading
// a line back when it is first asked about, or a parse worker reading its range ahead of the index
// (a large file's summary then reads no line back for them).
import { CATALOG, entryValues, QUEUED_GROUPS } from '../catalog';
import { scanKeyValues } from '../text/fields';

export type Values = Record<string, string | undefined>;

/**
 * The named groups of a line's catalog entry, and for a Postfix delivery or reject line its
 * `key=value` fields too when every value is wanted (`wanted` undefined).
 */
export function lineValues(text: string, entry: number, bodyStart: number, postfix: boolean, wanted?: readonly string[]): Values {
  const values = entry >= 0 ? entryValues(entry, text, bodyStart, wanted) : {};
  const role = entry >= 0 ? CATALOG[entry].role : undefined;
  if ((role === 'delivery' || role === 'reject') && postfix && !wanted) {
    for (const field of scanKeyValues(text.slice(0, 8192), bodyStart)) values[field.name] ??= field.value;
  }
  return values;
}

const DELAY = /, delay=(\d+(?:\.\d+)?)/;
const DELAYS = /, delays=(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)/;

/** Values per delivery (in `RangeFacts.deliveryNumbers` and the index): `delay=`, then the four `delays=` stages (NaN when absent). */
export const DELAY_VALUES = 5;

/** A delivery line's `delay=` and `delays=a/b/c/d` seconds into `into` at `at` (DELAY_VALUES of them, NaN when absent). */
export function readDelays(text: string, into: Float64Array, at: number): void {
  const delay = DELAY.exec(text);
  into[at] = delay ? Number(delay[1]) : NaN;
  const stages = delay ? DELAYS.exec(text) : null;
  for (let i = 0; i < 4; i++) into[at + 1 + i] = stages ? Number(stages[i + 1]) : NaN;
}

/**
 * Facts of the delivery lines and `queue active` lines of a range, read by a parse worker: row
 * numbers in the range, then per delivery its recipient, status, relay and DSN (null: none) and its
 * delays, per queued line its sender (null: none), size and recipient count (NaN: none).
 */
export interface RangeFacts {
  readonly deliveryRows: Int32Array;
  readonly deliveryWords: (string | null)[];
  readonly deliveryNumbers: Float64Array;
  readonly queuedRows: Int32Array;
  readonly queuedFrom: (string | null)[];
  readonly queuedNumbers: Float64Array;
}

/** Collects a range's facts line by line (see RangeFacts). */
export class RangeFactsBuilder {
  private readonly deliveryRows: number[] = [];
  private readonly deliveryWords: (string | null)[] = [];
  private readonly deliveryNumbers: number[] = [];
  private readonly queuedRows: number[] = [];
  private readonly queuedFrom: (string | null)[] = [];
  private readonly queuedNumbers: number[] = [];
  private readonly delays = new Float64Array(DELAY_VALUES);

  /** Reads the facts of row `row` when its entry is a delivery or a `queue active` line. */
  add(row: number, text: string, entry: number, bodyStart: number, postfix: boolean): void {
    const role = entry >= 0 ? CATALOG[entry].role : undefined;
    if (role === 'delivery') {
      const values = lineValues(text, entry, bodyStart, postfix);
      this.deliveryRows.push(row);
      this.deliveryWords.push(values.to ?? null, values.status ?? null, values.relay ?? null, values.dsn ?? null);
      readDelays(text, this.delays, 0);
      this.deliveryNumbers.push(...this.delays);
    } else if (role === 'queued') {
      const values = lineValues(text, entry, bodyStart, postfix, QUEUED_GROUPS);
      this.queuedRows.push(row);
      this.queuedFrom.push(values.from ?? null);
      this.queuedNumbers.push(numberOrNaN(values.size), numberOrNaN(values.nrcpt));
    }
  }

  build(): RangeFacts {
    return {
      deliveryRows: Int32Array.from(this.deliveryRows),
      deliveryWords: this.deliveryWords,
      deliveryNumbers: Float64Array.from(this.deliveryNumbers),
      queuedRows: Int32Array.from(this.queuedRows),
      queuedFrom: this.queuedFrom,
      queuedNumbers: Float64Array.from(this.queuedNumbers),
    };
  }
}

/** A number as the index keeps it: NaN when the line gave none. */
export function numberOrNaN(value: string | undefined): number {
  return value === undefined || value === '' ? NaN : Number(value);
}
