import type { IndexedLog } from '../model/lineSource';
import { forEachLine, journeyRoot, type JourneyIndex, type QueueMessage } from '../model/journeys';
import { lineDetails } from '../model/parse';
import { summarizeLine } from '../text/explain';
import { inertText } from '../text/inert';
import { toIsoTime } from '../model/time';
import type { Locale } from '../text/i18n';

export type JourneyStatus = 'sent' | 'deferred' | 'bounced' | 'expired' | 'rejected' | 'discarded' | 'held' | 'active' | 'removed';

export interface JourneyRecipient {
  readonly address: string;
  readonly status: string;
  readonly dsn?: string;
  readonly relay?: string;
  /** 0-based line of the latest delivery attempt for this recipient. */
  readonly line: number;
}

export interface JourneyEvent {
  readonly line: number;
  readonly kind: string;
  /** One-line meaning, plain text made inert (no control or direction characters). */
  readonly summary: string;
}

/** One message's journey through the mail system, across content-filter hops. */
export interface Journey {
  /** Queue IDs of the hops in order; `NOQUEUE` for an attempt rejected before queueing. */
  readonly queueIds: string[];
  readonly from?: string;
  readonly messageId?: string;
  readonly recipients: JourneyRecipient[];
  readonly status: JourneyStatus;
  readonly start?: string;
  readonly end?: string;
  /** The birth line of the first hop. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Every line of the journey, 0-based, in order (only the first ones when `lineCount` is set). */
  readonly lines: number[];
  /** An event per line of `lines`. */
  readonly events: JourneyEvent[];
  /** How many lines (and events) the journey has, set when `lines` and `events` hold only the first ones (traceAt). */
  readonly lineCount?: number;
  /** How many recipients, set when `recipients` holds only the first ones. */
  readonly recipientCount?: number;
  /** How many hops, set when `queueIds` holds only the first ones. */
  readonly queueIdCount?: number;
}

/**
 * The most lines, recipients and hops one traceAt answer lists (the tree's page size): a journey
 * may have tens of thousands of each, which the index keeps and Copy Journey Lines gives in full.
 */
export const JOURNEY_LIST_LIMIT = 500;

export interface JourneyQuery {
  /** Case-insensitive substring of a queue ID, an address, the Message-ID, or an exact status. */
  readonly filter?: string;
  readonly offset?: number;
  readonly limit?: number;
  /** Leave out `events` (the tree loads them when a node is expanded). */
  readonly withoutEvents?: boolean;
}

export interface JourneyPage {
  readonly traces: Journey[];
  /** Journeys matching the filter, before offset and limit. */
  readonly total: number;
}

/** The hops of the journey a message belongs to, in order: root first, then breadth-first. */
export function journeyOf(message: QueueMessage): QueueMessage[] {
  const root = journeyRoot(message);
  const hops: QueueMessage[] = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const hop = queue[head];
    // A `queued as ID` from a remote server names a queue this log never shows: not a hop here.
    if (hop === root || hop.ownLineCount > 0) hops.push(hop);
    for (const next of hop.next) queue.push(next);
  }
  return hops;
}

export function journeyPage(document: IndexedLog, locale: Locale, query: JourneyQuery = {}): JourneyPage {
  const roots = document.journeys.journeyRoots();
  const filter = query.filter?.trim().toLowerCase();
  const matching = filter ? roots.filter((root) => journeyMatches(journeyOf(root), filter)) : roots;
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? matching.length);
  const page = matching.slice(offset, offset + limit).map((root) => buildJourney(document, journeyOf(root), locale, !query.withoutEvents));
  return { traces: page, total: matching.length };
}

/** The journey that contains a line, if any; with `limit`, its lists cut to their first ones (see Journey). */
export function journeyAtLine(document: IndexedLog, line: number, locale: Locale, limit = Infinity): Journey | undefined {
  const hops = hopsAtLine(document, line);
  return hops && buildJourney(document, hops, locale, true, limit);
}

/** The hops of the journey that contains a line, if any. */
export function hopsAtLine(document: IndexedLog, line: number): QueueMessage[] | undefined {
  // Most lines carry their queue ID: go straight to its message. Others (sessions, filters) are searched for.
  const queueId = document.parsed(line)?.queueId;
  const owner = queueId !== undefined && queueId !== 'NOQUEUE' ? document.journeys.resolve(queueId, line) : undefined;
  const holder = owner ?? document.journeys.messageOwning(line);
  return holder && journeyOf(holder);
}

