// The syslog header in front of every log line: when, which host, which program and pid.
// Each supported format is one entry of HEADER_FORMATS; the first that matches wins.

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

const MONTHS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

// Program names never contain spaces, brackets or colons; `postfix/smtps/smtpd` keeps its slashes.
const PROGRAM = '([^\\s\\[\\]:]+)';

interface HeaderFormat {
  readonly name: HeaderFormatName;
  /** Anchored at the start of the line; groups: 1 time text, 2 host, 3 program, 4 pid. */
  readonly pattern: RegExp;
  readonly time: (text: string) => TimeParts | undefined;
}

type TimeParts = Pick<SyslogHeader, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'utcOffset'>;

function bsdTime(text: string): TimeParts | undefined {
  const m = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d\d):(\d\d):(\d\d(?:\.\d+)?)$/.exec(text);
  const month = m && MONTHS[m[1]];
  if (!m || !month) return undefined;
  return {
    year: undefined, month, day: Number(m[2]),
    hour: Number(m[3]), minute: Number(m[4]), second: Number(m[5]), utcOffset: undefined,
  };
}

function isoTime(text: string): TimeParts | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d(?:\.\d+)?)(Z|[+-]\d\d:?\d\d)?$/.exec(text);
  if (!m) return undefined;
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

const HEADER_FORMATS: readonly HeaderFormat[] = [
  {
    // `Aug 19 05:49:42 host prog[pid]: ` — BSD syslog; the day is space-padded (zero-padded by postlog).
    name: 'rfc3164',
    pattern: new RegExp(`^([A-Z][a-z]{2} [ 0-3]?\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?) (\\S+) ${PROGRAM}(?:\\[(\\d+)\\])?: ?`),
    time: bsdTime,
  },
  {
    // `2018-08-19T05:49:42.123456+00:00 host prog[pid]: ` — RFC 3339, also journalctl -o short-iso.
    name: 'rfc3339',
    pattern: new RegExp(`^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?) (\\S+) ${PROGRAM}(?:\\[(\\d+)\\])?: ?`),
    time: isoTime,
  },
  {
    // `<22>1 2018-08-19T05:49:42.1Z host prog pid - - ` — RFC 5424 as rsyslog forwards it.
    name: 'rfc5424',
    pattern: new RegExp(`^<\\d{1,3}>\\d (\\S+) (\\S+) ${PROGRAM} (\\d+|-) \\S+ (?:-|\\[.*?\\]) ?`),
    time: isoTime,
  },
];

export function parseSyslogHeader(line: string): SyslogHeader | undefined {
  for (const format of HEADER_FORMATS) {
    const m = format.pattern.exec(line);
    if (!m) continue;
    const time = format.time(m[1]);
    if (!time) continue;
    const timeStart = m[0].indexOf(m[1]);
    const hostStart = timeStart + m[1].length + 1;
    const programStart = hostStart + m[2].length + 1;
    return {
      ...time,
      timeStart,
      timeEnd: timeStart + m[1].length,
      host: m[2],
      hostStart,
      program: m[3],
      programStart,
      pid: m[4] === undefined || m[4] === '-' ? undefined : Number(m[4]),
      bodyStart: m[0].length,
      format: format.name,
    };
  }
  return undefined;
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

/** Milliseconds since the epoch; a missing year or offset is supplied by the caller. */
export function headerTime(header: SyslogHeader, fallbackYear: number): number {
  const seconds = Math.floor(header.second);
  const millis = Math.round((header.second - seconds) * 1000);
  const utc = Date.UTC(header.year ?? fallbackYear, header.month - 1, header.day, header.hour, header.minute, seconds, millis);
  return utc - (header.utcOffset ?? 0) * 60_000;
}
