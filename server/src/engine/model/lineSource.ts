// What the engine reads of a log, whatever holds it (an open document, a large file, a log set):
// a line's text and parse. parse.ts fills these, journeys.ts and the features read them.
import type { JourneyIndex } from './journeys';

/** One line's parse, as the rest of the engine reads it (a view over the document's LineTable). */
export interface ParsedLine {
  /** Program as logged (`postfix/smtps/smtpd`), undefined when the line is not syslog. */
  readonly program: string | undefined;
  readonly pid: number;
  /** Milliseconds since the epoch, NaN when unknown. */
  readonly time: number;
  /** The year used for this line: its own, or inferred for formats without one. */
  readonly year: number;
  /** Minutes east of UTC that the line's timestamp gave; undefined when it gave none (its time is the wall clock). */
  readonly utcOffset: number | undefined;
  readonly queueId: string | undefined;
  /** Offset of the queue ID in the line, -1 when there is none. */
  readonly queueIdStart: number;
  /** Offset of the message text after the header and `QUEUEID: `. */
  readonly bodyStart: number;
  /** Index into CATALOG, -1 when the message is not known. */
  readonly entry: number;
}

/** A line's parse, filled in place; `processKey` identifies program and pid together. */
export interface RowView {
  program: string | undefined;
  pid: number;
  time: number;
  year: number;
  queueId: string | undefined;
  queueIdStart: number;
  bodyStart: number;
  entry: number;
  processKey: number;
  /** The Postfix instance of the program (`postfix-out` of `postfix-out/smtp`). */
  instance: string;
  /** Whether the program is a Postfix daemon rather than a companion (opendkim, amavis, ...). */
  postfix: boolean;
}

export function newRowView(): RowView {
  return {
    program: undefined, pid: -1, time: NaN, year: 0, queueId: undefined, queueIdStart: -1, bodyStart: 0, entry: -1,
    processKey: -1, instance: '', postfix: false,
  };
}

export interface LineSource {
  readonly lineCount: number;
  text(line: number): string;
  parsed(line: number): ParsedLine;
  /** Fills `into` with a line's parse without allocating (the index reads every line). */
  readRow(line: number, into: RowView): void;
}

/** What traces need of a log: an open document, or a large file indexed from disk. */
export interface IndexedLog {
  readonly lineCount: number;
  readonly journeys: JourneyIndex;
  text(line: number): string;
  parsed(line: number): ParsedLine;
  /** Lines as a person counts them: the empty string after a final newline is none. */
  readonly lineTotal: number;
  /** Index into CATALOG of a line's entry, -1 when unknown (no allocation, for loops over all lines). */
  entryOf(line: number): number;
  /** A line's time as the log wrote it (wall clock) in ms, NaN when unknown; read from the parse, not the text. */
  wallTime(line: number): number;
}
