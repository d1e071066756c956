// Per-line numbers of a large log in fewer bytes than a Float64Array each. A value that changes
// rarely (a line's UTC offset) is kept only at the lines where it changes; a wide one (a byte
// offset past 4 GiB, a time in microseconds) as its low 32 bits, the bits above kept as such runs.
// Lines are set in order, each once; they are read in any order.

import { lastAtMost, withRoom } from './columns';

const LOW = 2 ** 32;

/** A value per line, stored once per run of lines that share it. */
export class Runs {
  /** The first line of each run, ascending; the first run starts at line 0. */
  private from = new Int32Array(16);
  private values = new Float64Array(16);
  private count = 1;
  /** The run last looked up: reads go mostly forward, line after line. */
  private run = 0;

  /** `initial`: the value until another is set. */
  constructor(initial = 0) {
    this.values[0] = initial;
  }

  set(line: number, value: number): void {
    if (value === this.values[this.count - 1]) return;
    // Line 0 takes over the first run rather than starting a second one at the same line.
    const at = this.from[this.count - 1] === line ? this.count - 1 : this.count++;
    this.from = withRoom(this.from, at);
    this.values = withRoom(this.values, at);
    this.from[at] = line;
    this.values[at] = value;
  }

  at(line: number): number {
    let run = this.run;
    if (this.from[run] > line || (run + 1 < this.count && this.from[run + 1] <= line)) this.run = run = lastAtMost(this.from.subarray(0, this.count), line);
    return this.values[run];
  }
}

/** Integers up to 2^53 in 4 bytes a line, when the bits above 32 change rarely from line to line. */
export class WideColumn {
  private low: Uint32Array;
  private readonly high = new Runs();

  constructor(room = 1 << 16) {
    this.low = new Uint32Array(room);
  }

  /** Makes room for `lines` lines at once (it grows by doubling otherwise). */
  reserve(lines: number): void {
    if (lines > this.low.length) this.low = withRoom(this.low, lines - 1, lines);
  }

  set(line: number, value: number): void {
    // Checked here, not in withRoom: this runs for every line, withRoom for every kind of array.
    if (line >= this.low.length) this.low = withRoom(this.low, line);
    const high = Math.floor(value / LOW);
    this.high.set(line, high);
    this.low[line] = value - high * LOW;
  }

  at(line: number): number {
    return this.high.at(line) * LOW + this.low[line];
  }
}

/** Marks a line without a time (NaN): an integer no time in microseconds comes near. */
const NO_TIME = Number.MIN_SAFE_INTEGER;

/**
 * Times (ms since the epoch, NaN when unknown) to the microsecond, in 4 bytes a line: the bits
 * above 32 change every 72 minutes of a log.
 */
export class TimeColumn {
  private readonly micros = new WideColumn();

  reserve(lines: number): void {
    this.micros.reserve(lines);
  }

  set(line: number, ms: number): void {
    this.micros.set(line, Number.isNaN(ms) ? NO_TIME : Math.round(ms * 1000));
  }

  at(line: number): number {
    const micros = this.micros.at(line);
    return micros === NO_TIME ? NaN : micros / 1000;
  }
}
