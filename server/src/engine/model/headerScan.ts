// The hot path of opening a log: reads a syslog header with charCodeAt and no allocation,
// for the two formats nearly every maillog uses (RFC 3164 and RFC 3339, with the variants of
// journalctl and Postfix's own maillog_file), also behind the prefix a container runtime puts
// in front of a line (`mail_1  | `, `docker logs --timestamps`). A line that starts with its
// header takes the first branch and nothing else. Other formats fall back to the regexes of
// syslogHeader.ts.

/** Where the parts of a header are, and its time; reused between lines to avoid garbage. */
export interface HeaderSpans {
  /** Where the header starts: 0, or after the prefix a container runtime put in front of it. */
  headerStart: number;
  hostStart: number;
  programStart: number;
  programEnd: number;
  pid: number; // -1 when absent
  bodyStart: number;
  /** 0 when the format has no year. */
  year: number;
  month: number;
  day: number;
  /** Seconds since midnight, with fraction. */
  secondOfDay: number;
  /** Minutes east of UTC, NaN when absent. */
  utcOffset: number;
}

export function newHeaderSpans(): HeaderSpans {
  return { headerStart: 0, hostStart: 0, programStart: 0, programEnd: 0, pid: -1, bodyStart: 0, year: 0, month: 0, day: 0, secondOfDay: 0, utcOffset: NaN };
}

const SPACE = 32;
const COLON = 58;
const DASH = 45;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const DOT = 46;
const PLUS = 43;
const PIPE = 124;
const ESC = 27;
const MAX_PID = 0x7fffffff;
const REPEATED = 'last message repeated ';
/** Longest container name taken for a `docker compose` prefix. */
const MAX_PREFIX_NAME = 128;
/** Prefixes in front of one header: e.g. a compose name, then a `--timestamps` time. */
const MAX_PREFIXES = 3;

/** Month number from its three letters' char codes (Jan=1), 0 when not a month. */
function monthOf(a: number, b: number, c: number): number {
  switch ((a << 16) | (b << 8) | c) {
    case 0x4a616e: return 1; // Jan
    case 0x466562: return 2; // Feb
    case 0x4d6172: return 3; // Mar
    case 0x417072: return 4; // Apr
    case 0x4d6179: return 5; // May
    case 0x4a756e: return 6; // Jun
    case 0x4a756c: return 7; // Jul
    case 0x417567: return 8; // Aug
    case 0x536570: return 9; // Sep
    case 0x4f6374: return 10; // Oct
    case 0x4e6f76: return 11; // Nov
    case 0x446563: return 12; // Dec
    default: return 0;
  }
}

