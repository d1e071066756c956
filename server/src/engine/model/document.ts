import { parseInto, parsedRow, readRowInto } from './parse';
import { type ParsedLine } from './lineSource';
import { LineTable, NO_OFFSET, type ParsedRows } from './lineTable';
import { wallTime } from './time';
import { yearOfLatestPast } from './syslogHeader';
import type { IndexedLog } from './lineSource';
import { JourneyIndex } from './journeys';
import { type LineSource, type RowView } from './lineSource';

export interface Position {
  readonly line: number;
  /** UTF-16 code units, as LSP counts them. */
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Rows parsed in order before a line `parsed` is asked for, at most: a few milliseconds. */
const PARSE_AHEAD_ROWS = 5000;

export interface DocumentOptions {
  /**
   * Year for timestamps without one (RFC 3164). Unless told, the year that puts the log's
   * first line in the past: a December log read in January is last year's.
   */
  readonly defaultYear?: number;
}

/**
 * An open maillog: its lines, each line's parse, and the journey index over them. Edits
 * re-parse only the lines they touch; an append (the log grows) extends the index in place.
 */
export class MaillogDocument implements LineSource, IndexedLog {
  private lines: string[] = [];
  private readonly table = new LineTable();
  private journeyIndex: JourneyIndex | undefined;
  /** Set when an edit kept line numbers but changed what the index read: it is rebuilt in steps. */
  private staleIndex = false;
  private nextIndex: JourneyIndex | undefined;
  private readonly defaultYear: number;
  private editCount = 0;
  /**
   * Rows parsed so far: the rest are parsed when first read (a hover at the top of a big log
   * answers before its end is parsed) or by the background index build, in order.
   */
  private parsedRows = 0;
  /** The last syslog row before `parsedRows` (gives the next one its year), -1 when none. */
  private lastSyslogRow = -1;
  /** Where a line far ahead of the parsed rows is parsed on its own (see parsedAlone). */
  private aloneTable: LineTable | undefined;

