import { parseSyslogHeader, daemonOf, scanHeader, type SyslogHeader } from './syslogHeader';
import { newHeaderSpans, spansTime } from './headerScan';
import { queueIdLength } from './queueId';
import { CATALOG, entryFields, matchEntry, type CatalogEntry } from '../catalog';
import { scanKeyValues, type Field } from '../text/fields';
import { NO_OFFSET, type LineTable } from './lineTable';
import type { ParsedLine } from './lineSource';
import type { RowView } from './lineSource';

const spans = newHeaderSpans();

/**
 * Parses a line into row `row` of the table. `previousRow` (a syslog line before it, or -1)
 * supplies the year for formats without one and lets it roll over from December to January.
 * `knownEntry`: the line's catalog entry, when a pass before found it (a line read back).
 */
export function parseInto(table: LineTable, row: number, text: string, previousRow: number, defaultYear: number, knownEntry?: number): void {
  const format = scanHeader(text, spans);
  if (!format) {
    table.program[row] = -1;
    table.pid[row] = -1;
    table.time[row] = NaN;
    table.year[row] = previousRow >= 0 ? table.year[previousRow] : defaultYear;
    table.month[row] = 0;
    table.utcOffset[row] = NO_OFFSET;
    table.queueIdStart[row] = -1;
    table.bodyStart[row] = 0;
    table.entry[row] = -1;
    return;
  }
  const year = spans.year || inferYear(spans.month, table, previousRow, defaultYear);
  const program = table.programIdAt(text, spans.programStart, spans.programEnd);
  let bodyStart = spans.bodyStart;
  const idLength = queueIdLength(text, bodyStart);
  table.queueIdStart[row] = idLength > 0 ? bodyStart : -1;
  if (idLength > 0) bodyStart += idLength + 2;
  table.program[row] = program;
  table.pid[row] = spans.pid;
  table.time[row] = spansTime(spans, year);
  table.year[row] = year;
  table.month[row] = spans.month;
  table.utcOffset[row] = Number.isNaN(spans.utcOffset) ? NO_OFFSET : spans.utcOffset;
  table.bodyStart[row] = bodyStart;
  table.entry[row] = knownEntry ?? matchEntry(table.daemons[program], text, bodyStart);
}

function inferYear(month: number, table: LineTable, previousRow: number, defaultYear: number): number {
  if (previousRow < 0 || Number.isNaN(table.time[previousRow])) return defaultYear;
  const previousMonth = table.month[previousRow];
  // A log runs forward: Jan after Dec is the next year.
  return month < previousMonth && previousMonth - month > 6 ? table.year[previousRow] + 1 : table.year[previousRow];
}

/** The row as an object; cheap enough for hovers, not meant for loops over every line. */
export function parsedRow(table: LineTable, row: number, text: string): ParsedLine {
  const programId = table.program[row];
  const queueIdStart = table.queueIdStart[row];
  const bodyStart = table.bodyStart[row];
  return {
    program: programId < 0 ? undefined : table.programs[programId],
    pid: table.pid[row],
    time: table.time[row],
    year: table.year[row],
    utcOffset: table.utcOffset[row] === NO_OFFSET ? undefined : table.utcOffset[row],
    queueId: queueIdStart < 0 ? undefined : text.slice(queueIdStart, bodyStart - 2),
    queueIdStart,
    bodyStart,
    entry: table.entry[row],
  };
}

/**
 * The row into a reusable view, allocating nothing but the queue ID: the index reads every line.
 * `text` is the line, or its bytes when those up to its body are ASCII (characters and bytes agree).
 */
export function readRowInto(table: LineTable, row: number, text: string | Buffer, into: RowView): void {
  const programId = table.program[row];
  const queueIdStart = table.queueIdStart[row];
  into.program = programId < 0 ? undefined : table.programs[programId];
  into.pid = table.pid[row];
  into.time = table.time[row];
  into.year = table.year[row];
  into.queueIdStart = queueIdStart;
  into.bodyStart = table.bodyStart[row];
  into.queueId = queueIdStart < 0 ? undefined : typeof text === 'string' ? text.slice(queueIdStart, into.bodyStart - 2) : text.toString('latin1', queueIdStart, into.bodyStart - 2);
  into.entry = table.entry[row];
  into.processKey = programId * 0x1000000 + (into.pid & 0xffffff);
  into.instance = programId < 0 ? '' : table.instances[programId];
  into.postfix = programId >= 0 && table.postfix[programId];
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
  return { text, parsed, header, daemon: parsed.program && daemonOf(parsed.program), entry, fields: lineFields(text, parsed) };
}

/**
 * Key=value fields and the catalog entry's named groups (these win on a clash), in line order;
 * none for a line that is not syslog. The part of lineDetails that `cli.js parse` prints for every line.
 */
export function lineFields(text: string, parsed: ParsedLine): Field[] {
  if (parsed.program === undefined) return [];
  const entry = parsed.entry >= 0 ? CATALOG[parsed.entry] : undefined;
  const named = entry ? entryFields(entry, text, parsed.bodyStart) : [];
  // Postfix speaks `key=value, key=value`; companions have their own syntax, read by their entries.
  const scanned = isPostfix(parsed.program) || !entry ? scanKeyValues(text.length > 65536 ? text.slice(0, 65536) : text, parsed.bodyStart) : [];
  if (named.length === 0) return scanned;
  const fields = scanned.filter((f) => !named.some((n) => n.name === f.name));
  for (const field of named) fields.push(field);
  return fields.sort((a, b) => a.start - b.start);
}

/** `postfix/smtpd`, `postfix-out/smtp`, `postfix/smtps/smtpd`: programs of a Postfix instance. */
export function isPostfix(program: string): boolean {
  return program.includes('/');
}