/** A journey (`journeyOf`'s hops) as a Journey; with `limit`, lines, events, recipients and hops cut to their first ones. */
export function buildJourney(document: IndexedLog, hops: QueueMessage[], locale: Locale, withEvents: boolean, limit = Infinity): Journey {
  const { outline, lines, start, end, messageId } = journeyFacts(document, hops);
  const { queueIds, from, recipients, status, firstLine } = outline;
  const shownLines = firstOf(lines, limit);
  return {
    queueIds: firstOf(queueIds, limit),
    from,
    messageId,
    recipients: firstOf(recipients, limit),
    status,
    start,
    end,
    firstLine,
    lastLine: lines.length ? lines[lines.length - 1] : firstLine,
    lines: shownLines,
    events: withEvents ? shownLines.map((line) => event(document, line, locale)) : [],
    ...(lines.length > limit ? { lineCount: lines.length } : {}),
    ...(recipients.length > limit ? { recipientCount: recipients.length } : {}),
    ...(queueIds.length > limit ? { queueIdCount: queueIds.length } : {}),
  };
}

function firstOf<T>(list: T[], limit: number): T[] {
  return list.length > limit ? list.slice(0, limit) : list;
}

/** What a trace says of a journey before its events: its outline, sorted lines, times and Message-ID. */
export interface JourneyFacts {
  readonly outline: JourneyOutline;
  /** Every line, sorted, each once (see journeyLines). */
  readonly lines: number[];
  readonly start: string | undefined;
  readonly end: string | undefined;
  readonly messageId: string | undefined;
}

/** How many journeys keep their facts (per index, until it changes): the few a user is looking at. */
const FACTS_KEPT = 8;
const factsCaches = new WeakMap<JourneyIndex, { version: number; byRoot: Map<number, JourneyFacts> }>();

/**
 * A journey's facts (`hops` as journeyOf gives them). Reading them is a pass over every line and
 * delivery (80,000 for a message to a big list): the last journeys asked about keep them until the
 * index changes, so the hover, traceAt and Copy Journey Lines of one journey read it once.
 */
export function journeyFacts(document: IndexedLog, hops: readonly QueueMessage[]): JourneyFacts {
  const index = document.journeys;
  let cache = factsCaches.get(index);
  if (!cache || cache.version !== index.version) {
    cache = { version: index.version, byRoot: new Map() };
    factsCaches.set(index, cache);
  }
  const root = hops[0].serial;
  let facts = cache.byRoot.get(root);
  if (facts) cache.byRoot.delete(root); // moved to the end: the least recently used goes first
  else facts = readFacts(document, hops);
  cache.byRoot.set(root, facts);
  if (cache.byRoot.size > FACTS_KEPT) cache.byRoot.delete(cache.byRoot.keys().next().value as number);
  return facts;
}

function readFacts(document: IndexedLog, hops: readonly QueueMessage[]): JourneyFacts {
  const lines = journeyLines(hops);
  // A loop, not Math.min(...times): a message with 100k+ lines would overflow the argument stack.
  let earliest = Infinity;
  let latest = -Infinity;
  for (const line of lines) {
    const time = document.parsed(line).time;
    if (time < earliest) earliest = time;
    if (time > latest) latest = time;
  }
  return {
    outline: journeyOutline(hops),
    lines,
    start: earliest <= latest ? toIsoTime(earliest) : undefined,
    end: earliest <= latest ? toIsoTime(latest) : undefined,
    messageId: hops.find((h) => h.messageId !== undefined)?.messageId,
  };
}

export interface JourneyOutline {
  readonly queueIds: string[];
  readonly from: string | undefined;
  readonly recipients: JourneyRecipient[];
  readonly status: JourneyStatus;
  /** The birth line of the first hop. */
  readonly firstLine: number;
  /** The first and the last of all the journey's lines. */
  readonly startLine: number;
  readonly endLine: number;
}

/** What a journey is, without its times, events or sorted lines: cheap enough for every journey at once (the outline). */
export function journeyOutline(hops: readonly QueueMessage[]): JourneyOutline {
  const recipients = finalRecipients(hops);
  const firstLine = hops[0].birthLine;
  let startLine = firstLine;
  let endLine = firstLine;
  forEachLine(hops, true, (line) => {
    if (line < startLine) startLine = line;
    if (line > endLine) endLine = line;
  });
  return {
    queueIds: hops.map((h) => h.queueId),
    from: hops.find((h) => h.from !== undefined)?.from,
    recipients,
    status: journeyStatus(hops, recipients),
    firstLine,
    startLine,
    endLine,
  };
}

