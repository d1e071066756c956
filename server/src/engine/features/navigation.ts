import type { MaillogDocument, Position, Range } from '../model/document';
import { forEachLine, type QueueMessage } from '../model/journeys';
import { isQueueId } from '../model/queueId';

export interface QueueIdAt {
  readonly id: string;
  readonly range: Range;
}

const WORD = /[0-9A-Za-z]/;

/**
 * The queue ID under the cursor: the line's own ID, or any word the index knows as a queue ID
 * (`queued as 01373222F7`, amavis `queued_as: 01373222F7`, a bounce notice's new ID).
 */
export function queueIdAt(document: MaillogDocument, position: Position): QueueIdAt | undefined {
  const candidate = candidateAt(document, position);
  if (!candidate) return undefined;
  const { word, start, end, own } = candidate;
  // Only words shaped like a queue ID need the journey index (built on first use) to check.
  if (!own && document.journeys.messagesWithId(word).length === 0) return undefined;
  return { id: word, range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
}

/**
 * Whether the cursor is on the line's own queue ID or a word shaped like one: only then does a
 * hover need the journey index, so any other hover is answered while the index is being built.
 */
export function mayBeQueueIdAt(document: MaillogDocument, position: Position): boolean {
  return candidateAt(document, position) !== undefined;
}

/** The word under the cursor when it is the line's own queue ID or shaped like a queue ID. */
function candidateAt(document: MaillogDocument, position: Position): { word: string; start: number; end: number; own: boolean } | undefined {
  if (position.line < 0 || position.line >= document.lineCount) return undefined;
  const text = document.text(position.line);
  let start = Math.max(0, Math.min(position.character, text.length));
  let end = start;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  while (end < text.length && WORD.test(text[end])) end++;
  if (start === end || end - start > 64) return undefined;
  // `[192.0.2.1]:36898`: a port, however much it looks like a short queue ID.
  if (start >= 2 && text[start - 1] === ':' && text[start - 2] === ']') return undefined;
  const word = text.slice(start, end);
  const parsed = document.parsed(position.line);
  const own = parsed.queueId === word && parsed.queueIdStart === start;
  return own || isQueueId(word) ? { word, start, end, own } : undefined;
}

/** The message a queue ID on a line means (IDs are reused: the one alive at that line). */
export function messageAt(document: MaillogDocument, position: Position): QueueMessage | undefined {
  const at = queueIdAt(document, position);
  return at && document.journeys.resolve(at.id, position.line);
}

/** Go to definition: the birth line of the message, with the queue ID selected. */
export function definition(document: MaillogDocument, position: Position): Range | undefined {
  const message = messageAt(document, position);
  return message && occurrence(document, message.birthLine, message.queueId);
}

/** Every line that carries the message's queue ID, its own lines and the lines that name it (not its session's). */
export function references(document: MaillogDocument, position: Position): Range[] {
  const message = messageAt(document, position);
  if (!message) return [];
  const seen = new Set<number>();
  forEachLine([message], false, (line) => seen.add(line));
  const ranges: Range[] = [];
  for (const line of [...seen].sort((a, b) => a - b)) {
    const range = occurrence(document, line, message.queueId);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** The first whole-word occurrence of a queue ID on a line. */
function occurrence(document: MaillogDocument, line: number, queueId: string): Range | undefined {
  const text = document.text(line);
  for (let at = text.indexOf(queueId); at >= 0; at = text.indexOf(queueId, at + 1)) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + queueId.length] ?? '';
    if (!WORD.test(before) && !WORD.test(after)) {
      return { start: { line, character: at }, end: { line, character: at + queueId.length } };
    }
  }
  return undefined;
}
