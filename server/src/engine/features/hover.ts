import type { MaillogDocument, Position, Range } from '../model/document';
import { lineDetails } from '../model/parse';
import type { Locale } from '../text/i18n';
import { escapeMarkdown } from '../text/inert';
import { explainField } from '../text/fieldInfo';
import type { Field } from '../text/fields';
import { mayBeQueueIdAt, queueIdAt } from './navigation';
import { describeMessage, mentionsNextQueueId, queuedAsNote } from './queueIdHover';
import { explainLine } from '../text/explain';

export interface HoverResult {
  readonly range: Range;
  /** Markdown in which every piece of log text is escaped; never to be marked trusted. */
  readonly markdown: string;
}

/** Explains the line under the cursor, and first the field or queue ID the cursor is on. */
export function hover(document: MaillogDocument, position: Position, locale: Locale): HoverResult | undefined {
  if (position.line < 0 || position.line >= document.lineCount) return undefined;
  const lineText = document.text(position.line);
  const details = lineDetails(lineText, document.parsed(position.line));
  const sections: string[] = [];
  let range: Range = { start: { line: position.line, character: 0 }, end: { line: position.line, character: lineText.length } };

  const queueId = queueIdAt(document, position);
  const field = queueId ? undefined : fieldAt(details.fields, position.character);
  if (queueId) {
    const message = document.journeys.resolve(queueId.id, position.line);
    if (message) sections.push(describeMessage(document, message, locale));
    range = queueId.range;
  } else if (field) {
    const lines = explainField(field, locale);
    if (lines.length > 0) {
      sections.push(`\`${field.name}\` = ${escapeMarkdown(field.value, 120)}\n\n${lines.join('\n')}`);
      range = { start: { line: position.line, character: field.keyStart }, end: { line: position.line, character: field.end } };
    }
  }
  const note = queuedAsNote(document, position.line, details.fields, locale);
  sections.push(note ? `${explainLine(details, locale)}\n\n${note}` : explainLine(details, locale));
  return { range, markdown: sections.join('\n\n---\n\n') };
}

/**
 * Whether the hover at `position` reads the journey index: on a queue ID, or on a line that
 * names the queue ID its mail went on under. Any other hover needs only its own line.
 */
export function hoverNeedsJourneys(document: MaillogDocument, position: Position): boolean {
  if (position.line < 0 || position.line >= document.lineCount) return false;
  if (mayBeQueueIdAt(document, position)) return true;
  return mentionsNextQueueId(lineDetails(document.text(position.line), document.parsed(position.line)).fields);
}

function fieldAt(fields: readonly Field[], character: number): Field | undefined {
  return fields.find((f) => f.keyStart <= character && character < Math.max(f.end, f.keyStart + 1));
}
