import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { splitLines } from './document';
import { type IndexedLog } from './lineSource';
import { JourneyIndex, type QueueMessage } from './journeys';
import { type LineSource, type RowView } from './lineSource';
import { LineTable, NO_OFFSET, type ParsedRows } from './lineTable';
import { coresForWorkers, lineAlignedRanges, PARALLEL_MIN_BYTES, type FileIdentity } from './parallelParse';
import { inOrderInWorkers, WorkerPool } from './rangeWorkers';
import type { LogRowsTask, ParsedRange } from './logRowsWorker';
import { DELAY_VALUES } from './lineFacts';
import { wallTime } from './time';
import { BLOCK_BYTES, ReadBackCache } from './readBackCache';
import { LONGEST_LINE, logLineBytes, logLineCount, logLineEnd, logLineText } from './logLines';
import { parseInto, parsedRow, readRowInto } from './parse';
import { Runs, TimeColumn, WideColumn } from './lineColumns';
import { projectedRows, withRoom } from './columns';
import { chunksAt, readFullyAt } from './fileReads';
import { type ParsedLine } from './lineSource';
import { parseSyslogHeader, yearOfLatestPast } from './syslogHeader';
import { CATALOG } from '../catalog';

export interface StreamOptions {
  /** Year for timestamps without one. */
  readonly defaultYear?: number;
  /** Build the journey index while reading (false for a plain per-line pass). */
  readonly index?: boolean;
  /** Called for each line as it is read, with its parse. */
  readonly onLine?: (line: number, text: string, parsed: ParsedLine) => void;
  /** Called after each chunk with the bytes read so far and the size to read (NaN for a stream). */
  readonly onProgress?: (bytesRead: number, size: number) => void;
  readonly isCancelled?: () => boolean;
  /** Awaited after each chunk when it returns a promise: a slow reader of what onLine produced holds the reading back. */
  readonly backpressure?: () => Promise<unknown> | undefined;
  /** Worker threads that parse a plain file's lines ahead of the index (see logRowsWorkerCount); unless told, as the machine allows. */
  readonly workers?: number;
  /** Bytes per range handed to a worker (tests make ranges small to cross many boundaries). */
  readonly rangeBytes?: number;
}

export interface StreamInputOptions extends StreamOptions {
  /**
   * Keep the lines to read them back (`text`, traces): a stream cannot be read twice, so each
   * line, cut at LONGEST_LINE, is copied to a temporary file. False for a single pass.
   */
  readonly readBack?: boolean;
}

/** One file (or stream) of a log set, in the order read. */
export interface SetInput {
  /** A path, or what names a stream in messages. */
  readonly name: string;
  /**
   * The input's bytes when it is not a plain regular file (gzip, a pipe, standard input): they are
   * copied aside as read. Without it, the file `name` is read in place.
   */
  readonly stream?: AsyncIterable<Buffer>;
  /** How many bytes of text it holds, when known (a plain file's size; a gzip file's recorded length): for the columns to grow once. */
  readonly size?: number;
}

export interface SetOptions extends StreamInputOptions {
  /**
   * Key queue IDs and processes by syslog hostname too: the set holds several hosts, whose queue
   * IDs and pids are only unique per host. Relays between them link journeys across hosts.
   */
  readonly byHost?: boolean;
  /** Told when each input begins to be read (its place in the set and its name). */
  readonly onSource?: (index: number, name: string) => void;
  /**
   * Follow the newest file through rotation: when its name comes to hold another file (it was
   * renamed to `.1` and a new one created), the lines it had are still read from the renamed file
   * (the descriptor is kept) and the new file is read on as the set's next one.
   */
  readonly followRotation?: boolean;
  /**
   * The inputs by host (indexes into the inputs, each group in time order): several groups are
   * merged line by line by time, one timeline; a set so merged does not follow its files.
   */
  readonly hostGroups?: readonly (readonly number[])[];
}