function digit(line: string, at: number): number {
  const c = line.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function twoDigits(line: string, at: number): number {
  const a = digit(line, at);
  const b = digit(line, at + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** `hh:mm:ss` at `at`, as seconds since midnight; -1 when malformed. */
function clock(line: string, at: number): number {
  const h = twoDigits(line, at);
  const m = twoDigits(line, at + 3);
  const s = twoDigits(line, at + 6);
  if (h < 0 || m < 0 || s < 0 || line.charCodeAt(at + 2) !== COLON || line.charCodeAt(at + 5) !== COLON) return -1;
  return h * 3600 + m * 60 + s;
}

/** Digits after a '.', added to the seconds as a fraction; returns the offset after them. */
function fraction(line: string, at: number, spans: HeaderSpans): number {
  let i = at + 1;
  let numerator = 0;
  let denominator = 1;
  for (let d = digit(line, i); d >= 0; d = digit(line, ++i)) {
    // Nanoseconds are the finest any format writes; further digits change nothing.
    if (denominator < 1e9) {
      numerator = numerator * 10 + d;
      denominator *= 10;
    }
  }
  spans.secondOfDay += numerator / denominator;
  return i;
}

/** Reads ` host program[pid]: ` from `at` (the space after the time). */
function hostAndProgram(line: string, at: number, spans: HeaderSpans): boolean {
  if (line.charCodeAt(at) !== SPACE) return false;
  spans.hostStart = at + 1;
  // The host may be empty (`00:21:33  dovecot: `, a syslog daemon that knows no hostname).
  const hostEnd = line.indexOf(' ', spans.hostStart);
  if (hostEnd < 0) return false;
  const programStart = hostEnd + 1;
  let i = programStart;
  const n = line.length;
  let c = 0;
  while (i < n && (c = line.charCodeAt(i)) !== OPEN_BRACKET && c !== COLON && c !== SPACE && c !== CLOSE_BRACKET) i++;
  if (i === programStart || i >= n) return false;
  if (c === SPACE && line.startsWith(REPEATED, programStart)) {
    // syslogd's own `host last message repeated 3 times`: a message without a program.
    spans.programStart = spans.programEnd = spans.bodyStart = programStart;
    spans.pid = -1;
    return true;
  }
  spans.programStart = programStart;
  spans.programEnd = i;
  spans.pid = -1;
  if (c === OPEN_BRACKET) {
    let pid = 0;
    let d = 0;
    i++;
    const first = i;
    while ((d = digit(line, i)) >= 0 && pid <= MAX_PID) {
      pid = pid * 10 + d;
      i++;
    }
    if (i === first || pid > MAX_PID || line.charCodeAt(i) !== CLOSE_BRACKET) return false;
    spans.pid = pid;
    i++;
    c = line.charCodeAt(i);
  }
  if (c !== COLON) return false;
  i++;
  if (line.charCodeAt(i) === SPACE) i++;
  spans.bodyStart = i;
  return true;
}

/**
 * RFC 3164 `Aug 19 05:49:42` at `s` (day space- or zero-padded, as syslog and Postfix's own
 * `maillog_file` write it), with the fraction of `journalctl -o short-precise`.
 */
function bsd(line: string, s: number, spans: HeaderSpans): boolean {
  const month = monthOf(line.charCodeAt(s), line.charCodeAt(s + 1), line.charCodeAt(s + 2));
  if (month === 0 || line.charCodeAt(s + 3) !== SPACE) return false;
  // Some syslog daemons write a one-digit day with a single space (`Jul 2 12:24:48`).
  const short = digit(line, s + 4) >= 0 && line.charCodeAt(s + 5) === SPACE ? 1 : 0;
  const d1 = short || line.charCodeAt(s + 4) === SPACE ? 0 : digit(line, s + 4);
  const d2 = digit(line, s + 5 - short);
  if (d1 < 0 || d2 < 0 || line.charCodeAt(s + 6 - short) !== SPACE) return false;
  const seconds = clock(line, s + 7 - short);
  if (seconds < 0) return false;
  spans.headerStart = s;
  spans.year = 0;
  spans.month = month;
  spans.day = d1 * 10 + d2;
  spans.secondOfDay = seconds;
  spans.utcOffset = NaN;
  let i = s + 15 - short;
  if (line.charCodeAt(i) === DOT) i = fraction(line, i, spans);
  return hostAndProgram(line, i, spans);
}

/**
 * RFC 3339 `2018-08-19T05:49:42.123456+00:00` at `s` (rsyslog, syslog-ng, `journalctl -o
 * short-iso-precise`), also with `journalctl -o short-iso`'s `+0000`. Returns the offset after
 * the timestamp, -1 when there is none.
 */
function isoTimestamp(line: string, s: number, spans: HeaderSpans): number {
  const t = line.charCodeAt(s + 10);
  if (line.charCodeAt(s + 4) !== DASH || line.charCodeAt(s + 7) !== DASH || (t !== 84 /* T */ && t !== SPACE)) return -1;
  const century = twoDigits(line, s);
  const yy = twoDigits(line, s + 2);
  const month = twoDigits(line, s + 5);
  const day = twoDigits(line, s + 8);
  const seconds = clock(line, s + 11);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31 || seconds < 0) return -1;
  spans.year = century * 100 + yy;
  spans.month = month;
  spans.day = day;
  spans.secondOfDay = seconds;
  spans.utcOffset = NaN;
  let i = s + 19;
  if (line.charCodeAt(i) === DOT) i = fraction(line, i, spans);
  const c = line.charCodeAt(i);
  if (c === 90 /* Z */) {
    spans.utcOffset = 0;
    i++;
  } else if (c === PLUS || c === DASH) {
    const hh = twoDigits(line, i + 1);
    const colon = line.charCodeAt(i + 3) === COLON ? 1 : 0;
    const mm = twoDigits(line, i + 3 + colon);
    if (hh < 0 || mm < 0) return -1;
    spans.utcOffset = (c === DASH ? -1 : 1) * (hh * 60 + mm);
    i += 5 + colon;
  }
  return i;
}

function iso(line: string, s: number, spans: HeaderSpans): boolean {
  const end = isoTimestamp(line, s, spans);
  if (end < 0) return false;
  spans.headerStart = s;
  return hostAndProgram(line, end, spans);
}

/** A header at `s`: BSD, ISO or NONE. */
function headerAt(line: string, s: number, spans: HeaderSpans): number {
  const c = line.charCodeAt(s);
  if (c >= 65 && c <= 90) return bsd(line, s, spans) ? BSD : NONE;
  if (c >= 48 && c <= 57) return iso(line, s, spans) ? ISO : NONE;
  return NONE;
}

/** Skips ANSI colour sequences (`ESC [ 36 m`), as `docker compose logs` writes around its prefix. */
function skipColour(line: string, i: number): number {
  while (line.charCodeAt(i) === ESC && line.charCodeAt(i + 1) === OPEN_BRACKET) {
    let j = i + 2;
    let c = line.charCodeAt(j);
    while ((c >= 48 && c <= 57) || c === 59 /* ; */) c = line.charCodeAt(++j);
    if (c !== 109 /* m */) return i;
    i = j + 1;
  }
  return i;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c === DASH || c === DOT;
}

/**
 * The offset after one prefix a container runtime or collector put in front of the syslog
 * line at `s`, -1 when there is none:
 * - `docker compose logs`: `mail_1  | `, `postfix-1  | ` (name padded with spaces, maybe coloured);
 * - `docker logs --timestamps`, `kubectl logs --timestamps`: `2018-08-19T05:49:42.123456789Z `,
 *   and the CRI log files of Kubernetes nodes: `2018-08-19T05:49:42.123456789Z stdout F `;
 * - a raw RFC 3164 priority, as a network capture shows it: `<22>`.
 */
function skipPrefix(line: string, s: number, spans: HeaderSpans): number {
  const c = line.charCodeAt(s);
  if (c >= 48 && c <= 57) {
    const end = isoTimestamp(line, s, spans);
    if (end > 0 && line.charCodeAt(end) === SPACE) {
      let i = end + 1;
      // CRI: `stdout F ` / `stderr P `
      if (line.charCodeAt(i) === 115 /* s */ && line.charCodeAt(i + 6) === SPACE && line.charCodeAt(i + 8) === SPACE && line.startsWith('std', i)) i += 9;
      return i;
    }
  } else if (c === 60 /* < */) {
    let i = s + 1;
    while (i < s + 4 && digit(line, i) >= 0) i++;
    // `<22>1 ` is RFC 5424, which the regexes of syslogHeader.ts read.
    if (i === s + 1 || line.charCodeAt(i) !== 62 /* > */ || digit(line, i + 1) >= 0) return -1;
    return i + 1;
  }
  let i = skipColour(line, s);
  const nameStart = i;
  const limit = Math.min(line.length, i + MAX_PREFIX_NAME);
  while (i < limit && isNameChar(line.charCodeAt(i))) i++;
  if (i === nameStart || line.charCodeAt(i) !== SPACE) return -1;
  const padding = Math.min(line.length, i + MAX_PREFIX_NAME);
  while (i < padding && line.charCodeAt(i) === SPACE) i++;
  i = skipColour(line, i);
  if (line.charCodeAt(i) !== PIPE) return -1;
  i = skipColour(line, i + 1);
  if (line.charCodeAt(i) !== SPACE) return -1;
  return skipColour(line, i + 1);
}

export const NONE = 0;
export const BSD = 1;
export const ISO = 2;

/**
 * Fills `spans` from the common formats, after any prefixes of container runtimes: BSD
 * (RFC 3164), ISO (RFC 3339), or NONE (0). Lines that start with their header take the first
 * branch and nothing else; on NONE, `spans.headerStart` is where a header would have started
 * after the prefixes, for the regexes of the rarer formats.
 */
export function scanCommonHeader(line: string, spans: HeaderSpans): number {
  spans.headerStart = 0;
  if (line.length < 20) return NONE;
  const found = headerAt(line, 0, spans);
  if (found !== NONE) return nested(line, spans, found);
  let s = 0;
  for (let layer = 0; layer < MAX_PREFIXES; layer++) {
    const next = skipPrefix(line, s, spans);
    if (next <= s) break;
    s = next;
    const inner = headerAt(line, s, spans);
    if (inner !== NONE) return nested(line, spans, inner);
  }
  spans.headerStart = s;
  return NONE;
}

const innerSpans = newHeaderSpans();

/**
 * A header whose message is another header, as a container's syslog relayed through the host's
 * journal writes it (`... postfix_container[468]: Aug 23 00:02:02 example postfix/smtpd[82]: `):
 * the inner one is the real one. Costs two character tests for nearly every line.
 */
function nested(line: string, spans: HeaderSpans, found: number): number {
  const at = spans.bodyStart;
  const c = line.charCodeAt(at);
  const b = line.charCodeAt(at + 1);
  // `Aug` (a capital, then lower case) or `2023-` (a digit, a dash four on): a queue ID is neither.
  const month = c >= 65 && c <= 90 && b >= 97 && b <= 122;
  const year = c >= 48 && c <= 57 && line.charCodeAt(at + 4) === DASH;
  if (!month && !year) return found;
  const inner = headerAt(line, at, innerSpans);
  if (inner === NONE) return found;
  if (innerSpans.year === 0 && spans.year !== 0) innerSpans.year = spans.year;
  Object.assign(spans, innerSpans);
  return inner;
}

/** Milliseconds since the epoch of the spans' time, with a year for formats without one. */
export function spansTime(spans: HeaderSpans, year: number): number {
  const midnight = utcMidnight(spans.year || year, spans.month, spans.day);
  const offset = Number.isNaN(spans.utcOffset) ? 0 : spans.utcOffset;
  return midnight + Math.round(spans.secondOfDay * 1000) - offset * 60_000;
}

// Date.UTC is a sixth of the cost of parsing a line; a log's lines mostly share their day.
let cachedDay = -1;
let cachedMidnight = NaN;

function utcMidnight(year: number, month: number, day: number): number {
  const key = year * 10_000 + month * 100 + day; // month and day have at most two digits
  if (key !== cachedDay) {
    cachedDay = key;
    cachedMidnight = Date.UTC(year, month - 1, day);
  }
  return cachedMidnight;
}
