// Fields of a log line: each a name, a value and where the value sits in the line, so a hover
// can tell which field the cursor is on.

export interface Field {
  /** Postfix's own key with '-' turned into '_' (`message-id` -> `message_id`). */
  readonly name: string;
  readonly value: string;
  /** Offsets of the value in the line (for `<addr>` values, without the angle brackets). */
  readonly start: number;
  readonly end: number;
  /** Offset of the key, when the line spells one out (`to=`); equals start otherwise. */
  readonly keyStart: number;
}

/** [A-Za-z0-9_-] */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * Scans Postfix's `key=value, key=value` message syntax, linearly and without regexes that
 * could backtrack on a 1 MB line. `status=sent (reason)` yields `status` and `reason`;
 * a trailing `(queue active)` yields `queue_state`.
 */
export function scanKeyValues(line: string, from: number): Field[] {
  const fields: Field[] = [];
  let i = from;
  const n = line.length;
  // Where the next ` (`, `)` and `(` are; each searched again only once passed, so the scan stays linear.
  const parenAfter = nextOf(line, ' (');
  const closeAfter = nextOf(line, ')');
  const openAfter = nextOf(line, '(');
  while (i < n) {
    // Find the next `key=`.
    const keyStart = i;
    while (i < n && isKeyChar(line.charCodeAt(i))) i++;
    if (i === keyStart || line[i] !== '=') {
      // Not a key: skip to the next `, ` or space and try again.
      if (line.charCodeAt(keyStart) === 40 /* ( */) {
        const close = closeAfter(keyStart + 1);
        // `(queue active)` ends the line; a `(comment)` before more fields is skipped whole.
        if (close === n - 1) {
          trailingParenthesis(line, keyStart, fields);
          return fields;
        }
        if (close !== Infinity) {
          i = close + 1;
          while (line[i] === ',' || line[i] === ' ') i++;
          continue;
        }
      }
      // A word that ended at a space: the next key may start right after it.
      const next = line.charCodeAt(i) === 32 ? i : line.indexOf(' ', i + 1);
      if (next < 0) break;
      i = next + 1;
      continue;
    }
    const key = line.slice(keyStart, i);
    const name = key.includes('-') ? key.replace(/-/g, '_') : key;
    i++; // '='
    let start = i;
    let end: number;
    if (line[i] === '<') {
      const close = line.indexOf('>', i);
      start = i + 1;
      end = close < 0 ? n : close;
      i = close < 0 ? n : close + 1;
    } else {
      end = valueEnd(line, i, parenAfter(i));
      // A comment inside a value, followed by more fields (Sendmail's `ctladdr=root (0/0), delay=`):
      // part of the value, not a note that runs to the end of the line.
      const close = name === 'status' || name === 'action' || name === 'stat' ? -1 : commentEnd(line, end, closeAfter, openAfter);
      if (close > 0) end = close;
      i = end;
    }
    fields.push({ name, value: line.slice(start, end), start, end, keyStart });
    if (name === 'status' || name === 'action' || name === 'stat') {
      // `status=sent (250 2.0.0 Ok)`: everything in the parentheses is the reason, to the end.
      if (line[i] === ' ' && line[i + 1] === '(') {
        const close = line.endsWith(')') ? n - 1 : n;
        fields.push({ name: 'reason', value: line.slice(i + 2, close), start: i + 2, end: close, keyStart: i + 2 });
        return fields;
      }
    }
    // Skip the separator.
    if (line[i] === ',') i++;
    while (line[i] === ' ') i++;
  }
  return fields;
}

/** A cursor to the next `text` at or after a position (Infinity: none), for positions that only grow. */
function nextOf(line: string, text: string): (at: number) => number {
  let found = -1;
  return (at) => {
    if (found !== Infinity && found < at) {
      const next = line.indexOf(text, at);
      found = next < 0 ? Infinity : next;
    }
    return found;
  };
}

/**
 * A value ends where the next key starts (after `, ` or, as in `proto=ESMTP helo=<h>`, after a
 * space), at ` (` (`paren`), or at the end of the line.
 */
function valueEnd(line: string, from: number, paren: number): number {
  let i = from;
  for (;;) {
    const space = line.indexOf(' ', i);
    if (paren !== Infinity && (space < 0 || paren <= space)) return paren;
    if (space < 0) return line.length;
    let k = space + 1;
    while (k < line.length && isKeyChar(line.charCodeAt(k))) k++;
    if (line[k] === '=' && k > space + 1) return line[space - 1] === ',' ? space - 1 : space;
    i = space + 1;
  }
}

/**
 * The end of ` (comment)` at `at` when it belongs to the value before it; -1 otherwise.
 * Only the first `)` closes it; the next `)` and `(` are found by cursors that only move forward.
 */
function commentEnd(line: string, at: number, closeAfter: (at: number) => number, openAfter: (at: number) => number): number {
  if (line.charCodeAt(at) !== 32 || line.charCodeAt(at + 1) !== 40 /* ( */) return -1;
  const close = closeAfter(at + 2);
  if (close === Infinity || openAfter(at + 2) < close) return -1;
  // Before more fields, or ending the line (Sendmail's `reject=451 4.7.1 Try again (later)`),
  // except qmgr's `nrcpt=1 (queue active)`.
  const last = close === line.length - 1;
  if (line.charCodeAt(close + 1) !== 44 /* , */ && !(last && !line.startsWith('queue ', at + 2))) return -1;
  return close + 1;
}

/** `(queue active)` at the end of a qmgr line. */
function trailingParenthesis(line: string, at: number, fields: Field[]): void {
  const inner = line.slice(at + 1, line.length - 1);
  const name = inner.startsWith('queue ') ? 'queue_state' : 'note';
  const value = name === 'queue_state' ? inner.slice(6) : inner;
  fields.push({ name, value, start: line.length - 1 - value.length, end: line.length - 1, keyStart: at + 1 });
}
