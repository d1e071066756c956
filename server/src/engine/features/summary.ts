// pflogsumm's report, computed from the journey index: a message relayed through a content
// filter (amavis at 127.0.0.1:10024, re-queued under a new ID) is one message received and one
// delivered, not two; messages cut off by either end of the log are counted and labelled.
//
// Counting rules, so they can be checked against pflogsumm on logs without a content filter:
// - received: journeys whose first hop was born in the log (smtpd `client=`, pickup `uid=`);
// - delivered / bounced: recipient delivery lines (`status=sent` / `status=bounced`), leaving out
//   hand-overs to the next hop as the catalog's `nextHop` says (a content filter, or another
//   Postfix instance of the host that re-queued it: `forwardedToFilter`; an alias forward:
//   `forwarded`, as pflogsumm) and the discard transport
//   (`discarded`);
// - deferred: journeys with at least one `status=deferred` line (`deferrals`: the lines);
// - rejected / held / discarded: the lines that say so (smtpd, postscreen, milters, header/body
//   checks, amavis), whichever catalog entry has that outcome outside a delivery;
// - expired: journeys that expired (qmgr `status=expired, returned to sender`).
import type { IndexedLog } from '../model/lineSource';
import type { Delivery, QueueMessage, QueuedFacts } from '../model/journeys';
import { CATALOG, entryFields, SUMMARY_GROUPS } from '../catalog';
import { journeyOf } from './journeyReports';
import { NOQUEUE } from '../model/queueId';
import { lastAtMost } from '../model/columns';
import { formatTime } from '../model/time';
import { inertText } from '../text/inert';
import { daemonOf } from '../model/syslogHeader';
import type { DelayEntry, HourBucket, MailSummary, ReasonEntry, RejectAction } from './summaryTypes';
import { clientDomain, domainOf, generaliseReason, normalAddress, relayHost, relayKey, saidText } from './summaryKeys';
import { count, counter, NAME_LIMIT, topLists, type Counter } from './summaryTops';

/** Rows of the reason and delay tables. */
export const LIST_LIMIT = 50;
/** Lines kept per row for "open the journey". */
export const EXAMPLE_LINES = 10;
/** A chart over more hours than this shows only the hours with traffic. */
const MAX_FILLED_HOURS = 24 * 92;
const HOUR_MS = 3_600_000;
const REASON_LIMIT = 240;

const LEADING_CODES = /^(?:(\d{3})[ -])?(?:(\d\.\d{1,3}\.\d{1,3}) )?/;
const FINAL_STATUSES = new Set(['sent', 'bounced', 'expired', 'deliverable', 'undeliverable']);
const PROBE_STATUSES = new Set(['deliverable', 'undeliverable']);

// What a catalog entry counts as in the summary, looked up by entry index: decided from the entries'
// roles and outcomes, so new catalog entries are counted without a change here.
const enum CountsAs { None, Birth, Reject, Hold, Discard, DiscardDelivery }
const COUNTS_AS: CountsAs[] = CATALOG.map((entry) => {
  if (entry.role === 'birth') return CountsAs.Birth;
  if (entry.role === 'delivery') {
    return entry.outcome === 'discarded' ? CountsAs.DiscardDelivery : CountsAs.None;
  }
  switch (entry.outcome) {
    case 'rejected': return CountsAs.Reject;
    case 'held': return CountsAs.Hold;
    case 'discarded': return CountsAs.Discard;
    default: return CountsAs.None;
  }
});

interface Reason {
  dsn: string;
  host: string;
  reason: string;
  count: number;
  /** Journeys counted, and the last one that was (rows are counted once per journey, which come one at a time). */
  journeys: number;
  lastJourney: number;
  lines: number[];
}

interface Reject {
  action: RejectAction;
  by: string;
  stage: string;
  reply: string;
  dsn: string;
  reason: string;
  count: number;
  lines: number[];
}

interface Delays {
  /** How many deliveries took each `delay=` value: memory grows with distinct values, not with lines. */
  values: Map<number, number>;
  count: number;
  stages: [number, number, number, number];
  staged: number;
  lines: number[];
}

interface Hour {
  received: number;
  delivered: number;
  deferred: number;
  bounced: number;
  rejected: number;
}