  constructor(text: string, options: DocumentOptions = {}) {
    const lines = splitLines(text);
    this.defaultYear = options.defaultYear ?? yearOfLatestPast(lines);
    this.resetLines(lines);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  get lineTotal(): number {
    return this.lines.length - (this.lines[this.lines.length - 1] === '' ? 1 : 0);
  }

  /** How many changes were applied: values the index reads lazily are read again after one. */
  get edits(): number {
    return this.editCount;
  }

  text(line: number): string {
    return this.lines[line] ?? '';
  }

  parsed(line: number): ParsedLine {
    if (line >= this.parsedRows + PARSE_AHEAD_ROWS) return this.parsedAlone(line);
    if (line >= this.parsedRows) this.parseTo(line);
    return parsedRow(this.table, line, this.lines[line]);
  }

  /**
   * A line far past the rows parsed so far (a hover in a log just opened) is parsed on its own,
   * its year inferred from the last parsed syslog line as if it came next, and not kept: the rows
   * are parsed in order, each from the one before. Only a log without years that spans more than
   * half a year between the two could read a year differently, until the rows are parsed.
   */
  private parsedAlone(line: number): ParsedLine {
    // The log's first syslog line sets the year of the lines without one: parsed first, and only it.
    while (this.lastSyslogRow < 0 && this.parsedRows < Math.min(PARSE_AHEAD_ROWS, line)) this.parseTo(this.parsedRows);
    const scratch = this.aloneTable ??= new LineTable();
    scratch.clear();
    scratch.splice(0, 0, 2);
    const previous = this.lastSyslogRow;
    scratch.program[0] = previous >= 0 ? 0 : -1;
    if (previous >= 0) {
      scratch.time[0] = this.table.time[previous];
      scratch.year[0] = this.table.year[previous];
      scratch.month[0] = this.table.month[previous];
    }
    parseInto(scratch, 1, this.lines[line], previous >= 0 ? 0 : -1, this.defaultYear);
    return parsedRow(scratch, 1, this.lines[line]);
  }

  readRow(line: number, into: RowView): void {
    if (line >= this.parsedRows) this.parseTo(line);
    readRowInto(this.table, line, this.lines[line], into);
  }

  /** Index into CATALOG of a line's entry, -1 when unknown (no allocation, for loops over all lines). */
  entryOf(line: number): number {
    if (line >= this.parsedRows) this.parseTo(line);
    return this.table.entry[line];
  }

  wallTime(line: number): number {
    if (line >= this.parsedRows) this.parseTo(line);
    const offset = this.table.utcOffset[line];
    return wallTime(this.table.time[line], offset === NO_OFFSET ? undefined : offset);
  }

  /** Whether every line is parsed (the journey index may still be being built). */
  get parsedAll(): boolean {
    return this.parsedRows >= this.lines.length;
  }

  /** Parses the rows not parsed yet up to `line` (each takes its year from the syslog line before it). */
  private parseTo(line: number): void {
    const end = Math.min(line + 1, this.lines.length);
    let previous = this.lastSyslogRow;
    for (let row = this.parsedRows; row < end; row++) {
      parseInto(this.table, row, this.lines[row], previous, this.defaultYear);
      if (this.table.program[row] >= 0) previous = row;
    }
    this.lastSyslogRow = previous;
    this.parsedRows = Math.max(this.parsedRows, end);
  }

  /** The year for lines whose timestamp has none, until a line gives one: what a parse worker starts from. */
  get yearForUndated(): number {
    return this.defaultYear;
  }

  /**
   * Takes the parse of every line made apart (parseFileInWorkers over the file this document's
   * text was read from), unless the document changed since `edits` or the rows do not match its
   * lines: then false, and lines go on being parsed here. A range's first lines took the default
   * year: they are parsed again with the line before them until one keeps its year (as after an
   * edit), so the result is the table a single pass makes.
   */
  adoptParsedRows(ranges: readonly ParsedRows[], edits: number): boolean {
    if (edits !== this.editCount || this.parsedAll) return false;
    if (ranges.reduce((sum, range) => sum + range.rows, 0) !== this.lines.length) return false;
    let at = 0;
    for (const range of ranges) {
      this.table.copyRows(at, range);
      if (at > 0) this.retakeYears(at, at + range.rows);
      at += range.rows;
    }
    this.parsedRows = this.lines.length;
    return true;
  }

  /** Parses rows `from`.. again with the syslog line before them, until one keeps its year: from there on the years agree. */
  private retakeYears(from: number, end: number): void {
    let previous = from - 1;
    while (previous >= 0 && this.table.program[previous] < 0) previous--;
    for (let row = from; row < end; row++) {
      const year = this.table.year[row];
      parseInto(this.table, row, this.lines[row], previous, this.defaultYear);
      if (this.table.program[row] < 0) continue;
      if (this.table.year[row] === year) return;
      previous = row;
    }
  }

  /** The document's lines become `lines`, none of them parsed yet. */
  private resetLines(lines: string[]): void {
    this.lines = lines;
    this.table.clear();
    this.table.splice(0, 0, lines.length);
    this.parsedRows = 0;
    this.lastSyslogRow = -1;
  }

  /**
   * The journey index, brought up to date with the lines. After an edit inside the indexed
   * lines that kept every line's number, this may be the index from before the edit until
   * `refreshIndex` has finished: line numbers still match, a few facts may lag for a moment.
   */
  get journeys(): JourneyIndex {
    if (!this.journeyIndex) this.journeyIndex = new JourneyIndex(this);
    this.journeyIndex.catchUp();
    return this.journeyIndex;
  }

  /** Whether the journey index covers every line (it may be one kept through an edit while it is rebuilt). */
  get indexReady(): boolean {
    return this.journeyIndex !== undefined && this.journeyIndex.lineCount >= this.lines.length;
  }

  get indexStale(): boolean {
    return this.staleIndex;
  }

  /** Share of the lines the (current or rebuilding) index has read, 0..1. */
  get indexProgress(): number {
    const index = this.staleIndex ? this.nextIndex : this.journeyIndex;
    return this.lineCount === 0 ? 1 : Math.min(1, (index?.lineCount ?? 0) / this.lineCount);
  }

  /**
   * Indexes at most `lines` more lines: builds a missing index, or rebuilds a stale one.
   * True once the index is current. Requests never wait for this: `journeys` finishes the work.
   */
  refreshIndex(lines: number): boolean {
    if (!this.staleIndex) {
      this.journeyIndex ??= new JourneyIndex(this);
      this.journeyIndex.catchUp(lines);
      return this.journeyIndex.complete;
    }
    this.nextIndex ??= new JourneyIndex(this);
    this.nextIndex.catchUp(lines);
    if (!this.nextIndex.complete) return false;
    this.journeyIndex = this.nextIndex;
    this.nextIndex = undefined;
    this.staleIndex = false;
    return true;
  }

  /**
   * Applies an LSP-style change; no range means the whole text was replaced. A change that breaks
   * the protocol (text not a string, a reversed range, a line past the end) throws InvalidChange
   * before anything is changed: guessing would put this copy out of step with the editor's.
   */
  applyChange(range: Range | undefined, text: string): void {
    const invalid = invalidChange(range, text, this.lines.length);
    if (invalid) throw new InvalidChange(invalid);
    this.editCount++;
    if (!range) {
      this.journeyIndex = undefined;
      this.nextIndex = undefined;
      this.staleIndex = false;
      this.resetLines(splitLines(text));
      return;
    }
    // Edits are rare while a log is first parsed: they find it whole.
    this.parseTo(this.lines.length - 1);
    const last = this.lines.length - 1;
    const start = clamp(range.start, last, this.lines);
    const end = clamp(range.end, last, this.lines);
    const before = this.lines[start.line].slice(0, start.character);
    const after = this.lines[end.line].slice(end.character);
    const replacement = splitLines(before + text + after);
    const index = this.journeyIndex;
    const indexed = index?.lineCount ?? 0;
    const count = end.line - start.line + 1;
    // The index only ever grows at its end: a touched line it has seen means a rebuild, unless
    // the lines keep their number and everything the index read of them.
    const touchesIndexed = start.line < indexed && !(start.line === indexed - 1 && this.isBlank(start.line) && end.line === start.line);
    const signaturesBefore = touchesIndexed && index && count === replacement.length && end.line < indexed ? this.signatures(index, start.line, count) : undefined;
    const followersChanged = this.replaceLines(start.line, count, replacement);
    // A rebuild in progress has read lines that may have changed: start it again.
    this.nextIndex = undefined;
    if (!touchesIndexed) {
      index?.rewindTo(start.line);
    } else if (signaturesBefore === undefined) {
      this.journeyIndex = undefined; // line numbers moved: rebuilt when next asked
      this.staleIndex = false;
    } else {
      // Kept for now: what it read of the edited lines only when shown is read again.
      index!.forgetValues(start.line, count);
      if (followersChanged || signaturesBefore !== this.signatures(index!, start.line, count)) this.staleIndex = true;
    }
  }

  private signatures(index: JourneyIndex, from: number, count: number): string {
    const out: string[] = [];
    for (let line = from; line < from + count; line++) out.push(index.signature(line));
    return out.join('\n');
  }

  private isBlank(line: number): boolean {
    return line >= this.table.length || this.table.program[line] < 0;
  }

  /**
   * Replaces lines and parses the new ones. Returns whether lines after them changed too: a
   * year-less line takes its year from the line before, so an edited month can move the years
   * of the lines that follow (re-parsed here until one keeps its year).
   */
  private replaceLines(at: number, deleteCount: number, replacement: string[]): boolean {
    if (this.lines.length === 0) this.lines = replacement;
    else splice(this.lines, at, deleteCount, replacement);
    this.table.splice(at, deleteCount, replacement.length);
    let previous = at - 1;
    while (previous >= 0 && this.table.program[previous] < 0) previous--;
    for (let i = 0; i < replacement.length; i++) {
      const row = at + i;
      parseInto(this.table, row, replacement[i], previous, this.defaultYear);
      if (this.table.program[row] >= 0) previous = row;
    }
    let followersChanged = false;
    for (let row = at + replacement.length; row < this.table.length; row++) {
      if (this.table.program[row] < 0) continue;
      const year = this.table.year[row];
      parseInto(this.table, row, this.lines[row], previous, this.defaultYear);
      if (this.table.year[row] === year) break;
      followersChanged = true;
      previous = row;
    }
    this.parsedRows = this.lines.length;
    this.lastSyslogRow = -1; // unused once every row is parsed
    return followersChanged;
  }
}

/** A change an editor cannot have meant: applying it would make the text differ from the editor's. */
export class InvalidChange extends Error {}

/** Why a change breaks the protocol, or undefined when it is sound. */
function invalidChange(range: Range | undefined, text: unknown, lineCount: number): string | undefined {
  if (typeof text !== 'string') return 'the text of a change is not a string';
  if (range === undefined) return undefined;
  if (!isPosition(range?.start) || !isPosition(range.end)) return 'a change range is not two positions';
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'a change range ends before it starts';
  // A character past a line's end means its end (LSP); a line past the document's does not,
  // except the start of the line after the last one: the document's end.
  const past = (p: Position) => p.line > lineCount || (p.line === lineCount && p.character > 0);
  if (past(start) || past(end)) return `a change range goes past the document's ${lineCount} lines`;
  return undefined;
}

function isPosition(value: unknown): value is Position {
  const position = value as Position | undefined;
  return typeof position === 'object' && position !== null && isCount(position.line) && isCount(position.character);
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function clamp(position: Position, last: number, lines: string[]): Position {
  const line = Math.max(0, Math.min(position.line, last));
  const character = position.line > last ? lines[line].length : Math.max(0, Math.min(position.character, lines[line].length));
  return { line, character };
}

/** Splits on LF, CRLF or CR, as LSP does. */
export function splitLines(text: string): string[] {
  // A plain split is several times faster than the regex, and most logs have no CR at all.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Array splice that does not go through the argument stack (a 250,000-line insert would overflow it). */
function splice<T>(target: T[], at: number, deleteCount: number, items: T[]): void {
  if (items.length < 10_000) {
    target.splice(at, deleteCount, ...items);
    return;
  }
  const tail = target.slice(at + deleteCount);
  target.length = at;
  for (const item of items) target.push(item);
  for (const item of tail) target.push(item);
}
