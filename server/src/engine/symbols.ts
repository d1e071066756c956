import type { MaillogDocument, Range } from './document';
import { traces } from './trace';
import { statusText } from './strings';
import { inertText } from './inert';
import type { Locale } from './i18n';

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
  return traces(document, locale, { withoutEvents: true }).traces.map((trace) => {
    const to = trace.recipients.map((r) => r.address).join(', ') || '?';
    const from = trace.from === undefined ? '?' : trace.from || '<>';
    const status = statusText(locale, trace.status);
    const lastText = document.text(trace.lastLine);
    return {
      name: trace.queueIds.join(' → '),
      detail: inertText(`${from} → ${to}, ${status}`, 200),
      range: { start: { line: trace.lines[0] ?? trace.firstLine, character: 0 }, end: { line: trace.lastLine, character: lastText.length } },
      selectionRange: { start: { line: trace.firstLine, character: 0 }, end: { line: trace.firstLine, character: document.text(trace.firstLine).length } },
    };
  });
}