/** A file of a set as the index sees it: its lines are the set's lines from `firstLine` on. */
export interface SetFile {
  readonly name: string;
  readonly firstLine: number;
  readonly lines: number;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Pipes, devices and directories are refused: a read from them can wait forever. */
export class NotRegularFile extends Error {
  constructor(readonly path: string, readonly kind: string) {
    super(`not a regular file (${kind})`);
  }
}

export type ChangeKind = 'truncated' | 'replaced' | 'deleted' | 'released';

/** The file under an index changed since it was read: its lines can no longer be shown. */
export class FileChanged extends Error {
  constructor(readonly path: string, readonly change: ChangeKind) {
    super(`${change} since it was indexed`);
  }
}

const CHUNK = 1 << 20;
/** Bytes at the start of a log read for its year (as an open document infers it). */
const HEAD_BYTES = 64 * 1024;
/** Bytes per range a parse worker takes: some 15,000 lines, a few tens of milliseconds of linking. */
const ROWS_RANGE_BYTES = 2 << 20;
/** Lines linked between two turns of the event loop while reading in ranges. */
const YIELD_LINES = 8192;
const LOG_ROWS_WORKER = path.join(__dirname, 'logRowsWorker.js');

/**
 * Workers that parse a plain file's lines while this thread links them: one core is this thread's,
 * the others' parse (at least one: on two cores, parsing and linking side by side). None for a
 * file under PARALLEL_MIN_BYTES, on one core, or where the worker script is not beside the
 * bundle. The editor is not drawing such a file (it is too big to open), so the cores are free.
 */
export function logRowsWorkerCount(bytes: number): number {
  const cores = coresForWorkers(2);
  if (cores === 0 || bytes < PARALLEL_MIN_BYTES || !fs.existsSync(LOG_ROWS_WORKER)) return 0;
  return Math.max(1, Math.min(7, cores - 1));
}

/** What is read in ranges: a plain file, or the copy of a stream's lines. */
interface RangeInput {
  /** What workers read: the file's path, or a descriptor open here. */
  readonly target: string | number;
  /** The file opened at that path (workers read no other that took its name). */
  readonly identity?: FileIdentity;
  readonly size: number;
  read(buffer: Buffer, position: number): number;
  chunks(start: number, end: number): AsyncIterable<Buffer>;
}

/**
 * Where the time of a read in ranges went (all its files): what shows whether the workers or
 * this thread's linking hold the read back.
 */
export interface ReadCosts {
  /** Parse workers used (0: read on this thread alone). */
  workers: number;
  ranges: number;
  /** The workers' time on their ranges, added up (ms). */
  parseMs: number;
  /** This thread's time on the ranges' lines: reading their text, taking the rows, linking (ms). */
  linkMs: number;
  /** This thread's time waiting for a worker's next range (ms). */
  waitMs: number;
}

/** A row a worker parsed, taken for the line being added (one object, reused line after line). */
interface AdoptedRow {
  readonly rows: ParsedRows;
  row: number;
  readonly programIds: readonly number[];
}

/** Where a log's lines are read back from: the file itself, or a copy of a stream's lines. */
interface LineStore {
  read(buffer: Buffer, position: number): number;
  /** Throws FileChanged when the bytes are no longer those that were indexed. */
  check(): void;
  close(): void;
}

/** One input of the log: where its lines are read back from, and which of the log's lines are its. */
interface Source {
  /** Its path; after a rotation, where the file was renamed to. */
  name: string;
  readonly store: LineStore;
  /** Set when its lines are copied aside (the store is that copy). */
  readonly spool: Spool | undefined;
  /** Set when the stream was copied aside whole before its lines were read (from the copy, not appended again). */
  spooled?: boolean;
  /** Set when the regular file is read in place: its appended lines can be followed. */
  readonly file: IndexedFile | undefined;
  /** Its first line in the log (-1 before it has one, when hosts are merged). */
  firstLine: number;
  /** Offset in the store just past its last line. */
  end: number;
  /** Lines read from it (counted when hosts are merged, whose files' lines interleave). */
  lines: number;
}

/**
 * A log file too large to open as a document (VS Code hands extensions files up to 50 MB), or a
 * stream: read once in a streaming pass that keeps, per line, only its offset, time and catalog
 * entry; the journey index is built as the lines go by. Lines are read back when shown.
 */
export class LargeLog implements IndexedLog, LineSource {
  /** Where each line starts in its file (or spool). */
  private readonly offsets = new WideColumn();
  private readonly times = new TimeColumn();
  /** Minutes east of UTC each line's timestamp gave (NO_OFFSET: none), for wall-clock times without reading lines back. */
  private readonly utcOffsets = new Runs(NO_OFFSET);
  /** Each line's catalog entry (fewer than 32,768 entries): the summary goes over them all without reading lines back. */
  private entries: Int16Array = new Int16Array(1 << 16);
  private count = 0;
  /** How many lines the log is expected to have once read (0: unknown), for its columns to grow once. */
  private expectedLines = 0;
  /** The text of the set's inputs after the one being read, in bytes (NaN: unknown). */
  private laterInputsBytes = 0;
  private readonly index: JourneyIndex;
  /**
   * The line being streamed: its bytes, decoded only if asked for (a line whose row a worker
   * parsed is mostly linked from its row alone); the only text held in memory during the pass.
   */
  private currentLine = -1;
  private currentBytes: Buffer | undefined;
  private currentText: string | undefined;
  /** Stretches of the files read back recently, and the line last read back and parsed into the scratch row. */
  private readonly readBack = new ReadBackCache();
  /** The line whose parse scratch row 1 holds (NaN: none read back, or the line being streamed; never a line number, -1 included). */
  private rowLine = NaN;
  /** The line last read back: the summary and hovers read a line several times in a row. */
  private readLine = -1;
  private readText = '';
  /** Row 0: the previous syslog line (for year inference); row 1: the line being parsed. */
  private readonly scratch = new LineTable();
  private defaultYear = NaN;
  /** The inputs in the order read; their lines follow one another. */
  private readonly sources: Source[] = [];
  private closed = false;
  /** Queue IDs and processes keyed by host (see SetOptions.byHost): hostnames by number. */
  private readonly byHost: boolean;
  private readonly hostNumbers = new Map<string, number>();
  /** Deliveries to a relay that may be another host of the set (line, queued-as ID, relay name): linked once all is read. */
  private readonly relayed: { line: number[]; queuedAs: string[]; relay: string[] } = { line: [], queuedAs: [], relay: [] };
  private followRotation = false;
  /** When several hosts' files are merged by time: each line's file, end in it, and number there. */
  private interleaved: { source: Uint16Array; end: Float64Array; inSource: Int32Array } | undefined;
  /** The last line read had no newline: it may still be being written, so appends are not followed. */
  private openEnded = false;
  private following: Promise<void> | undefined;
  /** Parse workers while the inputs are read (see consumeInWorkers), and where the time went. */
  private pool: WorkerPool | undefined;
  readonly readCosts: ReadCosts = { workers: 0, ranges: 0, parseMs: 0, linkMs: 0, waitMs: 0 };

  private constructor(readonly path: string, byHost = false) {
    this.index = new JourneyIndex(this);
    this.byHost = byHost;
    this.scratch.splice(0, 0, 2);
    this.scratch.program[0] = -1;
  }

  /**
   * Indexes a regular file up to the size it has when opened: a log that grows meanwhile is read
   * to that end, and its appended lines are not half read. Anything else is refused unread.
   */
  static async read(file: string, options: StreamOptions = {}): Promise<LargeLog> {
    return LargeLog.readSet(file, [{ name: file }], options);
  }

  /** Indexes a stream (a pipe, standard input, a decompressed file); `name` names it in messages. */
  static async fromStream(name: string, chunks: AsyncIterable<Buffer>, options: StreamInputOptions = {}): Promise<LargeLog> {
    const log = new LargeLog(name);
    return LargeLog.reading(log, () => log.consumeSource({ name, stream: chunks }, options, options.readBack === false));
  }

