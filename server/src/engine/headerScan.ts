// The hot path of opening a log: reads a syslog header with charCodeAt and no allocation,
// for the two formats nearly every maillog uses (RFC 3164 and RFC 3339). Other formats fall
// back to the regexes of syslogHeader.ts.

/** Where the parts of a header are, and its time; reused between lines to avoid garbage. */
export interface HeaderSpans {
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
  return { hostStart: 0, programStart: 0, programEnd: 0, pid: -1, bodyStart: 0, year: 0, month: 0, day: 0, secondOfDay: 0, utcOffset: NaN };
}

const SPACE = 32;
const COLON = 58;
const DASH = 45;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

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

/** Digits after a '.', as a fraction; returns the offset after them through `end`. */
function fraction(line: string, at: number, spans: HeaderSpans): number {
  let i = at + 1;
  let scale = 0.1;
  for (let d = digit(line, i); d >= 0; d = digit(line, ++i)) {
    spans.secondOfDay += d * scale;
    scale /= 10;
  }
  return i;
}

/** Reads ` host program[pid]: ` from `at` (the space after the time). */
function hostAndProgram(line: string, at: number, spans: HeaderSpans): boolean {
  if (line.charCodeAt(at) !== SPACE) return false;
  spans.hostStart = at + 1;
  const hostEnd = line.indexOf(' ', spans.hostStart);
  if (hostEnd <= spans.hostStart) return false;
  const programStart = hostEnd + 1;
  let i = programStart;
  const n = line.length;
  let c = 0;
  while (i < n && (c = line.charCodeAt(i)) !== OPEN_BRACKET && c !== COLON && c !== SPACE && c !== CLOSE_BRACKET) i++;
  if (i === programStart || i >= n) return false;
  spans.programStart = programStart;
  spans.programEnd = i;
  spans.pid = -1;
  if (c === OPEN_BRACKET) {
    let pid = 0;
    let d = 0;
    i++;
    const first = i;
    while ((d = digit(line, i)) >= 0) {
      pid = pid * 10 + d;
      i++;
    }
    if (i === first || line.charCodeAt(i) !== CLOSE_BRACKET) return false;
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

/** RFC 3164 `Aug 19 05:49:42` (day space- or zero-padded). */
function bsd(line: string, spans: HeaderSpans): boolean {
  const month = monthOf(line.charCodeAt(0), line.charCodeAt(1), line.charCodeAt(2));
  if (month === 0 || line.charCodeAt(3) !== SPACE) return false;
  const d1 = line.charCodeAt(4) === SPACE ? 0 : digit(line, 4);
  const d2 = digit(line, 5);
  if (d1 < 0 || d2 < 0 || line.charCodeAt(6) !== SPACE) return false;
  const seconds = clock(line, 7);
  if (seconds < 0) return false;
  spans.year = 0;
  spans.month = month;
  spans.day = d1 * 10 + d2;
  spans.secondOfDay = seconds;
  spans.utcOffset = NaN;
  let i = 15;
  if (line.charCodeAt(i) === 46) i = fraction(line, i, spans);
  return hostAndProgram(line, i, spans);
}

/** RFC 3339 `2018-08-19T05:49:42.123456+00:00`, also `-o short-iso`'s `+0000`. */
function iso(line: string, spans: HeaderSpans): boolean {
  if (line.charCodeAt(4) !== DASH || line.charCodeAt(7) !== DASH || line.charCodeAt(10) !== 84 /* T */) return false;
  const century = twoDigits(line, 0);
  const yy = twoDigits(line, 2);
  const month = twoDigits(line, 5);
  const day = twoDigits(line, 8);
  const seconds = clock(line, 11);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || seconds < 0) return false;
  spans.year = century * 100 + yy;
  spans.month = month;
  spans.day = day;
  spans.secondOfDay = seconds;
  spans.utcOffset = NaN;
  let i = 19;
  if (line.charCodeAt(i) === 46) i = fraction(line, i, spans);
  const c = line.charCodeAt(i);
  if (c === 90 /* Z */) {
    spans.utcOffset = 0;
    i++;
  } else if (c === 43 || c === DASH) {
    const hh = twoDigits(line, i + 1);
    const colon = line.charCodeAt(i + 3) === COLON ? 1 : 0;
    const mm = twoDigits(line, i + 3 + colon);
    if (hh < 0 || mm < 0) return false;
    spans.utcOffset = (c === DASH ? -1 : 1) * (hh * 60 + mm);
    i += 5 + colon;
  }
  return hostAndProgram(line, i, spans);
}

/** Fills `spans` from the common formats; false when the line is in neither. */
export function scanCommonHeader(line: string, spans: HeaderSpans): boolean {
  if (line.length < 20) return false;
  const first = line.charCodeAt(0);
  if (first >= 65 && first <= 90) return bsd(line, spans);
  if (first >= 48 && first <= 57) return iso(line, spans);
  return false;
}

/** Milliseconds since the epoch of the spans' time, with a year for formats without one. */
export function spansTime(spans: HeaderSpans, year: number): number {
  const midnight = Date.UTC(spans.year || year, spans.month - 1, spans.day);
  const offset = Number.isNaN(spans.utcOffset) ? 0 : spans.utcOffset;
  return midnight + Math.round(spans.secondOfDay * 1000) - offset * 60_000;
}
