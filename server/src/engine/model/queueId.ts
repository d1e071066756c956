// Postfix queue IDs: short hex IDs (the default) and long IDs (postconf(5) enable_long_queue_ids:
// base-52 time and microseconds, a 'z', then the inode number), plus the NOQUEUE placeholder
// that smtpd logs for mail it rejected before a queue file existed.

const SHORT = '[0-9A-F]{5,}';
// Postfix's mail_queue.h: the time is in base 52 (digits and consonants), the inode in base 51,
// the same without the 'z' that separates them; so the separator is the last 'z'.
const TIME_CHAR = '0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z';
const INODE_CHAR = '0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y';
const LONG = `[${TIME_CHAR}]{10,}z[${INODE_CHAR}]+`;

export const NOQUEUE = 'NOQUEUE';

/** Exported for the test that proves each regex over log text matches in linear time. */
export const QUEUE_ID_PATTERN = new RegExp(`^(?:${SHORT}|${LONG})$`);

/** A queue ID as the whole string. */
export function isQueueId(text: string): boolean {
  return QUEUE_ID_PATTERN.test(text);
}

const COLON = 58;
/** Below this length a hex queue ID without a digit is taken for a word. */
const MIN_LETTERS_ONLY = 8;
const SPACE = 32;

/**
 * Length of the queue ID (or NOQUEUE) that starts the message body at `at`, followed by
 * `: `; 0 when there is none. Scans char codes: this runs once per line of every log.
 */
export function queueIdLength(line: string, at: number): number {
  let i = at;
  let hexOnly = true;
  let digits = 0;
  const limit = Math.min(line.length, at + 40);
  for (; i < limit; i++) {
    const c = line.charCodeAt(i);
    if (c === COLON) break;
    const digit = c >= 48 && c <= 57;
    if (digit) digits++;
    const upperHex = digit || (c >= 65 && c <= 70);
    if (!upperHex) {
      hexOnly = false;
      const alnum = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!alnum) return 0;
    }
  }
  const length = i - at;
  if (i >= limit || line.charCodeAt(i + 1) !== SPACE || length < 5) return 0;
  // A short word of the letters A-F (`ADDED: `, `FACADE: ` in a companion's message) is no queue
  // ID: Postfix's are five hex digits of microseconds and the inode number in hex, so one under
  // eight characters is rare, and one without a digit too.
  if (hexOnly) return digits === 0 && length < MIN_LETTERS_ONLY ? 0 : length;
  const word = line.slice(at, i);
  return word === NOQUEUE || QUEUE_ID_PATTERN.test(word) ? length : 0;
}

/** Whether a line's message is keyed by a real queue file (NOQUEUE is not one). */
export function isRealQueueId(id: string | undefined): id is string {
  return id !== undefined && id !== NOQUEUE;
}