  /**
   * Indexes several inputs as one log, in the order given (the caller orders them by time): a
   * journey crosses their boundaries as it crosses lines. Plain files are read in place, the
   * others copied aside as read (memory holds no file). On failure or cancel all are closed.
   */
  static async readSet(name: string, inputs: readonly SetInput[], options: SetOptions = {}): Promise<LargeLog> {
    const log = new LargeLog(name, options.byHost);
    log.followRotation = options.followRotation === true;
    return LargeLog.reading(log, async () => {
      if (options.hostGroups && options.hostGroups.length > 1) {
        await log.consumeMerged(options.hostGroups.map((group) => group.map((i) => inputs[i])), options);
      } else {
        for (const [i, input] of inputs.entries()) {
          options.onSource?.(i, input.name);
          log.laterInputsBytes = inputs.slice(i + 1).reduce((sum, later) => sum + (later.size ?? NaN), 0);
          // The first input's head gives the year, unless told; the later ones continue from it.
          await log.consumeSource(input, i === 0 ? options : { ...options, defaultYear: log.defaultYear }, options.readBack === false)
            .catch((error: unknown) => {
              throw error instanceof Cancelled ? error : Object.assign(error as Error, { input: (error as { input?: string }).input ?? input.name });
            });
        }
      }
      log.linkRelays();
    });
  }

  /** A new log read by `read`: closed (its files and copies) if that fails or is cancelled; its parse workers end either way. */
  private static async reading(log: LargeLog, read: () => Promise<void>): Promise<LargeLog> {
    try {
      await read();
    } catch (error) {
      log.close();
      throw error;
    } finally {
      await log.endWorkers();
    }
    return log;
  }

  private async consumeSource(input: SetInput, options: StreamOptions & { wholeLines?: boolean }, once: boolean): Promise<void> {
    const spool = input.stream && !once ? new Spool() : undefined;
    const file = input.stream ? undefined : await IndexedFile.open(input.name, this.followRotation);
    const store: LineStore = file ?? spool ?? NO_STORE;
    const source: Source = { name: input.name, store, spool, file, firstLine: this.count, end: 0, lines: 0 };
    this.sources.push(source);
    if (file) {
      // Ranges end with the file: a last line still being written (`wholeLines`, a followed log) is read here.
      const workers = options.backpressure || options.wholeLines ? 0 : options.workers ?? logRowsWorkerCount(file.size);
      const whole: RangeInput = { target: input.name, identity: file.opened, size: file.size, read: (b, p) => file.read(b, p), chunks: (from, to) => file.chunks(from, to) };
      if (workers > 0) await this.consumeInWorkers(whole, options, source, workers);
      else await this.consume(file.chunks(0, file.size), file.size, options, source);
      file.indexedTo(source.end);
    } else if (spool && !options.backpressure && (options.workers ?? logRowsWorkerCount(Infinity)) > 0) {
      // A stream (a gzip member) is copied aside whole first, then read from the copy as a file is.
      await this.spoolWhole(input.stream!, options, spool);
      source.spooled = true;
      const copy: RangeInput = { target: spool.descriptor, size: spool.length, read: (b, p) => spool.read(b, p), chunks: (from, to) => spool.chunks(from, to) };
      const after = { ...options, defaultYear: this.defaultYear };
      const workers = options.workers ?? logRowsWorkerCount(spool.length);
      if (workers > 0) await this.consumeInWorkers(copy, after, source, workers);
      else await this.consume(copy.chunks(0, copy.size), copy.size, after, source);
    } else await this.consume(input.stream!, NaN, options, source);
  }

  /** Copies a stream's lines aside, each cut at LONGEST_LINE and ended by a newline; the year from its head unless told. */
  private async spoolWhole(stream: AsyncIterable<Buffer>, options: StreamOptions, spool: Spool): Promise<void> {
    const chunks = options.defaultYear === undefined
      ? withHead(stream, (head) => (this.defaultYear = yearOfLatestPast(splitLines(head.toString('utf8')))))
      : stream;
    if (options.defaultYear !== undefined) this.defaultYear = options.defaultYear;
    let pending: Buffer[] = []; // the start of a line that goes on in the next chunk, at most LONGEST_LINE
    let pendingLength = 0;
    let read = 0;
    for await (const chunk of chunks) {
      if (options.isCancelled?.()) throw new Cancelled();
      read += chunk.length;
      let start = 0;
      const first = chunk.indexOf(10);
      if (pendingLength > 0 && first >= 0) {
        const line = Buffer.concat([...pending, chunk.subarray(0, first)]);
        spool.append(line.subarray(0, LONGEST_LINE));
        pending = [];
        pendingLength = 0;
        start = first + 1;
      }
      const last = chunk.lastIndexOf(10);
      if (last >= start) {
        // Whole lines, none too long (nearly always): copied as they are; else one by one, each cut.
        if (longestLine(chunk, start, last) <= LONGEST_LINE) spool.appendLines(chunk.subarray(start, last + 1));
        else for (let at = start; at <= last;) {
          const end = chunk.indexOf(10, at);
          spool.append(chunk.subarray(at, Math.min(end, at + LONGEST_LINE)));
          at = end + 1;
        }
        start = last + 1;
      }
      if (start < chunk.length && pendingLength < LONGEST_LINE) {
        const piece = Buffer.from(chunk.subarray(start, start + LONGEST_LINE - pendingLength)); // a copy: the chunk is released
        pending.push(piece);
        pendingLength += piece.length;
      }
      options.onProgress?.(read, NaN);
    }
    // A last line without its newline is a line.
    if (pendingLength > 0) spool.append(Buffer.concat(pending));
  }

