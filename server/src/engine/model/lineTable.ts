import { daemonOf, instanceOf } from './syslogHeader';

/** utcOffset of a line whose time has no offset (BSD syslog: wall clock only). */
export const NO_OFFSET = -0x8000;

// The parse of every line of a document, column by column in typed arrays: a 250,000-line
// log costs a few MB here instead of an object per line.

/** The per-line columns of a LineTable: what a parse worker hands back (on SharedArrayBuffers). */
export interface LineColumns {
  readonly program: Int32Array<ArrayBufferLike>;
  readonly pid: Int32Array<ArrayBufferLike>;
  readonly time: Float64Array<ArrayBufferLike>;
  readonly year: Int16Array<ArrayBufferLike>;
  readonly month: Int8Array<ArrayBufferLike>;
  readonly utcOffset: Int16Array<ArrayBufferLike>;
  readonly queueIdStart: Int32Array<ArrayBufferLike>;
  readonly bodyStart: Int32Array<ArrayBufferLike>;
  readonly entry: Int16Array<ArrayBufferLike>;
}

/** Rows parsed apart (by a worker): its columns, and the program names its `program` column numbers. */
export interface ParsedRows {
  readonly rows: number;
  readonly programs: readonly string[];
  readonly columns: LineColumns;
}

export class LineTable {
  length = 0;
  program: Int32Array<ArrayBufferLike> = new Int32Array(0); // index into `programs`, -1 when the line is not syslog
  pid: Int32Array<ArrayBufferLike> = new Int32Array(0); // -1 when absent
  time: Float64Array<ArrayBufferLike> = new Float64Array(0); // ms since the epoch, NaN when unknown
  year: Int16Array<ArrayBufferLike> = new Int16Array(0); // the line's year, its own or inferred
  month: Int8Array<ArrayBufferLike> = new Int8Array(0); // 1..12, for inferring the next line's year
  utcOffset: Int16Array<ArrayBufferLike> = new Int16Array(0); // minutes east of UTC as the line wrote it, NO_OFFSET when it wrote none
  queueIdStart: Int32Array<ArrayBufferLike> = new Int32Array(0); // -1 when the line has no queue ID
  bodyStart: Int32Array<ArrayBufferLike> = new Int32Array(0); // message text after the header and `QUEUEID: `
  entry: Int16Array<ArrayBufferLike> = new Int16Array(0); // index into CATALOG, -1 when unknown

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

  /** A table of `rows` rows whose columns live on SharedArrayBuffers: a worker fills them, another thread reads them without a copy. */
  static shared(rows: number): LineTable {
    const table = new LineTable();
    const on = (bytesPerRow: number) => new SharedArrayBuffer(Math.max(1, rows) * bytesPerRow);
    table.program = new Int32Array(on(4), 0, rows);
    table.pid = new Int32Array(on(4), 0, rows);
    table.time = new Float64Array(on(8), 0, rows);
    table.year = new Int16Array(on(2), 0, rows);
    table.month = new Int8Array(on(1), 0, rows);
    table.utcOffset = new Int16Array(on(2), 0, rows);
    table.queueIdStart = new Int32Array(on(4), 0, rows);
    table.bodyStart = new Int32Array(on(4), 0, rows);
    table.entry = new Int16Array(on(2), 0, rows);
    table.length = rows;
    return table;
  }

  /** Its rows as another thread receives them. */
  toParsedRows(): ParsedRows {
    const { program, pid, time, year, month, utcOffset, queueIdStart, bodyStart, entry } = this;
    return { rows: this.length, programs: this.programs, columns: { program, pid, time, year, month, utcOffset, queueIdStart, bodyStart, entry } };
  }

  /** Sets rows `at`.. from rows parsed apart, their program numbers mapped to this table's. */
  copyRows(at: number, parsed: ParsedRows): void {
    const { columns, rows } = parsed;
    const programIds = this.programIdsOf(parsed);
    for (let i = 0; i < rows; i++) {
      const program = columns.program[i];
      this.program[at + i] = program < 0 ? -1 : programIds[program];
    }
    this.pid.set(columns.pid.subarray(0, rows), at);
    this.time.set(columns.time.subarray(0, rows), at);
    this.year.set(columns.year.subarray(0, rows), at);
    this.month.set(columns.month.subarray(0, rows), at);
    this.utcOffset.set(columns.utcOffset.subarray(0, rows), at);
    this.queueIdStart.set(columns.queueIdStart.subarray(0, rows), at);
    this.bodyStart.set(columns.bodyStart.subarray(0, rows), at);
    this.entry.set(columns.entry.subarray(0, rows), at);
  }

  /** Sets row `at` from row `from` of rows parsed apart, with `programIds` mapping their program numbers to this table's. */
  copyRow(at: number, parsed: ParsedRows, from: number, programIds: readonly number[]): void {
    const { columns } = parsed;
    const program = columns.program[from];
    this.program[at] = program < 0 ? -1 : programIds[program];
    this.pid[at] = columns.pid[from];
    this.time[at] = columns.time[from];
    this.year[at] = columns.year[from];
    this.month[at] = columns.month[from];
    this.utcOffset[at] = columns.utcOffset[from];
    this.queueIdStart[at] = columns.queueIdStart[from];
    this.bodyStart[at] = columns.bodyStart[from];
    this.entry[at] = columns.entry[from];
  }

  /** Program numbers of rows parsed apart, as this table numbers the same programs. */
  programIdsOf(parsed: ParsedRows): number[] {
    return parsed.programs.map((name) => this.programIdAt(name, 0, name.length));
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
    const copy = <T extends Int32Array<ArrayBufferLike> | Float64Array<ArrayBufferLike> | Int16Array<ArrayBufferLike> | Int8Array<ArrayBufferLike>>(old: T, make: (n: number) => T): T => {
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

  private columns(): (Int32Array<ArrayBufferLike> | Float64Array<ArrayBufferLike> | Int16Array<ArrayBufferLike> | Int8Array<ArrayBufferLike>)[] {
    return [this.program, this.pid, this.time, this.year, this.month, this.utcOffset, this.queueIdStart, this.bodyStart, this.entry];
  }
}
