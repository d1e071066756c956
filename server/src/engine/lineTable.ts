import { daemonOf, instanceOf } from './syslogHeader';

/** utcOffset of a line whose time has no offset (BSD syslog: wall clock only). */
export const NO_OFFSET = -0x8000;

// The parse of every line of a document, column by column in typed arrays: a 250,000-line
// log costs a few MB here instead of an object per line.

export class LineTable {
  length = 0;
  program = new Int32Array(0); // index into `programs`, -1 when the line is not syslog
  pid = new Int32Array(0); // -1 when absent
  time = new Float64Array(0); // ms since the epoch, NaN when unknown
  year = new Int16Array(0); // the line's year, its own or inferred
  month = new Int8Array(0); // 1..12, for inferring the next line's year
  utcOffset = new Int16Array(0); // minutes east of UTC as the line wrote it, NO_OFFSET when it wrote none
  queueIdStart = new Int32Array(0); // -1 when the line has no queue ID
  bodyStart = new Int32Array(0); // message text after the header and `QUEUEID: `
  entry = new Int16Array(0); // index into CATALOG, -1 when unknown

  /** Program names seen, interned: `postfix/smtpd` is stored once, not per line. */
  readonly programs: string[] = [];
  /** Per program: its Postfix instance (`postfix-out` of `postfix-out/smtp`). */
  readonly instances: string[] = [];
  /** Per program: a Postfix daemon (`postfix/smtpd`) rather than a companion (`opendkim`). */
  readonly postfix: boolean[] = [];
  /** Per program: its daemon (`smtpd` of `postfix/smtps/smtpd`), which picks its catalog entries. */
  readonly daemons: string[] = [];
  /** Program IDs by length and first and last character, so a line's program is found without slicing it. */
  private readonly byShape = new Map<number, number[]>();

  /** The ID of the program named by `line[start..end)`, interned on first sight. */
  programIdAt(line: string, start: number, end: number): number {
    const shape = (end - start) * 0x10000 + ((line.charCodeAt(start) * 31 + line.charCodeAt(end - 1)) & 0xffff);
    const candidates = this.byShape.get(shape);
    if (candidates) {
      for (const id of candidates) if (line.startsWith(this.programs[id], start)) return id;
    }
    const name = line.slice(start, end);
    const id = this.programs.length;
    this.programs.push(name);
    this.instances.push(instanceOf(name));
    this.postfix.push(name.includes('/'));
    this.daemons.push(daemonOf(name));
    if (candidates) candidates.push(id);
    else this.byShape.set(shape, [id]);
    return id;
  }

  /** Replaces `deleteCount` rows at `at` with `insertCount` rows whose values the caller sets. */
  splice(at: number, deleteCount: number, insertCount: number): void {
    const newLength = this.length - deleteCount + insertCount;
    if (newLength > this.program.length) this.grow(Math.max(newLength, Math.ceil(this.program.length * 1.5), 1024));
    for (const column of this.columns()) column.copyWithin(at + insertCount, at + deleteCount, this.length);
    this.length = newLength;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Float64Array | Int16Array | Int8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old.subarray(0, this.length));
      return next;
    };
    this.program = copy(this.program, (n) => new Int32Array(n));
    this.pid = copy(this.pid, (n) => new Int32Array(n));
    this.time = copy(this.time, (n) => new Float64Array(n));
    this.year = copy(this.year, (n) => new Int16Array(n));
    this.month = copy(this.month, (n) => new Int8Array(n));
    this.utcOffset = copy(this.utcOffset, (n) => new Int16Array(n));
    this.queueIdStart = copy(this.queueIdStart, (n) => new Int32Array(n));
    this.bodyStart = copy(this.bodyStart, (n) => new Int32Array(n));
    this.entry = copy(this.entry, (n) => new Int16Array(n));
  }

  private columns(): (Int32Array | Float64Array | Int16Array | Int8Array)[] {
    return [this.program, this.pid, this.time, this.year, this.month, this.utcOffset, this.queueIdStart, this.bodyStart, this.entry];
  }
}