  /**
   * A plain file (or a stream's copy) read in ranges: worker threads parse each range's lines, and
   * read its deliveries' facts, while this thread links the range before into journeys, reading
   * the same bytes for their text. A worker starts its range without the line before it, so the
   * first lines of a range are parsed here again until one gets the year the worker gave it: from
   * there on their rows are the same.
   */
  private async consumeInWorkers(input: RangeInput, options: StreamOptions, source: Source, workers: number): Promise<void> {
    if (options.defaultYear !== undefined) this.defaultYear = options.defaultYear;
    else {
      const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, input.size));
      this.defaultYear = yearOfLatestPast(splitLines(head.subarray(0, input.read(head, 0)).toString('utf8')));
    }
    const ranges = lineAlignedRanges(input.target, input.size, Math.max(1, Math.ceil(input.size / (options.rangeBytes ?? ROWS_RANGE_BYTES))));
    let end = 0;
    let truncated = false;
    let taking = false;
    const firstLine = this.count;
    // One buffer for every range read here: each line's text is decoded from it before the next read.
    const buffer = Buffer.allocUnsafe(ranges.reduce((longest, range) => Math.max(longest, range.end - range.start), 1));
    const task = (index: number): LogRowsTask => ({ index, file: input.target, start: ranges[index].start, end: ranges[index].end, defaultYear: this.defaultYear, identity: input.identity });
    const costs = this.readCosts;
    costs.workers = Math.max(costs.workers, workers);
    let waitedFrom = performance.now();
    try {
      await inOrderInWorkers<LogRowsTask, ParsedRange>(this.workerPool(workers), ranges.length, task, async (parsed, index) => {
        const taken = performance.now();
        costs.waitMs += taken - waitedFrom;
        costs.parseMs += parsed.ms;
        costs.ranges++;
        if (options.isCancelled?.()) throw new Cancelled();
        if (truncated) return; // truncated while read: what was read is the log
        taking = true;
        const { start } = ranges[index];
        const bytes = buffer.subarray(0, input.read(buffer.subarray(0, ranges[index].end - start), start));
        // The file changed between the worker's read and this one: these lines are parsed here.
        await this.addRange(source, start, bytes, options, logLineCount(bytes) === parsed.rows.rows ? parsed : undefined);
        end = start + bytes.length;
        truncated = end < ranges[index].end;
        this.expectRest(this.count - firstLine, end, input.size - end);
        options.onProgress?.(end, input.size);
        taking = false;
        waitedFrom = performance.now();
        costs.linkMs += waitedFrom - taken;
      });
    } catch (error) {
      if (taking || error instanceof Cancelled) throw error;
      // A worker failed (it could not start, or the log was rotated and its name is another file): the rest is read here.
      await this.consume(input.chunks(end, input.size), input.size, { ...options, defaultYear: this.defaultYear }, source, end);
      return;
    }
    this.openEnded = end > 0 && !this.endsWithNewline(input, end);
    source.end = end;
    this.endCurrentLine();
  }

  /**
   * Tells the columns how many lines the log will have: those so far, and the rest of the input
   * being read and of the inputs after it at its bytes per line so far (unknown when the size of
   * any of them is: a stream's is NaN).
   */
  private expectRest(linesRead: number, inputBytesRead: number, inputBytesLeft: number): void {
    const bytesLeft = inputBytesLeft + this.laterInputsBytes;
    if (linesRead <= 0 || inputBytesRead <= 0 || !(bytesLeft > 0)) return;
    this.expectedLines = this.count + Math.ceil((bytesLeft * linesRead) / inputBytesRead);
    this.index.expectLines(this.expectedLines);
  }

  /** The parse workers of this read, started once for all its files. */
  private workerPool(size: number): WorkerPool {
    if (!this.pool?.usable) this.pool = new WorkerPool(LOG_ROWS_WORKER, size);
    return this.pool;
  }

  /** Ends the parse workers once every input is read (or the read failed). */
  private async endWorkers(): Promise<void> {
    await this.pool?.end();
    this.pool = undefined;
  }

  private endsWithNewline(input: RangeInput, end: number): boolean {
    const last = Buffer.alloc(1);
    return input.read(last, end - 1) === 1 && last[0] === 10;
  }

  /** The lines of a range at `rangeStart`, with the rows and facts a worker read for them when given. */
  private async addRange(source: Source, rangeStart: number, bytes: Buffer, options: StreamOptions, parsed: ParsedRange | undefined): Promise<void> {
    const rows = parsed?.rows;
    const adopted: AdoptedRow | undefined = rows && { rows, row: 0, programIds: this.scratch.programIdsOf(rows) };
    const facts = parsed?.facts;
    let delivery = 0;
    let queued = 0;
    let agreed = false;
    for (let at = 0, row = 0; at < bytes.length; row++) {
      const stop = logLineEnd(bytes, at);
      if (adopted) adopted.row = row;
      if (facts && facts.deliveryRows[delivery] === row) {
        this.index.presetFacts(this.count, 'delivery', facts.deliveryWords, 4 * delivery, facts.deliveryNumbers, DELAY_VALUES * delivery);
        delivery++;
      } else if (facts && facts.queuedRows[queued] === row) {
        this.index.presetFacts(this.count, 'queued', facts.queuedFrom, queued, facts.queuedNumbers, 2 * queued);
        queued++;
      }
      this.addLine(source, rangeStart + at, logLineBytes(bytes, at, stop), options, -1, agreed ? adopted : undefined);
      if (rows && !agreed && this.scratch.program[1] >= 0 && this.scratch.year[1] === rows.columns.year[row]) agreed = true;
      at = stop + 1;
      // Requests are answered between steps, as between the chunks of a plain read.
      if (row % YIELD_LINES === YIELD_LINES - 1) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** The inputs in the order read, each with its first line in the log and its number of lines. */
  get files(): SetFile[] {
    if (this.interleaved) return this.sources.map((source) => ({ name: source.name, firstLine: Math.max(0, source.firstLine), lines: source.lines }));
    return this.sources.map((source, i) => ({
      name: source.name,
      firstLine: source.firstLine,
      lines: (i + 1 < this.sources.length ? this.sources[i + 1].firstLine : this.count) - source.firstLine,
    }));
  }

  /** The input a line comes from (its index in `files`) and the line's number there (0-based). */
  whereIs(line: number): { file: number; line: number } {
    if (this.interleaved) return { file: this.interleaved.source[line], line: this.interleaved.inSource[line] };
    const at = this.sourceIndex(line);
    return { file: at, line: line - this.sources[at].firstLine };
  }

  private sourceIndex(line: number): number {
    let low = 0;
    let high = this.sources.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.sources[middle].firstLine <= line) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  get lineCount(): number {
    return this.count;
  }

  get journeys(): JourneyIndex {
    return this.index;
  }

  /** Every line read is one: a final newline ends the last line and starts none. */
  get lineTotal(): number {
    return this.count;
  }

  /** Bytes of the (last) file that the index covers. */
  get size(): number {
    return this.sources.length ? this.sources[this.sources.length - 1].end : 0;
  }

  /** Throws FileChanged when a file was truncated, replaced or deleted, or the log closed. */
  check(): void {
    this.readBack.clear();
    this.rowLine = NaN;
    this.readLine = -1;
    if (this.closed) throw new FileChanged(this.path, 'released');
    for (const source of this.sources) source.store.check();
  }

  text(line: number): string {
    if (line < 0 || line >= this.count) return '';
    if (this.isCurrent(line)) return this.currentLineText();
    if (this.closed) throw new FileChanged(this.path, 'released');
    if (line === this.readLine) return this.readText;
    const at = this.interleaved ? this.interleaved.source[line] : this.sourceIndex(line);
    const source = this.sources[at];
    const start = this.offsets.at(line);
    const last = line + 1 === this.count || (at + 1 < this.sources.length && this.sources[at + 1].firstLine === line + 1);
    const end = this.interleaved ? this.interleaved.end[line] : last ? source.end : this.offsets.at(line + 1);
    const length = Math.min(end - start, LONGEST_LINE);
    const bytes = this.readBack.find(at, start, length) ?? this.readStretch(at, start, length);
    this.readLine = line;
    this.readText = bytes.toString('utf8').replace(/\r?\n$/, '');
    return this.readText;
  }

  /** A line's bytes and the lines after it, kept for the next reads (a journey's lines lie close together). */
  private readStretch(at: number, start: number, length: number): Buffer {
    const source = this.sources[at];
    // Stretches start at multiples of BLOCK_BYTES, so that they do not overlap; a line across a boundary is read alone.
    const from = start - (start % BLOCK_BYTES);
    const alone = start + length > from + BLOCK_BYTES;
    const stretch = Buffer.allocUnsafe(alone ? length : Math.min(BLOCK_BYTES, Math.max(source.end, start + length) - from));
    const read = source.store.read(stretch, alone ? start : from);
    // A short read means the file lost bytes since it was indexed: never show what is not there.
    if (read < (alone ? length : start + length - from)) throw new FileChanged(source.name, 'truncated');
    if (alone) return stretch;
    this.readBack.keep(at, from, stretch.subarray(0, read));
    return stretch.subarray(start - from, start - from + length);
  }

  entryOf(line: number): number {
    return line >= 0 && line < this.count ? this.entries[line] : -1;
  }

  wallTime(line: number): number {
    if (line < 0 || line >= this.count) return NaN;
    const offset = this.utcOffsets.at(line);
    return wallTime(this.times.at(line), offset === NO_OFFSET ? undefined : offset);
  }

  parsed(line: number): ParsedLine {
    return parsedRow(this.scratch, 1, this.rowOf(line));
  }

  /** The line being streamed reads the parse just made; any other is read back and parsed again. */
  readRow(line: number, into: RowView): void {
    // Of the line being linked, the row and its queue ID are often all the index needs: read from its bytes, not decoded.
    const bytes = this.isCurrent(line) && this.currentText === undefined ? this.currentBytes! : undefined;
    if (bytes && !this.byHost && isAsciiBefore(bytes, this.scratch.bodyStart[1])) {
      readRowInto(this.scratch, 1, bytes, into);
      return;
    }
    const text = this.rowOf(line);
    readRowInto(this.scratch, 1, text, into);
    if (this.byHost && into.program !== undefined) {
      // Queue IDs and pids are unique per host only: the host is part of the instance and process.
      const host = parseSyslogHeader(text)?.host ?? '';
      into.instance = `${host} ${into.instance}`;
      into.processKey += this.hostNumber(host) * 2 ** 40;
    }
  }

  private hostNumber(host: string): number {
    let n = this.hostNumbers.get(host);
    if (n === undefined) this.hostNumbers.set(host, (n = this.hostNumbers.size + 1));
    return n;
  }

  /**
   * Host A's delivery `sent (... queued as X)` to a relay that is host B of the set (by B's syslog
   * hostname, full or its first label) is followed by B's message X: the closest in time, not yet
   * linked. IDs are per host, so nothing else can link them.
   */
  private linkRelays(): void {
    const { line: lines, queuedAs, relay } = this.relayed;
    for (let i = 0; i < lines.length; i++) {
      const target = this.hostNamed(relay[i]);
      const from = this.index.messageOwning(lines[i]);
      if (target === undefined || !from) continue;
      const time = this.times.at(lines[i]);
      let best: QueueMessage | undefined;
      for (const candidate of this.index.messagesWithId(queuedAs[i])) {
        if (candidate.previous || candidate.ownLineCount === 0 || candidate.root === from.root) continue;
        if (candidate.instance.slice(0, candidate.instance.indexOf(' ')) !== target) continue;
        if (!best || Math.abs(candidate.firstTime - time) < Math.abs(best.firstTime - time)) best = candidate;
      }
      if (best) this.index.linkHops(from, best, lines[i]);
    }
    lines.length = 0;
    queuedAs.length = 0;
    relay.length = 0;
  }

  /** The host of the set a relay's name (`mx2.example.com[10.0.0.2]:25`) names: its hostname or address, or its first label. */
  private hostNamed(relay: string): string | undefined {
    const bracket = relay.indexOf('[');
    const name = (bracket >= 0 ? relay.slice(0, bracket) : relay).toLowerCase();
    const address = bracket >= 0 ? relay.slice(bracket + 1, relay.indexOf(']', bracket)).toLowerCase() : '';
    const label = name.split('.')[0];
    for (const host of this.hostNumbers.keys()) {
      const lower = host.toLowerCase();
      if (lower === name || lower === address || (label !== '' && lower.split('.')[0] === label)) return host;
    }
    return undefined;
  }

  /** Remembers a delivery whose receiver queued it under its own ID (maybe another host of the set). */
  private noteRelay(line: number, text: string): void {
    const queued = /queued as ([0-9A-Za-z]+)\)?\)?$/.exec(text);
    const relay = / relay=([^,\s]+)/.exec(text);
    if (!queued || !relay) return;
    this.relayed.line.push(line);
    this.relayed.queuedAs.push(queued[1]);
    this.relayed.relay.push(relay[1]);
  }

  /** Puts the line's parse in scratch row 1 and returns its text. */
  private rowOf(line: number): string {
    if (this.isCurrent(line)) return this.currentLineText();
    const text = this.text(line);
    if (line === this.rowLine) return text;
    parseInto(this.scratch, 1, text, -1, new Date(this.times.at(line)).getUTCFullYear() || this.defaultYear, this.entries[line]);
    this.rowLine = line;
    return text;
  }

  /**
   * Lines appended to the file since it was read (a live mail.log), indexed in the background;
   * undefined when there are none (nothing to wait for). Only whole lines are taken: a line
   * still being written is read once it ends.
   */
  followAppends(): Promise<void> | undefined {
    if (this.following) return this.following;
    // Only the newest file grows (it is read last): its lines stay the last of the set.
    const source = this.sources[this.sources.length - 1];
    const file = source?.file;
    if (!file || this.closed || this.interleaved) return undefined;
    const size = file.currentSize();
    const rotated = this.followRotation && file.renamed();
    if ((size <= source.end || this.openEnded) && !rotated) return undefined;
    const from = source.end;
    const options = { defaultYear: this.defaultYear, wholeLines: !rotated };
    this.following = (async () => {
      // The rest of the rotated file is all it will have: its last line is whole even without a newline.
      if (size > from && !this.openEnded) {
        await this.consume(file.chunks(from, size), size, options, source, from);
        file.indexedTo(source.end);
      }
      if (rotated) {
        const live = source.name;
        // Each file read in place is named by where it is now (mail.log is mail.log.1, mail.log.1 is mail.log.2, ...).
        for (const earlier of this.sources) earlier.name = earlier.file?.currentPath() ?? earlier.name;
        await this.consumeSource({ name: live }, { defaultYear: this.defaultYear, wholeLines: true }, false);
      }
      this.linkRelays();
    })().finally(() => (this.following = undefined));
    return this.following;
  }

  /** Closes the files (and the copies of streams); the log can no longer show its lines. */
  close(): void {
    for (const source of this.sources) source.store.close();
    this.closed = true;
  }

  private async consume(input: AsyncIterable<Buffer>, size: number, options: StreamOptions & { wholeLines?: boolean }, source: Source, from = 0): Promise<void> {
    const chunks = options.defaultYear === undefined
      ? withHead(input, (head) => (this.defaultYear = yearOfLatestPast(splitLines(head.toString('utf8')))))
      : input;
    if (options.defaultYear !== undefined) this.defaultYear = options.defaultYear;
    const ending: LinesEnd = { end: from, partial: false };
    const firstLine = this.count;
    for await (const batch of lineBatches(chunks, from, options.wholeLines === true, ending)) {
      if (options.isCancelled?.()) throw new Cancelled();
      for (let i = 0; i < batch.lines.length; i++) this.addLine(source, batch.starts[i], batch.lines[i], options);
      this.expectRest(this.count - firstLine, batch.read - from, size - batch.read);
      options.onProgress?.(batch.read, size);
      const waiting = options.backpressure?.();
      if (waiting) await waiting;
    }
    this.openEnded = ending.partial;
    source.end = source.spool ? source.spool.length : ending.end;
    this.endCurrentLine();
  }

  /**
   * Several hosts' inputs, each group one host's files in time order, merged line by line by
   * time: one timeline, as if one syslog had received them all. Lines without a time stay after
   * their group's previous line.
   */
  private async consumeMerged(groups: readonly (readonly SetInput[])[], options: SetOptions): Promise<void> {
    const room = this.entries.length;
    this.interleaved = { source: new Uint16Array(room), end: new Float64Array(room), inSource: new Int32Array(room) };
    if (options.defaultYear !== undefined) this.defaultYear = options.defaultYear;
    const readers = groups.map((group) => this.groupLines(group, options));
    // One reader at a time (here and below): the files are opened, and numbered, in a fixed order.
    const heads: IteratorResult<{ sourceIndex: number; offset: number; bytes: Buffer }>[] = [];
    for (const reader of readers) heads.push(await reader.next());
    const clock = new LineTable();
    clock.splice(0, 0, 2 * readers.length);
    const timeOf = (g: number) => {
      const head = heads[g];
      if (head.done) return Infinity;
      const text = head.value.bytes.subarray(0, Math.min(head.value.bytes.length, 512)).toString('utf8');
      parseInto(clock, 2 * g + 1, text, clock.program[2 * g] >= 0 ? 2 * g : -1, this.defaultYear);
      const time = clock.time[2 * g + 1];
      if (clock.program[2 * g + 1] >= 0) {
        clock.program[2 * g] = clock.program[2 * g + 1];
        clock.time[2 * g] = time;
        clock.year[2 * g] = clock.year[2 * g + 1];
        clock.month[2 * g] = clock.month[2 * g + 1];
      }
      return Number.isNaN(time) ? -Infinity : time;
    };
    const times = heads.map((_, g) => timeOf(g));
    for (let read = 0; ; read++) {
      let next = -1;
      for (let g = 0; g < times.length; g++) if (times[g] !== Infinity && (next < 0 || times[g] < times[next])) next = g;
      if (next < 0) break;
      const head = heads[next];
      if (head.done) break;
      const { sourceIndex, offset, bytes } = head.value;
      this.addLine(this.sources[sourceIndex], offset, bytes, options, sourceIndex);
      if ((read & 1023) === 0) {
        if (options.isCancelled?.()) throw new Cancelled();
        const waiting = options.backpressure?.();
        if (waiting) await waiting;
      }
      heads[next] = await readers[next].next();
      times[next] = timeOf(next);
    }
    this.endCurrentLine();
  }

  /** One host's files, opened in turn, as their lines (per line a small object: only for merging hosts). */
  private async *groupLines(group: readonly SetInput[], options: SetOptions): AsyncGenerator<{ sourceIndex: number; offset: number; bytes: Buffer }> {
    for (const input of group) {
      const spool = input.stream ? new Spool() : undefined;
      const file = input.stream ? undefined : await IndexedFile.open(input.name, this.followRotation);
      const source: Source = { name: input.name, store: file ?? spool ?? NO_STORE, spool, file, firstLine: -1, end: 0, lines: 0 };
      const sourceIndex = this.sources.push(source) - 1;
      options.onSource?.(sourceIndex, input.name);
      const ending: LinesEnd = { end: 0, partial: false };
      const chunks = file ? file.chunks(0, file.size) : input.stream!;
      for await (const batch of lineBatches(chunks, 0, false, ending)) {
        for (let i = 0; i < batch.lines.length; i++) yield { sourceIndex, offset: batch.starts[i], bytes: batch.lines[i] };
        options.onProgress?.(batch.read, file ? file.size : NaN);
      }
      source.end = spool ? spool.length : ending.end;
      file?.indexedTo(source.end);
    }
  }

  private addLine(source: Source, offset: number, bytes: Buffer, options: StreamOptions, sourceIndex = -1, adopted?: AdoptedRow): void {
    const line = this.count;
    if (line === this.entries.length) {
      this.entries = withRoom(this.entries, line, projectedRows(line, line, this.expectedLines));
      this.offsets.reserve(this.entries.length);
      this.times.reserve(this.entries.length);
      if (this.interleaved) {
        this.interleaved.source = withRoom(this.interleaved.source, line, this.entries.length);
        this.interleaved.end = withRoom(this.interleaved.end, line, this.entries.length);
        this.interleaved.inSource = withRoom(this.interleaved.inSource, line, this.entries.length);
      }
    }
    const kept = bytes.length > LONGEST_LINE ? bytes.subarray(0, LONGEST_LINE) : bytes;
    const start = source.spool && !source.spooled ? source.spool.append(kept) : offset;
    this.offsets.set(line, start);
    if (this.interleaved) {
      this.interleaved.source[line] = sourceIndex;
      this.interleaved.end[line] = start + kept.length;
      this.interleaved.inSource[line] = source.lines++;
      if (source.firstLine < 0) source.firstLine = line;
    }
    this.rowLine = NaN; // the scratch row is this line's now
    this.currentLine = line;
    this.currentBytes = kept;
    this.currentText = undefined;
    const table = this.scratch;
    if (adopted) table.copyRow(1, adopted.rows, adopted.row, adopted.programIds);
    else parseInto(table, 1, this.currentLineText(), table.program[0] >= 0 ? 0 : -1, this.defaultYear);
    this.times.set(line, table.time[1]);
    this.utcOffsets.set(line, table.utcOffset[1]);
    this.entries[line] = table.entry[1];
    this.count++;
    if (options.index !== false) this.index.catchUp();
    if (this.byHost && isRelayedDelivery(table.entry[1]) && this.currentLineText().includes('queued as ')) this.noteRelay(line, this.currentLineText());
    if (options.onLine) {
      const text = this.currentLineText();
      options.onLine(line, text, parsedRow(table, 1, text));
    }
    if (table.program[1] >= 0) {
      // This line becomes the previous one for the next line's year.
      table.program[0] = table.program[1];
      table.time[0] = table.time[1];
      table.year[0] = table.year[1];
      table.month[0] = table.month[1];
    }
    // Its bytes are only this turn's (their buffer is read into again): not decoded, it is read back if asked for.
    if (this.currentText === undefined) this.endCurrentLine();
  }

  /** Whether `line` is the line being streamed (none between reads). */
  private isCurrent(line: number): boolean {
    return line >= 0 && line === this.currentLine;
  }

  private currentLineText(): string {
    return (this.currentText ??= logLineText(this.currentBytes!));
  }

  private endCurrentLine(): void {
    this.currentLine = -1;
    this.currentBytes = undefined;
    this.currentText = undefined;
  }
}

