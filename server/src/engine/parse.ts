import { parseSyslogHeader, daemonOf, headerTime, type SyslogHeader } from './syslogHeader';
import { leadingQueueId } from './queueId';
import { CATALOG, entryFields, matchEntry, type CatalogEntry } from './catalog';
import { scanKeyValues, type Field } from './fields';

/**
 * What the index keeps of each line: small, so a 250,000-line log stays cheap. Everything else
 * (fields, the header's parts) is recomputed from the text when a hover asks for it.
 */
export interface ParsedLine {
  /** Program as logged (`postfix/smtps/smtpd`), undefined when the line is not syslog. */
  readonly program: string | undefined;
  readonly pid: number;
  /** Milliseconds since the epoch, NaN when unknown. */
  readonly time: number;
  /** The year used for this line: its own, or inferred for formats without one. */
  readonly year: number;
  readonly queueId: string | undefined;
  /** Offset of the queue ID in the line, -1 when there is none. */
  readonly queueIdStart: number;
  /** Offset of the message text after the header and `QUEUEID: `. */
  readonly bodyStart: number;
  /** Index into CATALOG, -1 when the message is not known. */
  readonly entry: number;
}

const UNPARSED: Omit<ParsedLine, 'year'> = {
  program: undefined, pid: -1, time: NaN, queueId: undefined, queueIdStart: -1, bodyStart: 0, entry: -1,
};

/**
 * Parses one line. `previous` supplies the year for formats that have none and lets the year
 * roll over when the month goes back (a December to January log).
 */
export function parseLine(text: string, previous: { year: number; time: number } | undefined, defaultYear: number): ParsedLine {
  const header = parseSyslogHeader(text);
  if (!header) return { ...UNPARSED, year: previous?.year ?? defaultYear };
  const year = header.year ?? inferYear(header, previous, defaultYear);
  const daemon = daemonOf(header.program);
  let bodyStart = header.bodyStart;
  const queueId = leadingQueueId(text.slice(bodyStart, bodyStart + 64));
  const queueIdStart = queueId ? bodyStart : -1;
  if (queueId) bodyStart += queueId.length + 2;
  return {
    program: header.program,
    pid: header.pid ?? -1,
    time: headerTime(header, year),
    year,
    queueId,
    queueIdStart,
    bodyStart,
    entry: matchEntry(daemon, text.slice(bodyStart)),
  };
}

function inferYear(header: SyslogHeader, previous: { year: number; time: number } | undefined, defaultYear: number): number {
  if (!previous || Number.isNaN(previous.time)) return defaultYear;
  const previousMonth = new Date(previous.time).getUTCMonth() + 1;
  // A log runs forward: Jan after Dec is the next year.
  return header.month < previousMonth && previousMonth - header.month > 6 ? previous.year + 1 : previous.year;
}

/** Everything a hover or the CLI wants to know about a line, recomputed from its text. */
export interface LineDetails {
  readonly text: string;
  readonly parsed: ParsedLine;
  readonly header: SyslogHeader | undefined;
  readonly daemon: string | undefined;
  readonly entry: CatalogEntry | undefined;
  /** Key=value fields and the catalog entry's named groups (these win on a clash). */
  readonly fields: readonly Field[];
}

export function lineDetails(text: string, parsed: ParsedLine): LineDetails {
  const header = parsed.program === undefined ? undefined : parseSyslogHeader(text);
  const entry = parsed.entry >= 0 ? CATALOG[parsed.entry] : undefined;
  const fields: Field[] = [];
  if (header) {
    const named = entry ? entryFields(entry, text, parsed.bodyStart) : [];
    const names = new Set(named.map((f) => f.name));
    // Postfix speaks `key=value, key=value`; companions have their own syntax, read by their entries.
    const scanned = isPostfix(header.program) || !entry ? scanKeyValues(text.length > 65536 ? text.slice(0, 65536) : text, parsed.bodyStart) : [];
    fields.push(...scanned.filter((f) => !names.has(f.name)), ...named);
    fields.sort((a, b) => a.start - b.start);
  }
  return { text, parsed, header, daemon: parsed.program && daemonOf(parsed.program), entry, fields };
}

/** `postfix/smtpd`, `postfix-out/smtp`, `postfix/smtps/smtpd`: programs of a Postfix instance. */
export function isPostfix(program: string): boolean {
  return program.includes('/');
}
