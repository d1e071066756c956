// The top lists of the Summary (senders, recipients and their domains): counted per name, then
// the first TOP_COUNT by messages and by bytes, each row with a Mail Traces filter where one fits.
import type { MailSummary, TopEntry, TopList } from './summaryTypes';
import { inertText } from '../text/inert';

/** Rows of each top list. */
export const TOP_COUNT = 20;
/** Longest name shown (and used as a filter) in a row. */
export const NAME_LIMIT = 200;

/** A name's messages (or deliveries), bytes and deferrals, and the line it was first seen on. */
export interface Counter {
  count: number;
  bytes: number;
  deferred: number;
  first: number;
}

export function counter(table: Map<string, Counter>, name: string, line: number): Counter {
  let entry = table.get(name);
  if (!entry) {
    entry = { count: 0, bytes: 0, deferred: 0, first: line };
    table.set(name, entry);
  }
  return entry;
}

export function count(table: Map<string, Counter>, name: string, bytes: number, line: number): void {
  const entry = counter(table, name, line);
  entry.count++;
  entry.bytes += bytes;
}

/** One top list: by count and by bytes; `filter` gives the Mail Traces filter of a name, if any. */
function topList(table: Map<string, Counter>, filter: (name: string) => string | undefined, withDeferred = false): TopList {
  const entries = [...table].filter(([, c]) => c.count > 0);
  const row = ([name, c]: [string, Counter]): TopEntry => {
    const shown = inertText(name, NAME_LIMIT);
    const narrow = filter(name);
    return {
      name: shown,
      count: c.count,
      bytes: c.bytes,
      ...(withDeferred ? { deferred: c.deferred } : {}),
      lines: [c.first],
      ...(narrow !== undefined && narrow.length <= NAME_LIMIT ? { filter: narrow } : {}),
    };
  };
  const byName = (a: [string, Counter], b: [string, Counter]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const byCount = pick(entries, (a, b) => b[1].count - a[1].count || b[1].bytes - a[1].bytes || byName(a, b));
  const byBytes = pick(entries, (a, b) => b[1].bytes - a[1].bytes || b[1].count - a[1].count || byName(a, b));
  return { byCount: byCount.map(row), byBytes: byBytes.map(row), distinct: entries.length };
}

/** The first TOP_COUNT in order, without sorting everything when there are many. */
function pick<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  if (items.length <= TOP_COUNT * 4) return [...items].sort(compare).slice(0, TOP_COUNT);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === TOP_COUNT && compare(item, best[TOP_COUNT - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && compare(item, best[i - 1]) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > TOP_COUNT) best.pop();
  }
  return best;
}

/** The four top lists, each with the Mail Traces filter that fits its names. */
export function topLists(tables: {
  readonly senders: Map<string, Counter>;
  readonly recipients: Map<string, Counter>;
  readonly sendingDomains: Map<string, Counter>;
  readonly recipientDomains: Map<string, Counter>;
}): MailSummary['top'] {
  return {
    senders: topList(tables.senders, (name) => (name === '<>' ? undefined : name)),
    recipients: topList(tables.recipients, (name) => name),
    sendingDomains: topList(tables.sendingDomains, (name) => (name.includes('@') || /^[\d.:]+$/.test(name) ? undefined : `@${name}`)),
    recipientDomains: topList(tables.recipientDomains, (name) => `@${name}`, true),
  };
}