/**
 * The pflogsumm-style report of a log (an open document or a large file). Pure: reads the log
 * and its journey index; its memory grows with distinct senders, recipients, domains and
 * reasons, not with lines.
 */
export function summarize(document: IndexedLog): MailSummary {
  return new Summarizer(document).run();
}

class Summarizer {
  private received = 0;
  private delivered = 0;
  private forwardedToFilter = 0;
  private forwarded = 0;
  private deferredJourneys = 0;
  private deferrals = 0;
  private bounced = 0;
  private rejected = 0;
  private expired = 0;
  private discarded = 0;
  private held = 0;
  private abandoned = 0;
  private bytesReceived = 0;
  private bytesDelivered = 0;
  private messages = 0;
  private readonly senders = new Map<string, Counter>();
  private readonly sendingDomains = new Map<string, Counter>();
  private readonly sendingHosts = new Set<string>();
  private readonly recipients = new Map<string, Counter>();
  private readonly recipientDomains = new Map<string, Counter>();
  private readonly deferralReasons = new Map<string, Reason>();
  private readonly bounceReasons = new Map<string, Reason>();
  private readonly rejects = new Map<string, Reject>();
  private readonly delays = new Map<string, Delays>();
  private readonly hours = new Map<number, Hour>();
  private startedBeforeLog = 0;
  private unfinishedAtEnd = 0;
  private readonly startedLines: number[] = [];
  private readonly unfinishedLines: number[] = [];
  private firstTime = NaN;
  private lastTime = NaN;

  constructor(private readonly document: IndexedLog) {}

