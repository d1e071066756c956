// Where each line of a large log starts in its file: four bytes a line instead of eight. A
// 4 GiB boundary is crossed rarely, and a log set's next file starts again at 0: only the
// lines where the upper bits change are kept beside the lower 32 bits of each line's offset.

import { lastAtMost } from './columns';

const LOW = 2 ** 32;

export class LineOffsets {
  private low = new Uint32Array(1 << 16);
  /** Ascending lines from which `highs` (the offset's bits above 32) apply; the first is line 0. */
  private readonly highFrom: number[] = [0];
  private readonly highs: number[] = [0];
  /** The last run looked up: reads back go mostly forward, line after line. */
  private run = 0;

  /** Line `line`'s offset; lines are given in order, each once (a line after the last one set). */
  set(line: number, offset: number): void {
    if (line >= this.low.length) {
      const low = new Uint32Array(this.low.length * 2);
      low.set(this.low);
      this.low = low;
    }
    const high = Math.floor(offset / LOW);
    if (high !== this.highs[this.highs.length - 1]) {
      this.highFrom.push(line);
      this.highs.push(high);
    }
    this.low[line] = offset - high * LOW;
  }

  at(line: number): number {
    return this.highOf(line) * LOW + this.low[line];
  }

  private highOf(line: number): number {
    const from = this.highFrom;
    if (from.length === 1) return 0;
    let run = this.run;
    if (from[run] > line || (run + 1 < from.length && from[run + 1] <= line)) this.run = run = lastAtMost(from, line);
    return this.highs[run];
  }
}
