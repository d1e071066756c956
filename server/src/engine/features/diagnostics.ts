import type { MaillogDocument, Range } from '../model/document';
import { CATALOG, type Outcome } from '../catalog';
import { lineDetails } from '../model/parse';
import { summarizeLine } from '../text/explain';
import { inertText } from '../text/inert';
import type { Locale } from '../text/i18n';

export type ProblemCategory = 'deferred' | 'bounced' | 'expired' | 'rejected' | 'warning' | 'error';

export interface Problem {
  readonly range: Range;
  readonly severity: 'warning' | 'error';
  readonly category: ProblemCategory;
  readonly kind: string;
  /** Plain text, inert. */
  readonly message: string;
}

export interface ProblemOptions {
  /** Categories to report; all when undefined. */
  readonly categories?: ReadonlySet<ProblemCategory>;
  /** Stop after this many (editors slow down with tens of thousands). */
  readonly limit?: number;
}

const OUTCOME_CATEGORY: Partial<Record<Outcome, ProblemCategory>> = {
  deferred: 'deferred', bounced: 'bounced', expired: 'expired', rejected: 'rejected',
};

/** Deferred, bounced, expired and rejected deliveries, and warning/error/fatal/panic lines. */
export function problems(document: MaillogDocument, locale: Locale, options: ProblemOptions = {}): Problem[] {
  const limit = options.limit ?? 1000;
  const out: Problem[] = [];
  for (let line = 0; line < document.lineCount && out.length < limit; line++) {
    const entryIndex = document.entryOf(line);
    if (entryIndex < 0) continue;
    const entry = CATALOG[entryIndex];
    const category = (entry.outcome && OUTCOME_CATEGORY[entry.outcome]) ?? entry.severity;
    if (!category || (options.categories && !options.categories.has(category))) continue;
    const text = document.text(line);
    const details = lineDetails(text, document.parsed(line));
    out.push({
      range: { start: { line, character: 0 }, end: { line, character: text.length } },
      severity: entry.severity === 'error' ? 'error' : 'warning',
      category,
      kind: entry.kind,
      message: inertText(summarizeLine(details, locale), 500),
    });
  }
  return out;
}