  run(): MailSummary {
    this.scanLines();
    const roots = this.document.journeys.journeyRoots();
    for (const root of roots) if (root.queueId !== NOQUEUE) this.journey(journeyOf(root));
    const top = topLists({ senders: this.senders, recipients: this.recipients, sendingDomains: this.sendingDomains, recipientDomains: this.recipientDomains });
    return {
      lineCount: this.document.lineTotal,
      firstTime: wallText(this.firstTime),
      lastTime: wallText(this.lastTime),
      totals: {
        received: this.received,
        delivered: this.delivered,
        forwardedToFilter: this.forwardedToFilter,
        forwarded: this.forwarded,
        deferred: this.deferredJourneys,
        deferrals: this.deferrals,
        bounced: this.bounced,
        rejected: this.rejected,
        expired: this.expired,
        discarded: this.discarded,
        held: this.held,
        abandoned: this.abandoned,
        bytesReceived: this.bytesReceived,
        bytesDelivered: this.bytesDelivered,
        senders: this.senders.size,
        sendingDomains: this.sendingDomains.size,
        sendingHosts: this.sendingHosts.size,
        recipients: this.recipients.size,
        recipientDomains: top.recipientDomains.distinct,
        messages: this.messages,
        journeys: roots.length,
      },
      partial: {
        startedBeforeLog: this.startedBeforeLog,
        unfinishedAtEnd: this.unfinishedAtEnd,
        startedLines: ascending(this.startedLines),
        unfinishedLines: ascending(this.unfinishedLines),
      },
      hourly: this.hourly(),
      top,
      deferrals: reasons(this.deferralReasons),
      bounces: reasons(this.bounceReasons),
      rejects: [...this.rejects.values()]
        .sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0])
        .slice(0, LIST_LIMIT)
        .map(({ action, by, stage, reply, dsn, reason, count, lines }) => ({ action, by, stage, reply, dsn, reason, count, lines })),
      delays: this.delayRows(),
    };
  }

  /** Line events that are not about a journey's deliveries: rejects, holds, discards; the time span. */
  private scanLines(): void {
    const document = this.document;
    const count = document.lineCount;
    for (let line = 0; line < count; line++) {
      const entry = document.entryOf(line);
      if (entry < 0) continue;
      const countsAs = COUNTS_AS[entry];
      if (countsAs === CountsAs.Reject) this.actionLine(line, 'reject');
      else if (countsAs === CountsAs.Hold) this.actionLine(line, 'hold');
      else if (countsAs === CountsAs.Discard) this.actionLine(line, 'discard');
    }
    for (let line = 0; line < count && Number.isNaN(this.firstTime); line++) this.firstTime = this.wallMs(line);
    for (let line = count - 1; line >= 0 && Number.isNaN(this.lastTime); line--) this.lastTime = this.wallMs(line);
  }

  /** A reject, hold or discard line: who, at which stage, with which reply and reason. */
  private actionLine(line: number, action: RejectAction): void {
    const text = this.document.text(line);
    const parsed = this.document.parsed(line);
    const entry = CATALOG[parsed.entry];
    const fields = new Map<string, string>();
    for (const f of entryFields(entry, text, parsed.bodyStart)) if (!fields.has(f.name)) fields.set(f.name, f.value);
    const daemon = parsed.program === undefined ? '' : daemonOf(parsed.program);
    const by = entry.decidedBy ?? daemon;
    const first = (names: readonly string[]) => names.map((name) => fields.get(name)).find((value) => value !== undefined) ?? '';
    const stage = first(SUMMARY_GROUPS.stage);
    let reason = first(SUMMARY_GROUPS.reason);
    let reply = first(SUMMARY_GROUPS.reply);
    let dsn = first(SUMMARY_GROUPS.dsn);
    if (!reply && !dsn) {
      // Milters and header/body checks put the reply in the reason: `5.7.1 Spam detected`.
      const codes = LEADING_CODES.exec(reason)!;
      reply = codes[1] ?? '';
      dsn = codes[2] ?? '';
      reason = reason.slice(codes[0].length);
    }
    this.action(line, action, by, stage, reply, dsn, reason);
  }

  private action(line: number, action: RejectAction, by: string, stage: string, reply: string, dsn: string, reason: string): void {
    if (action === 'reject') this.rejected++;
    else if (action === 'hold') this.held++;
    else this.discarded++;
    if (action === 'reject') this.hour(line).rejected++;
    const text = generaliseReason(reason);
    const key = `${action}\u0000${by}\u0000${stage}\u0000${reply}\u0000${dsn}\u0000${text}`;
    let row = this.rejects.get(key);
    if (!row) {
      row = { action, by, stage: inertText(stage, 40), reply, dsn, reason: inertText(text, REASON_LIMIT), count: 0, lines: [] };
      this.rejects.set(key, row);
    }
    row.count++;
    if (row.lines.length < EXAMPLE_LINES) row.lines.push(line);
  }

  private journey(allHops: QueueMessage[]): void {
    // Hops named by a remote server's `queued as` have no lines of their own: not part of this log.
    const hops = allHops.filter((hop) => hop.ownLineCount > 0);
    if (hops.length === 0) return;
    if (isProbe(hops)) return;
    const root = hops[0];
    this.messages++;
    this.journeyStart(root);

    let deferred = false;
    let expired = false;
    let unfinished = false;
    for (const hop of hops) {
      const facts = hop.queuedFacts();
      if (hop.outcome === 'expired') expired = true;
      for (const d of hop.deliveries) {
        switch (d.status) {
          case 'sent':
            this.sent(d, facts.size ?? 0);
            break;
          case 'deferred':
            deferred = true;
            this.deferral(d, root.serial);
            break;
          case 'bounced':
            this.bounce(d, root.serial);
            break;
          case 'expired':
            expired = true;
            break;
          default:
            break;
        }
      }
      if (!unfinished && !this.isFinished(hop, facts)) unfinished = true;
    }
    if (hops.every((hop) => hop.abandoned)) this.abandoned++;
    if (deferred) this.deferredJourneys++;
    if (expired) this.expired++;
    if (unfinished) {
      this.unfinishedAtEnd++;
      if (this.unfinishedLines.length < EXAMPLE_LINES) this.unfinishedLines.push(root.lines[0]);
    }
  }

  /** Received in the log, or started before it. */
  private journeyStart(root: QueueMessage): void {
    if (this.isBirth(root)) {
      this.received++;
      this.hour(root.birthLine).received++;
      this.receivedFrom(root);
    } else {
      this.startedBeforeLog++;
      if (this.startedLines.length < EXAMPLE_LINES) this.startedLines.push(root.lines[0]);
    }
  }

  /** A `status=sent` line: a delivery, or a hand-over to the next hop, or the discard transport. */
  private sent(d: Delivery, hopSize: number): void {
    const countsAs = this.countsAs(d.line);
    if (countsAs === CountsAs.DiscardDelivery) {
      this.discarded++;
    } else if (d.nextHop === 'forward') {
      this.forwarded++;
    } else if (d.nextHop === 'filter' || d.nextHop === 'requeue') {
      this.forwardedToFilter++;
    } else {
      this.delivered++;
      this.bytesDelivered += hopSize;
      this.hour(d.line).delivered++;
      const address = normalAddress(d.address);
      count(this.recipients, address, hopSize, d.line);
      count(this.recipientDomains, domainOf(address), hopSize, d.line);
    }
    if (countsAs !== CountsAs.DiscardDelivery && d.nextHop !== 'forward') this.delay(d);
  }

  /** A `status=deferred` line of journey `serial`. */
  private deferral(d: Delivery, serial: number): void {
    this.deferrals++;
    this.hour(d.line).deferred++;
    const domain = counter(this.recipientDomains, domainOf(normalAddress(d.address)), d.line);
    domain.deferred++;
    this.reason(this.deferralReasons, d, serial);
  }

  /** A `status=bounced` line of journey `serial`. */
  private bounce(d: Delivery, serial: number): void {
    this.bounced++;
    this.hour(d.line).bounced++;
    this.reason(this.bounceReasons, d, serial);
  }

  private countsAs(line: number): CountsAs {
    const entry = this.document.entryOf(line);
    return entry >= 0 ? COUNTS_AS[entry] : CountsAs.None;
  }

  private isBirth(hop: QueueMessage): boolean {
    return this.countsAs(hop.birthLine) === CountsAs.Birth && hop.lines.includes(hop.birthLine);
  }

  /** Removed, or every recipient has a final status, or an outcome that ends it. */
  private isFinished(hop: QueueMessage, facts: QueuedFacts): boolean {
    if (hop.removed || hop.abandoned || hop.outcome !== undefined) return true;
    if (hop.deliveries.length === 0) return false;
    const latest = new Map<string, string>();
    for (const d of hop.deliveries) latest.set(d.address, d.status);
    for (const status of latest.values()) if (!FINAL_STATUSES.has(status)) return false;
    return latest.size >= (facts.nrcpt ?? 1);
  }

  private receivedFrom(root: QueueMessage): void {
    const client = root.client ?? (this.isPickup(root) ? 'pickup' : undefined);
    if (client) this.sendingHosts.add(client);
    // pflogsumm counts a sender (and its bytes) when the `queue active` line was seen.
    const { from, size } = root.queuedFacts();
    if (from === undefined || size === undefined) return;
    this.bytesReceived += size;
    const sender = from === '' ? '<>' : normalAddress(from);
    count(this.senders, sender, size, root.birthLine);
    const domain = sender.includes('@') ? domainOf(sender) : client === 'pickup' || !client ? sender : clientDomain(client);
    count(this.sendingDomains, domain, size, root.birthLine);
  }

  private isPickup(hop: QueueMessage): boolean {
    // Entries are matched by daemon: one that only pickup logs, or that pickup never does, says it without reading the line back.
    const daemons = CATALOG[this.document.entryOf(hop.birthLine)]?.daemons;
    if (daemons?.length === 1 && daemons[0] !== '*') return daemons[0] === 'pickup';
    const program = this.document.parsed(hop.birthLine)?.program;
    return program !== undefined && daemonOf(program) === 'pickup';
  }

  private reason(table: Map<string, Reason>, d: Delivery, serial: number): void {
    const dsn = d.dsn ?? '';
    const host = relayHost(d.relay);
    const key = `${dsn}\u0000${host}`;
    let row = table.get(key);
    if (!row) {
      row = { dsn: inertText(dsn, 20), host: inertText(host, NAME_LIMIT), reason: inertText(generaliseReason(saidText(d.reason ?? '')), REASON_LIMIT), count: 0, journeys: 0, lastJourney: -1, lines: [] };
      table.set(key, row);
    }
    row.count++;
    if (row.lastJourney !== serial) {
      row.journeys++;
      row.lastJourney = serial;
    }
    if (row.lines.length < EXAMPLE_LINES) row.lines.push(d.line);
  }

  private delay(d: Delivery): void {
    const seconds = d.delay;
    if (seconds === undefined) return;
    const relay = relayKey(d.relay);
    let row = this.delays.get(relay);
    if (!row) {
      row = { values: new Map(), count: 0, stages: [0, 0, 0, 0], staged: 0, lines: [] };
      this.delays.set(relay, row);
    }
    row.values.set(seconds, (row.values.get(seconds) ?? 0) + 1);
    row.count++;
    const stages = d.delays;
    if (stages) {
      for (let i = 0; i < 4; i++) row.stages[i] += stages[i];
      row.staged++;
    }
    if (row.lines.length < EXAMPLE_LINES) row.lines.push(d.line);
  }

  private delayRows(): DelayEntry[] {
    const rows: DelayEntry[] = [];
    for (const [relay, row] of this.delays) {
      const n = row.count;
      const at = nearestRank(row.values, n);
      const mean = (i: number) => round(row.stages[i] / row.staged);
      rows.push({
        relay: inertText(relay, NAME_LIMIT),
        count: n,
        p50: at(0.5),
        p90: at(0.9),
        p99: at(0.99),
        max: at(1),
        stages: row.staged > 0 ? { a: mean(0), b: mean(1), c: mean(2), d: mean(3) } : undefined,
        lines: ascending(row.lines),
      });
    }
    return rows.sort((a, b) => b.count - a.count || a.relay.localeCompare(b.relay)).slice(0, LIST_LIMIT);
  }

  private hour(line: number): Hour {
    const ms = this.wallMs(line);
    const key = Number.isNaN(ms) ? NaN : Math.floor(ms / HOUR_MS);
    let hour = this.hours.get(key);
    if (!hour) {
      hour = { received: 0, delivered: 0, deferred: 0, bounced: 0, rejected: 0 };
      this.hours.set(key, hour);
    }
    return hour;
  }

  private hourly(): HourBucket[] {
    const keys = [...this.hours.keys()].filter((k) => !Number.isNaN(k)).sort((a, b) => a - b);
    if (keys.length === 0) return [];
    const first = keys[0];
    const last = keys[keys.length - 1];
    const all = last - first < MAX_FILLED_HOURS ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : keys;
    return all.map((key) => {
      const h = this.hours.get(key) ?? { received: 0, delivered: 0, deferred: 0, bounced: 0, rejected: 0 };
      return { hour: wallText(key * HOUR_MS)!.slice(0, 14) + '00', ...h };
    });
  }

  /** The line's time as the log wrote it (wall clock), in ms. */
  private wallMs(line: number): number {
    return this.document.wallTime(line);
  }
}

