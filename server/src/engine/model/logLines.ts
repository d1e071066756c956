// A log file's lines as the large-file reader, its parse workers and `cli.js parse` all cut them:
// at LF, a CR before it dropped, each cut at LONGEST_LINE bytes; a last line without its newline
// is a line. One definition, so that rows parsed in a worker are the rows of the lines read here.

/**
 * Lines longer than this are cut: the index, the display and the CLI see only their first
 * 64 KiB (the part of a line the parser scans for fields), so an endless line costs no memory.
 */
export const LONGEST_LINE = 1 << 16;

/** Where the line that starts at `at` ends: its newline, or the end of `bytes`. */
export function logLineEnd(bytes: Buffer, at: number): number {
  const newline = bytes.indexOf(10, at);
  return newline < 0 ? bytes.length : newline;
}

/** The bytes of the line `at`..`end` that are kept: its first LONGEST_LINE. */
export function logLineBytes(bytes: Buffer, at: number, end: number): Buffer {
  return bytes.subarray(at, Math.min(end, at + LONGEST_LINE));
}

/** A line's text: its kept bytes as UTF-8, without the CR of a CRLF. */
export function logLineText(line: Buffer): string {
  return line.toString('utf8').replace(/\r$/, '');
}

/** How many lines `bytes` holds: its newlines, and one more for a last line without its own. */
export function logLineCount(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? count + 1 : count;
}