function event(document: IndexedLog, line: number, locale: Locale): JourneyEvent {
  const details = lineDetails(document.text(line), document.parsed(line));
  return { line, kind: details.entry?.kind ?? 'unknown', summary: inertText(summarizeLine(details, locale), 200) };
}

/** The text of a journey's lines, one per line. */
export function journeyText(log: IndexedLog, lines: readonly number[]): string {
  return lines.map((line) => log.text(line)).join('\n') + '\n';
}

/** A journey's lines (see forEachLine), sorted, each once. */
export function journeyLines(hops: readonly QueueMessage[]): number[] {
  const lines = new Set<number>();
  forEachLine(hops, true, (line) => lines.add(line));
  return [...lines].sort((a, b) => a - b);
}

/**
 * What became of each recipient: the latest attempt per address, leaving out hand-overs to the
 * next hop (a content filter, an alias forward), which are no final delivery even when the log
 * ends before that hop.
 */
export function finalRecipients(hops: readonly QueueMessage[]): JourneyRecipient[] {
  const latest = new Map<string, JourneyRecipient>();
  for (const hop of hops) {
    for (const d of hop.deliveries) {
      const key = `${hop.serial}\u0000${d.address}`;
      if (d.nextHop) {
        latest.delete(key); // an earlier attempt (deferred while the filter was down) is over too
        continue;
      }
      latest.set(key, { address: d.address, status: d.status, dsn: d.dsn, relay: d.relay, line: d.line });
    }
  }
  return [...latest.values()];
}

const SEVERITY_ORDER: JourneyStatus[] = ['rejected', 'discarded', 'bounced', 'expired', 'held', 'deferred'];

export function journeyStatus(hops: readonly QueueMessage[], recipients: readonly JourneyRecipient[]): JourneyStatus {
  const found = new Set<string>();
  for (const hop of hops) if (hop.outcome) found.add(hop.outcome);
  for (const r of recipients) found.add(r.status === 'reject' ? 'rejected' : r.status);
  // A delivery whose catalog entry knows better than its status word (the discard transport says `sent`).
  const finalLines = new Set(recipients.map((r) => r.line));
  for (const hop of hops) for (const d of hop.deliveries) if (d.outcome && d.outcome !== 'sent' && finalLines.has(d.line)) found.add(d.outcome);
  // Some recipients refused at RCPT while the others went through: the message was sent.
  if (found.has('sent') && found.has('rejected') && !hops.some((h) => h.outcome === 'rejected')) found.delete('rejected');
  for (const status of SEVERITY_ORDER) if (found.has(status)) return status;
  if (found.has('sent')) return 'sent';
  // Handed over to a hop the log ends before: it left this queue as accepted, nothing failed.
  if (recipients.length === 0 && handedOverBeyondLog(hops)) return 'sent';
  // A client that gave up before DATA left no queue file: removed without delivery, not in the queue.
  return hops.every((h) => h.removed || h.abandoned) ? 'removed' : 'active';
}

function handedOverBeyondLog(hops: readonly QueueMessage[]): boolean {
  const hopIds = new Set(hops.map((h) => h.queueId));
  return hops.some((h) => h.deliveries.some((d) => d.nextHop && d.status === 'sent' && d.queuedAs !== undefined && !hopIds.has(d.queuedAs)));
}

const STATUS_WORDS: ReadonlySet<string> = new Set<JourneyStatus>([...SEVERITY_ORDER, 'sent', 'removed', 'active']);

function journeyMatches(hops: readonly QueueMessage[], filter: string): boolean {
  // Only a status word needs the journey's status, which reads every delivery line.
  if (STATUS_WORDS.has(filter) && journeyStatus(hops, finalRecipients(hops)) === filter) return true;
  const haystack = [
    ...hops.map((h) => h.queueId),
    ...hops.map((h) => h.from ?? ''),
    ...hops.map((h) => h.messageId ?? ''),
    ...hops.flatMap((h) => h.deliveries.map((d) => d.address)),
  ];
  return haystack.some((s) => s.toLowerCase().includes(filter));
}