/** An address verification probe (verify(8)): not mail anyone sent. */
function isProbe(hops: readonly QueueMessage[]): boolean {
  let any = false;
  for (const hop of hops) {
    for (const d of hop.deliveries) {
      if (!PROBE_STATUSES.has(d.status)) return false;
      any = true;
    }
  }
  return any;
}


function reasons(table: Map<string, Reason>): ReasonEntry[] {
  return [...table.values()]
    .sort((a, b) => b.count - a.count || a.lines[0] - b.lines[0])
    .slice(0, LIST_LIMIT)
    .map(({ dsn, host, reason, count, journeys, lines }) => ({ dsn, host, reason, count, messages: journeys, lines: ascending(lines) }));
}

/** Nearest-rank percentiles (q in 0..1) of `n` values given as value -> how many times. */
function nearestRank(counts: ReadonlyMap<number, number>, n: number): (q: number) => number {
  const values = Float64Array.from(counts.keys()).sort();
  const below = new Float64Array(values.length); // values before each, cumulated
  for (let i = 1; i < values.length; i++) below[i] = below[i - 1] + counts.get(values[i - 1])!;
  return (q) => {
    const rank = Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
    return values[lastAtMost(below, rank)];
  };
}


function ascending(lines: number[]): number[] {
  return lines.sort((a, b) => a - b);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Wall-clock ms -> `2018-08-19 05:49:42`. */
function wallText(ms: number): string | undefined {
  return Number.isNaN(ms) ? undefined : formatTime(ms);
}
