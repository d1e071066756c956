import type { MaillogDocument, Range } from '../model/document';
import { journeyOf, journeyOutline } from './journeyReports';
import { statusText, text as t } from '../text/strings';
import { inertText } from '../text/inert';
import type { Locale } from '../text/i18n';

export interface JourneySymbol {
  /** Queue IDs of the hops: `974C6222F6 → 01373222F7`. */
  readonly name: string;
  /** `sender → recipients, status`. */
  readonly detail: string;
  readonly range: Range;
  readonly selectionRange: Range;
}

/** One outline entry per journey, spanning its first to its last line. */
export function journeySymbols(document: MaillogDocument, locale: Locale): JourneySymbol[] {
  return document.journeys.journeyRoots().map((root) => {
    const journey = journeyOutline(journeyOf(root));
    const to = listed(journey.recipients.map((r) => r.address), ', ', locale) || '?';
    const from = journey.from === undefined ? '?' : journey.from || '<>';
    const status = statusText(locale, journey.status);
    return {
      name: listed(journey.queueIds, ' → ', locale),
      detail: inertText(`${from} → ${to}, ${status}`, 200),
      range: { start: { line: journey.startLine, character: 0 }, end: { line: journey.endLine, character: document.text(journey.endLine).length } },
      selectionRange: { start: { line: journey.firstLine, character: 0 }, end: { line: journey.firstLine, character: document.text(journey.firstLine).length } },
    };
  });
}

/** Items an outline entry names: a journey may have thousands of hops or recipients. */
const OUTLINE_LIST_LIMIT = 10;

function listed(items: readonly string[], separator: string, locale: Locale): string {
  if (items.length <= OUTLINE_LIST_LIMIT) return items.join(separator);
  return `${items.slice(0, OUTLINE_LIST_LIMIT).join(separator)} ${t(locale, 'andMore', { count: items.length - OUTLINE_LIST_LIMIT })}`;
}
