// The syslog header in front of every log line: when, which host, which program and pid.

import { newHeaderSpans, scanCommonHeader, NONE, ISO, type HeaderSpans } from './headerScan';

export interface SyslogHeader {
  /** Offsets of the timestamp text in the line. */
  readonly timeStart: number;
  readonly timeEnd: number;
  /** Parsed timestamp parts; year is undefined when the format has none (RFC 3164). */
  readonly year: number | undefined;
  readonly month: number; // 1..12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number; // with fraction
  /** Offset from UTC in minutes, when the format carries one. */
  readonly utcOffset: number | undefined;
  /** Start of the header: 0, or the length of a container runtime's prefix (`mail_1  | `). */
  readonly headerStart: number;
  readonly host: string;
  readonly hostStart: number;
  /** e.g. `postfix/smtps/smtpd`, `postfix-out/smtp`, `opendkim`. */
  readonly program: string;
  readonly programStart: number;
  readonly pid: number | undefined;
  /** Offset where the message text starts. */
  readonly bodyStart: number;
  readonly format: HeaderFormatName;
}

export type HeaderFormatName = 'rfc3164' | 'rfc3339' | 'rfc5424';

// Program names never contain spaces, brackets or colons; `postfix/smtps/smtpd` keeps its slashes.
const PROGRAM = '([^\\s\\[\\]:]+)';

interface HeaderFormat {
  readonly name: HeaderFormatName;
  /** Anchored at the start of the line; groups: 1 time text, 2 host, 3 program, 4 pid. */
  readonly pattern: RegExp;
  readonly time: (text: string) => TimeParts | undefined;
}

type TimeParts = Pick<SyslogHeader, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'utcOffset'>;

function parseIsoTime(text: string): TimeParts | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d(?:\.\d+)?)(Z|[+-]\d\d:?\d\d)?$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  let utcOffset: number | undefined;
  if (m[7] === 'Z') utcOffset = 0;
  else if (m[7]) {
    const sign = m[7][0] === '-' ? -1 : 1;
    const digits = m[7].slice(1).replace(':', '');
    utcOffset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]), utcOffset,
  };
}

// An RFC 5424 STRUCTURED-DATA element, `[exampleSDID@32473 iut="3" eventSource="App"]`: param
// values are quoted and may hold `]`, `\"` and `\]`. Each alternative starts with a different
// character, so a long or unterminated element costs linear time.
const SD_ELEMENT = '\\[(?:[^\\]"\\\\]|\\\\.|"(?:[^"\\\\]|\\\\.)*")*\\]';

/** Formats the charCode scanner does not read; tried after it, in order, at the header's start. */
const OTHER_FORMATS: readonly HeaderFormat[] = [
  {
    // `<22>1 2018-08-19T05:49:42.1Z host postfix/smtpd 10057 - - text`: RFC 5424 as rsyslog
    // forwards it, with NILVALUE `-` for an unknown host, pid (PROCID) or MSGID, STRUCTURED-DATA
    // `-` or `[id param="value"]...`, and the message after an optional UTF-8 BOM.
    name: 'rfc5424',
    pattern: new RegExp(`<\\d{1,3}>\\d{1,2} (\\S+) (\\S+) ${PROGRAM} (\\S+) \\S+ (?:-|(?:${SD_ELEMENT})+)(?: \\ufeff?|$)`, 'y'),
    time: parseIsoTime,
  },
];

/** Every header regex, for the test that proves each matches in linear time. */
export const HEADER_PATTERNS: readonly RegExp[] = OTHER_FORMATS.map((format) => format.pattern);

/**
 * Finds the header's parts: the allocation-free scanner for RFC 3164 and RFC 3339 first, the
 * regexes of the rarer formats after it. Either may follow a container runtime's prefix
 * (`mail_1  | `, `docker logs --timestamps`); offsets stay offsets in the whole line. Returns
 * the format's name, or undefined.
 */
export function scanHeader(line: string, spans: HeaderSpans): HeaderFormatName | undefined {
  const common = scanCommonHeader(line, spans);
  if (common !== NONE) return common === ISO ? 'rfc3339' : 'rfc3164';
  const at = spans.headerStart;
  if (line.length - at < 20 || line.charCodeAt(at) !== 60 /* < */) return undefined;
  for (const format of OTHER_FORMATS) {
    format.pattern.lastIndex = at;
    const m = format.pattern.exec(line);
    const time = m && format.time(m[1]);
    if (!m || !time) continue;
    const timeStart = at + m[0].indexOf(' ') + 1;
    spans.hostStart = timeStart + m[1].length + 1;
    spans.programStart = spans.hostStart + m[2].length + 1;
    spans.programEnd = spans.programStart + m[3].length;
    spans.pid = /^\d{1,9}$/.test(m[4]) ? Number(m[4]) : -1;
    spans.bodyStart = at + m[0].length;
    spans.year = time.year ?? 0;
    spans.month = time.month;
    spans.day = time.day;
    spans.secondOfDay = time.hour * 3600 + time.minute * 60 + time.second;
    spans.utcOffset = time.utcOffset ?? NaN;
    return format.name;
  }
  return undefined;
}

/** The header as an object, for hovers and the CLI (the index keeps only what it needs). */
export function parseSyslogHeader(line: string): SyslogHeader | undefined {
  const spans = newHeaderSpans();
  const format = scanHeader(line, spans);
  if (!format) return undefined;
  const timeStart = format === 'rfc5424' ? line.indexOf(' ', spans.headerStart) + 1 : spans.headerStart;
  const seconds = spans.secondOfDay;
  return {
    timeStart,
    timeEnd: spans.hostStart - 1,
    year: spans.year || undefined,
    month: spans.month,
    day: spans.day,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    // Seconds since midnight carry a float error of about 1e-12: round it off at nanoseconds.
    second: Math.round((seconds % 60) * 1e9) / 1e9,
    utcOffset: Number.isNaN(spans.utcOffset) ? undefined : spans.utcOffset,
    headerStart: spans.headerStart,
    host: line.slice(spans.hostStart, spans.programStart - 1),
    hostStart: spans.hostStart,
    program: line.slice(spans.programStart, spans.programEnd),
    programStart: spans.programStart,
    pid: spans.pid < 0 ? undefined : spans.pid,
    bodyStart: spans.bodyStart,
    format,
  };
}

/**
 * `postfix/smtps/smtpd` -> `smtpd`, `opendkim` -> `opendkim`: the daemon that wrote the line,
 * which is what the catalog is keyed by.
 */
export function daemonOf(program: string): string {
  const slash = program.lastIndexOf('/');
  return slash < 0 ? program : program.slice(slash + 1);
}

/** `postfix-out/smtp` -> `postfix-out`: the Postfix instance (syslog_name prefix). */
export function instanceOf(program: string): string {
  const slash = program.indexOf('/');
  return slash < 0 ? program : program.slice(0, slash);
}

/**
 * The year of a log whose timestamps have none (RFC 3164): the one that puts its first line in
 * the past, so a December log read in January is last year's.
 */
export function yearOfLatestPast(lines: readonly string[], now = new Date()): number {
  for (const line of lines.slice(0, 100)) {
    const header = parseSyslogHeader(line);
    if (!header) continue;
    if (header.year !== undefined) return header.year;
    return header.month > now.getMonth() + 1 ? now.getFullYear() - 1 : now.getFullYear();
  }
  return now.getFullYear();
}
