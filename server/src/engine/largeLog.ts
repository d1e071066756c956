import * as fs from 'node:fs';
import { splitLines, type IndexedLog } from './document';
import { JourneyIndex, type LineSource, type RowView } from './journeys';
import { LineTable } from './lineTable';
import { parseInto, parsedRow, readRowInto, type ParsedLine } from './parse';
import { yearOfLatestPast } from './syslogHeader';
import { withRoom } from './columns';

export interface StreamOptions {
  /** Year for timestamps without one. */
  readonly defaultYear?: number;
  /** Build the journey index while reading (false for a plain per-line pass). */
  readonly index?: boolean;
  /** Called for each line as it is read, with its parse. */
  readonly onLine?: (line: number, text: string, parsed: ParsedLine) => void;
  /** Called after each chunk with the bytes read so far and the file's size. */
  readonly onProgress?: (bytesRead: number, size: number) => void;
  readonly isCancelled?: () => boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

const CHUNK = 1 << 20;
/** Lines longer than this are cut when read back for display; the index saw them whole. */
const LONGEST_SHOWN_LINE = 1 << 16;

/**
 * A log file too large to open as a document (VS Code hands extensions files up to 50 MB):
 * read once from disk in a streaming pass that keeps, per line, only its offset and time; the
 * journey index is built as the lines go by. Lines are read back from disk when shown.
 */
export class LargeLog implements IndexedLog, LineSource {
  private offsets: Float64Array = new Float64Array(1 << 16);
  private times: Float64Array = new Float64Array(1 << 16);
  /** Each line's catalog entry: the summary goes over them all without reading lines back. */
  private entries = new Int16Array(0);
  private count = 0;
  private readonly index: JourneyIndex;
  /** The line being streamed; the only text held in memory during the pass. */
  private currentLine = -1;
  private currentText = '';
  /** Row 0: the previous syslog line (for year inference); row 1: the line being parsed. */
  private readonly scratch = new LineTable();
  private readonly defaultYear: number;
  private fd: number | undefined;

  private constructor(readonly path: string, readonly size: number, defaultYear: number) {
    this.index = new JourneyIndex(this);
    this.defaultYear = defaultYear;
    this.scratch.splice(0, 0, 2);
    this.scratch.program[0] = -1;
  }

  static async read(path: string, options: StreamOptions = {}): Promise<LargeLog> {
    const size = (await fs.promises.stat(path)).size;
    const log = new LargeLog(path, size, options.defaultYear ?? (await yearOfHead(path)));
    await log.stream(options);
    return log;
  }

  get lineCount(): number {
    return this.count;
  }

  get journeys(): JourneyIndex {
    return this.index;
  }

  text(line: number): string {
    if (line === this.currentLine) return this.currentText;
    if (line < 0 || line >= this.count) return '';
    const start = this.offsets[line];
    const end = line + 1 < this.count ? this.offsets[line + 1] : this.size;
    const length = Math.min(end - start, LONGEST_SHOWN_LINE);
    const buffer = Buffer.alloc(length);
    // Kept open: a filtered traces request reads many lines back.
    this.fd ??= fs.openSync(this.path, 'r');
    fs.readSync(this.fd, buffer, 0, length, start);
    return buffer.toString('utf8').replace(/\r?\n$/, '');
  }

  entryOf(line: number): number {
    return line >= 0 && line < this.count ? this.entries[line] : -1;
  }

  parsed(line: number): ParsedLine {
    return parsedRow(this.scratch, 1, this.rowOf(line));
  }

  /** The line being streamed reads the parse just made; any other is read back and parsed again. */
  readRow(line: number, into: RowView): void {
    readRowInto(this.scratch, 1, this.rowOf(line), into);
  }

  /** Puts the line's parse in scratch row 1 and returns its text. */
  private rowOf(line: number): string {
    if (line === this.currentLine) return this.currentText;
    const text = this.text(line);
    parseInto(this.scratch, 1, text, -1, new Date(this.times[line]).getUTCFullYear() || this.defaultYear);
    return text;
  }

  /** Closes the file; the log can no longer show its lines. */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  /** All lines of a journey, read back from disk, for a read-only view of it. */
  private async stream(options: StreamOptions): Promise<void> {
    const stream = fs.createReadStream(this.path, { highWaterMark: CHUNK });
    let pending: Buffer[] = []; // the start of a line that continues in the next chunk
    let pendingLength = 0;
    let lineStart = 0; // byte offset of the line being read
    let chunkStart = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (options.isCancelled?.()) {
        stream.destroy();
        throw new Cancelled();
      }
      let start = 0;
      for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, newline);
        this.addLine(lineStart, pendingLength === 0 ? piece : Buffer.concat([...pending, piece]), options);
        lineStart = chunkStart + newline + 1;
        pending = [];
        pendingLength = 0;
        start = newline + 1;
      }
      // Keep at most the first part of a runaway line: the index never needs more of it.
      if (start < chunk.length && pendingLength < LONGEST_SHOWN_LINE) {
        pending.push(chunk.subarray(start));
        pendingLength += chunk.length - start;
      }
      chunkStart += chunk.length;
      options.onProgress?.(chunkStart, this.size);
    }
    if (pendingLength > 0) this.addLine(lineStart, Buffer.concat(pending), options);
    this.currentLine = -1;
    this.currentText = '';
  }

  private addLine(offset: number, bytes: Buffer, options: StreamOptions): void {
    const line = this.count;
    if (line === this.offsets.length) {
      this.offsets = grow(this.offsets);
      this.times = grow(this.times);
    }
    this.offsets[line] = offset;
    const text = bytes.toString('utf8', 0, Math.min(bytes.length, LONGEST_SHOWN_LINE)).replace(/\r$/, '');
    this.currentLine = line;
    this.currentText = text;
    const table = this.scratch;
    parseInto(table, 1, text, table.program[0] >= 0 ? 0 : -1, this.defaultYear);
    this.times[line] = table.time[1];
    this.entries = withRoom(this.entries, line);
    this.entries[line] = table.entry[1];
    this.count++;
    if (options.index !== false) this.index.catchUp();
    options.onLine?.(line, text, parsedRow(table, 1, text));
    if (table.program[1] >= 0) {
      // This line becomes the previous one for the next line's year.
      table.program[0] = table.program[1];
      table.time[0] = table.time[1];
      table.year[0] = table.year[1];
      table.month[0] = table.month[1];
    }
  }
}

function grow(array: Float64Array): Float64Array {
  const next = new Float64Array(array.length * 2);
  next.set(array);
  return next;
}

/** The year an open document of this file would infer (yearOfLatestPast), from its first lines. */
async function yearOfHead(path: string): Promise<number> {
  const file = await fs.promises.open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return yearOfLatestPast(splitLines(head.subarray(0, bytesRead).toString('utf8')));
  } finally {
    await file.close();
  }
}