function isAsciiBefore(bytes: Buffer, end: number): boolean {
  if (end > bytes.length) return false;
  for (let i = 0; i < end; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** A delivery the receiver accepted into its own queue (not a hand-over to a local filter). */
function isRelayedDelivery(entry: number): boolean {
  const catalogEntry = entry >= 0 ? CATALOG[entry] : undefined;
  return catalogEntry?.role === 'delivery' && catalogEntry.outcome === 'sent' && !catalogEntry.nextHop;
}

/** Where a single pass's lines go: nowhere (they are not read back). */
const NO_STORE: LineStore = { read: () => 0, check: () => undefined, close: () => undefined };

/** Where a stream of lines ended: the offset past its last whole line (or all), and whether a last line had no newline. */
interface LinesEnd {
  end: number;
  partial: boolean;
}

/** The lines of each chunk, with their offsets (from `from`) and the bytes read so far. */
interface LineBatch {
  readonly starts: number[];
  readonly lines: Buffer[];
  readonly read: number;
}

/**
 * Splits chunks into lines, each cut at LONGEST_LINE. A last line without its newline is the
 * whole of it when reading a file, and left for the next time (`wholeLines`) when following one.
 */
async function* lineBatches(chunks: AsyncIterable<Buffer>, from: number, wholeLines: boolean, ending: LinesEnd): AsyncGenerator<LineBatch> {
  let pending: Buffer[] = []; // the start of a line that continues in the next chunk
  let pendingLength = 0;
  let lineStart = from; // byte offset of the line being read
  let chunkStart = from;
  for await (const chunk of chunks) {
    const starts: number[] = [];
    const lines: Buffer[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline);
      starts.push(lineStart);
      lines.push(pendingLength === 0 ? piece : Buffer.concat([...pending, piece]));
      lineStart = chunkStart + newline + 1;
      pending = [];
      pendingLength = 0;
      start = newline + 1;
    }
    // Keep at most the first part of a runaway line: nothing reads more of it.
    if (start < chunk.length && pendingLength < LONGEST_LINE) {
      const piece = chunk.subarray(start, start + LONGEST_LINE - pendingLength);
      pending.push(Buffer.from(piece)); // a copy: the chunk's memory is released with it
      pendingLength += piece.length;
    }
    chunkStart += chunk.length;
    yield { starts, lines, read: chunkStart };
  }
  const partial = pendingLength > 0;
  if (partial && !wholeLines) yield { starts: [lineStart], lines: [Buffer.concat(pending)], read: chunkStart };
  ending.partial = partial && !wholeLines;
  ending.end = partial && wholeLines ? lineStart : chunkStart;
}

/** The length of the longest line among the whole lines of `bytes` from `start` to the newline at `last`. */
function longestLine(bytes: Buffer, start: number, last: number): number {
  let longest = 0;
  for (let at = start; at <= last;) {
    const end = bytes.indexOf(10, at);
    if (end - at > longest) longest = end - at;
    at = end + 1;
  }
  return longest;
}

/** Passes the chunks on, after handing the first HEAD_BYTES (or all, if fewer) to `onHead`. */
async function* withHead(chunks: AsyncIterable<Buffer>, onHead: (head: Buffer) => void): AsyncIterable<Buffer> {
  const held: Buffer[] = [];
  let length = 0;
  let told = false;
  for await (const chunk of chunks) {
    if (!told) {
      held.push(chunk);
      length += chunk.length;
      if (length < HEAD_BYTES) continue;
      onHead(Buffer.concat(held).subarray(0, HEAD_BYTES));
      told = true;
      yield* held;
      continue;
    }
    yield chunk;
  }
  if (!told) {
    onHead(Buffer.concat(held));
    yield* held;
  }
}

/** A regular file, opened once: its lines are read back from the very file that was indexed. */
class IndexedFile implements LineStore {
  private fd: number | undefined;

  /** Bytes of the file that were indexed: fewer now means it was truncated. */
  private indexedSize: number;

  /** `followsRotation`: a rename or delete of the path does not change what the descriptor reads (only a truncation does). */
  private constructor(private readonly path: string, fd: number, private readonly identity: fs.Stats, private readonly followsRotation: boolean) {
    this.fd = fd;
    this.indexedSize = identity.size;
  }

  /** The file opened (whatever its name names later). */
  get opened(): FileIdentity {
    return { dev: this.identity.dev, ino: this.identity.ino };
  }

  /** The size when opened: the index reads no further, whatever is appended meanwhile. */
  get size(): number {
    return this.identity.size;
  }

  /** Opens without blocking (a FIFO's open waits for a writer otherwise) and refuses anything but a regular file. */
  static async open(file: string, followsRotation = false): Promise<IndexedFile> {
    // A plain descriptor, not a FileHandle (which closes itself when collected): reads back are
    // synchronous, which is safe once the file is known to be a regular one.
    const fd = await promisify(fs.open)(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const stats = await promisify(fs.fstat)(fd);
      if (!stats.isFile()) throw new NotRegularFile(file, kindOf(stats));
      return new IndexedFile(file, fd, stats, followsRotation);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /** Its size now (it may have grown). */
  currentSize(): number {
    return fs.fstatSync(this.descriptor()).size;
  }

  indexedTo(size: number): void {
    this.indexedSize = size;
  }

  /** The bytes from `start` to `end`, read without blocking the event loop. */
  chunks(start: number, end: number): AsyncIterable<Buffer> {
    return chunksAt(() => this.descriptor(), start, end, CHUNK);
  }

  read(buffer: Buffer, position: number): number {
    return readFullyAt(this.descriptor(), buffer, position);
  }

  /** Where the file is now: its folder's entry that is this file (renamed by a rotation), else its path as opened. */
  currentPath(): string {
    const folder = path.dirname(this.path);
    try {
      for (const name of fs.readdirSync(folder)) {
        const stats = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
        if (stats && stats.ino === this.identity.ino && stats.dev === this.identity.dev) return path.join(folder, name);
      }
    } catch {
      // an unreadable folder: keep the name it had
    }
    return this.path;
  }

  /** Its name now holds another file (a rotation: renamed, and a new one created). */
  renamed(): boolean {
    try {
      const now = fs.statSync(this.path);
      return now.ino !== this.identity.ino || now.dev !== this.identity.dev;
    } catch {
      return false; // not created again yet
    }
  }

  check(): void {
    if (this.currentSize() < this.indexedSize) throw new FileChanged(this.path, 'truncated');
    if (this.followsRotation) return;
    let now: fs.Stats;
    try {
      now = fs.statSync(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileChanged(this.path, 'deleted');
      throw error;
    }
    if (now.ino !== this.identity.ino || now.dev !== this.identity.dev) throw new FileChanged(this.path, 'replaced');
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private descriptor(): number {
    if (this.fd === undefined) throw new FileChanged(this.path, 'released');
    return this.fd;
  }
}

function kindOf(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * The lines of a stream, each cut at LONGEST_LINE, in a temporary file that is already unlinked
 * (nothing is left behind, whatever happens): disk grows with the lines, memory does not.
 */
class Spool implements LineStore {
  private fd: number | undefined;
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private buffered = 0;
  private written = 0;

  constructor() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-'));
    const file = path.join(dir, 'lines');
    this.fd = fs.openSync(file, 'w+', 0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  get length(): number {
    return this.written + this.buffered;
  }

  /** Appends a line and its newline; returns its offset. */
  append(bytes: Buffer): number {
    const at = this.length;
    if (this.buffered + bytes.length + 1 > this.buffer.length) this.flush(); // a line is at most LONGEST_LINE
    bytes.copy(this.buffer, this.buffered);
    this.buffer[this.buffered + bytes.length] = 10;
    this.buffered += bytes.length + 1;
    return at;
  }

  /** Appends whole lines, each already ended by its newline and at most LONGEST_LINE long. */
  appendLines(bytes: Buffer): void {
    if (this.buffered + bytes.length > this.buffer.length) this.flush();
    if (bytes.length > this.buffer.length) {
      this.writeAll(bytes);
      return;
    }
    bytes.copy(this.buffer, this.buffered);
    this.buffered += bytes.length;
  }

  read(buffer: Buffer, position: number): number {
    this.flush();
    return readFullyAt(this.open(), buffer, position);
  }

  /** Bytes `start`..`end` of the copy, a chunk at a time. */
  chunks(start: number, end: number): AsyncIterable<Buffer> {
    return chunksAt(() => this.descriptor, start, end, CHUNK);
  }

  /** Its descriptor, written up to its length (worker threads of this process read it). */
  get descriptor(): number {
    this.flush();
    return this.fd ?? -1;
  }

  check(): void {}

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private flush(): void {
    if (this.buffered === 0) return;
    const pending = this.buffered;
    this.buffered = 0;
    this.writeAll(this.buffer.subarray(0, pending));
  }

  private writeAll(bytes: Buffer): void {
    for (let done = 0; done < bytes.length;) done += fs.writeSync(this.open(), bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }

  private open(): number {
    if (this.fd === undefined) throw new Error('closed');
    return this.fd;
  }
}
