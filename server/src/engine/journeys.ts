import { CATALOG, entryValues, INDEX_GROUPS, type LineRole, type NextHop, type Outcome } from './catalog';
import type { ParsedLine } from './parse';
import { isRealQueueId, NOQUEUE } from './queueId';
import { scanKeyValues } from './fields';

/** One recipient's delivery attempt, from a delivery agent's `to=... status=...` line. */
export interface Delivery {
  readonly address: string;
  readonly status: string;
  readonly dsn?: string;
  readonly relay?: string;
  readonly reason?: string;
  readonly line: number;
  /** The next hop, when the receiver (a content filter) queued it again. */
  readonly queuedAs?: string;
  /** What the catalog says the line means, when Postfix's status word hides it (discard logs `sent`). */
  readonly outcome?: Outcome;
  /** A hand-over to the journey's next hop (content filter, alias forward), not a final delivery: the catalog's one rule. */
  readonly nextHop?: NextHop;
}

/** One queue file's life: the lines of one queue ID between its birth and its `removed`. */
export interface QueueMessage {
  readonly serial: number;
  /** The Postfix instance (syslog name prefix) whose queue holds it. */
  instance: string;
  /** The queue ID, or NOQUEUE for a rejected attempt that never got a queue file. */
  readonly queueId: string;
  birthLine: number;
  /** Lines that carry this queue ID, in order. */
  readonly lines: number[];
  /** Lines that name this message from elsewhere (`queued as ID`, amavis `queued_as: ID`) or belong to it without its ID (TLS setup). */
  readonly related: number[];
  /** Sender, size and recipient count as its first `queue active` line gives them (the one that counts). */
  from?: string;
  messageId?: string;
  size?: number;
  readonly nrcpt?: number;
  client?: string;
  readonly deliveries: Delivery[];
  /** Outcome decided by a line other than a delivery (expired, rejected, blocked). */
  outcome?: Outcome;
  removed: boolean;
  firstTime: number;
  lastTime: number;
  previous?: QueueMessage;
  readonly next: QueueMessage[];
  /** A message earlier in the same journey, moved toward its first hop as roots are looked up (see journeyRoot). */
  towardRoot?: QueueMessage;
  session?: Session;
}

/** A journey starts at a message no other one leads to; NOQUEUE attempts are journeys of their own. */
export function isJourneyRoot(message: QueueMessage): boolean {
  return !message.previous;
}

/**
 * Every line of some hops of a journey, unsorted, repeats possible: the hops' own lines, the
 * lines that name them or belong to them without their ID, and with `sessions` the client
 * sessions that carried them in. The one place that says which lines a journey has.
 */
export function forEachLine(hops: readonly QueueMessage[], sessions: boolean, visit: (line: number) => void): void {
  for (const hop of hops) {
    for (const line of hop.lines) visit(line);
    for (const line of hop.related) visit(line);
    if (sessions && hop.session) for (const line of hop.session.lines) visit(line);
  }
}

/**
 * The first hop of the journey a message belongs to. Follows `towardRoot` shortcuts and points
 * them at the root found, so a chain of n hops costs O(n) in all, not O(n) per look-up.
 */
export function journeyRoot(message: QueueMessage): QueueMessage {
  let root = message;
  while (root.previous) root = root.towardRoot ?? root.previous;
  for (let m: QueueMessage | undefined = message; m && m !== root; ) {
    const up: QueueMessage | undefined = m.towardRoot ?? m.previous;
    m.towardRoot = root;
    m = up;
  }
  return root;
}

/** An smtpd process's conversation with one client, from `connect` to `disconnect`. */
export interface Session {
  /** The smtpd process: program and pid. */
  readonly key: number;
  readonly clientAddress: string | undefined;
  /** Lines of the session that carry no queue ID: connect, disconnect, policy verdicts, rejects. */
  readonly lines: number[];
  open: boolean;
  /** The first message born in the session: its journey owns the session's lines. */
  holder?: QueueMessage;
}

/** A line's parse, filled in place; `processKey` identifies program and pid together. */
export interface RowView {
  program: string | undefined;
  pid: number;
  time: number;
  year: number;
  queueId: string | undefined;
  queueIdStart: number;
  bodyStart: number;
  entry: number;
  processKey: number;
  /** The Postfix instance of the program (`postfix-out` of `postfix-out/smtp`). */
  instance: string;
  /** Whether the program is a Postfix daemon rather than a companion (opendkim, amavis, ...). */
  postfix: boolean;
}

export function newRowView(): RowView {
  return {
    program: undefined, pid: -1, time: NaN, year: 0, queueId: undefined, queueIdStart: -1, bodyStart: 0, entry: -1,
    processKey: -1, instance: '', postfix: false,
  };
}

export interface LineSource {
  readonly lineCount: number;
  /** Changes with every edit of the lines (absent: they never change), so values read lazily are read again. */
  readonly edits?: number;
  text(line: number): string;
  parsed(line: number): ParsedLine;
  /** Fills `into` with a line's parse without allocating (the index reads every line). */
  readRow(line: number, into: RowView): void;
}

/** Roles whose values the index does not need while linking (a delivery's `queued_as` is read apart). */
const LAZY_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['removed', 'prelude', 'session-end', 'queued', 'delivery']);

/** How long after a message's last line a re-queue with the same Message-ID still counts as its next hop. */
const MESSAGE_ID_LINK_WINDOW_MS = 10 * 60_000;
const LOOPBACK = /\[(?:127\.\d+\.\d+\.\d+|::1|ipv6:::1)\]/i;
/** Delivery-agent lines waiting for the queue-ID line of the same process (per process, bounded). */
const PRELUDE_LIMIT = 16;

/**
 * Groups lines into queue messages and links them into journeys. Lines are added in order, so
 * appending to a log costs only the new lines.
 */
export class JourneyIndex {
  private readonly messages: QueueMessage[] = [];
  /** Every message that ever had this queue ID, in birth order (Postfix reuses IDs). */
  private readonly byQueueId = new Map<string, QueueMessage[]>();
  /** The message currently holding a queue ID, keyed by instance and ID; gone after `removed`. */
  private readonly current = new InstanceMap();
  private readonly byMessageId = new Map<string, QueueMessage>();
  private readonly sessions = new Map<number, Session>();
  private readonly sessionsByAddress = new Map<string, Session>();
  private readonly preludes = new Map<number, number[]>();
  private readonly row: RowView = newRowView();
  private nextLine = 0;
  /**
   * Per line, what it was first attached to: message serial + 1, or -(session number + 1) for a
   * session line; 0 for none. Finds the journey of a line without scanning the journeys.
   */
  private lineOwner = new Int32Array(0);
  private readonly sessionList: Session[] = [];

  constructor(private readonly source: LineSource) {}

  get lineCount(): number {
    return this.nextLine;
  }

  /** Indexes the source's lines that are not indexed yet, at most `limit` of them. */
  catchUp(limit = Infinity): void {
    const end = Math.min(this.source.lineCount, this.nextLine + limit);
    for (let line = this.nextLine; line < end; line++) this.add(line);
    this.nextLine = end;
  }

  get complete(): boolean {
    return this.nextLine >= this.source.lineCount;
  }

  /**
   * Forgets that lines from `line` on were indexed. Only valid when none of them changed the
   * index (they were not syslog lines), which the document checks before calling.
   */
  rewindTo(line: number): void {
    this.nextLine = Math.min(this.nextLine, line);
  }

  allMessages(): readonly QueueMessage[] {
    return this.messages;
  }

  /** The first hop of every journey, in order of creation (see isJourneyRoot). */
  journeyRoots(): QueueMessage[] {
    return this.messages.filter(isJourneyRoot);
  }

  /** How many journeys the log has: Mail Traces lists them, a large file's open reports them, the summary's `journeys`. */
  get journeyCount(): number {
    let count = 0;
    for (const message of this.messages) if (isJourneyRoot(message)) count++;
    return count;
  }

  messagesWithId(queueId: string): readonly QueueMessage[] {
    return this.byQueueId.get(queueId) ?? [];
  }

  /**
   * The message with this ID that a mention on `line` refers to: the one alive there, else the
   * one most recently active before it, else the first.
   */
  resolve(queueId: string, line: number): QueueMessage | undefined {
    const candidates = this.byQueueId.get(queueId);
    if (!candidates) return undefined;
    let best: QueueMessage | undefined;
    let bestLast = -1;
    for (const message of candidates) {
      const first = message.lines[0] ?? message.birthLine;
      const last = message.lines[message.lines.length - 1] ?? message.birthLine;
      if (first <= line && line <= last) return message;
      if (first <= line && last > bestLast) {
        best = message;
        bestLast = last;
      }
    }
    return best ?? candidates[0];
  }

  /** The message whose journey a line belongs to: its own, one it names, or the one born in its session. */
  messageOwning(line: number): QueueMessage | undefined {
    const owner = line >= 0 && line < this.lineOwner.length ? this.lineOwner[line] : 0;
    if (owner > 0) return this.messages[owner - 1];
    if (owner < 0) return this.sessionList[-owner - 1].holder;
    return undefined;
  }

  /** Records the first owner of a line (a line may join a message and be named by another of the same journey). */
  private own(line: number, owner: number): void {
    if (line >= this.lineOwner.length) {
      const grown = new Int32Array(Math.max(1024, line + 1, this.lineOwner.length * 2));
      grown.set(this.lineOwner);
      this.lineOwner = grown;
    }
    if (this.lineOwner[line] === 0) this.lineOwner[line] = owner;
  }

  private addLine(message: QueueMessage, line: number): void {
    message.lines.push(line);
    this.own(line, message.serial + 1);
  }

  private addRelated(message: QueueMessage, line: number): void {
    message.related.push(line);
    this.own(line, message.serial + 1);
  }

  private addSessionLine(session: Session, line: number): void {
    session.lines.push(line);
    this.own(line, -(this.sessionNumber(session) + 1));
  }

  private sessionNumber(session: Session): number {
    return (session as SessionRecord).number;
  }

  private add(line: number): void {
    const parsed = this.row;
    this.source.readRow(line, parsed);
    if (parsed.program === undefined) return;
    const entry = parsed.entry >= 0 ? CATALOG[parsed.entry] : undefined;
    const role = entry?.role;
    const processKey = parsed.processKey;
    // Lines without a role (TLS details, opendkim verdicts, ...) need none of their values.
    // Values only where linking needs them now; deliveries and qmgr lines are read when shown.
    const values = role && !LAZY_ROLES.has(role) ? readValues(this.source, line, parsed, linkingFields(role, parsed.entry)) : {};
    if (isRealQueueId(parsed.queueId)) {
      // Milters and filters (opendkim, ...) log the queue ID of whichever instance handed them the message.
      const message = parsed.postfix
        ? this.messageFor(parsed.instance, parsed.queueId, line, parsed.time)
        : this.messageFor('postfix', parsed.queueId, line, parsed.time, 'any-instance');
      if (message.lines.length === 0) {
        // Its first own line: the birth unless a `client=`/`uid=` line says otherwise later.
        message.birthLine = line;
        message.firstTime = parsed.time;
      }
      this.addLine(message, line);
      message.lastTime = Number.isNaN(parsed.time) ? message.lastTime : parsed.time;
      const prelude = this.preludes.get(processKey);
      if (prelude) {
        for (const waiting of prelude) this.addRelated(message, waiting);
        this.preludes.delete(processKey);
      }
      if (role) this.applyRole(role, message, line, processKey, values);
      // A reject at RCPT under a queue ID refuses one recipient; later stages refuse the message.
      if (role === 'reject' && values.stage === 'RCPT' && values.to !== undefined) {
        message.deliveries.push({ address: values.to, status: 'reject', dsn: values.dsn, reason: values.reason, line });
      } else if (entry?.outcome && role !== 'delivery') {
        message.outcome = entry.outcome;
      }
      return;
    }
    const session = this.sessions.get(processKey);
    switch (role) {
      case 'session-start': {
        const clientAddress = bracketed(values.client);
        const opened: SessionRecord = { key: processKey, clientAddress, lines: [], open: true, number: this.sessionList.length };
        this.sessionList.push(opened);
        this.addSessionLine(opened, line);
        this.sessions.set(processKey, opened);
        if (clientAddress) this.sessionsByAddress.set(clientAddress, opened);
        return;
      }
      case 'session-end':
        if (session) {
          this.addSessionLine(session, line);
          session.open = false;
          this.sessions.delete(processKey);
          if (session.clientAddress && this.sessionsByAddress.get(session.clientAddress) === session) {
            this.sessionsByAddress.delete(session.clientAddress);
          }
        }
        return;
      case 'reject':
        this.addRejected(line, parsed, session, values);
        return;
      case 'prelude': {
        const waiting = this.preludes.get(processKey) ?? [];
        if (waiting.length >= PRELUDE_LIMIT) waiting.shift();
        waiting.push(line);
        this.preludes.set(processKey, waiting);
        return;
      }
      case 'policy': {
        const address = values.client_address;
        const target = (address && this.sessionsByAddress.get(address)) || session;
        if (target) this.addSessionLine(target, line);
        return;
      }
      case 'filter':
        this.addFilterVerdict(line, parsed, values);
        return;
      default:
        if (session) this.addSessionLine(session, line);
    }
  }

  private applyRole(role: LineRole, message: QueueMessage, line: number, processKey: number, values: Values): void {
    switch (role) {
      case 'birth': {
        message.birthLine = line;
        message.client = values.client;
        const session = this.sessions.get(processKey);
        if (session) {
          message.session = session;
          session.holder ??= message;
        }
        const original = values.orig_queue_id;
        if (original) this.link(this.resolve(original, line), message);
        return;
      }
      case 'message-id': {
        const messageId = values.message_id;
        if (!messageId) return;
        message.messageId = messageId;
        const earlier = this.byMessageId.get(messageId);
        if (earlier && earlier !== message && this.isRequeueOf(message, earlier)) this.link(earlier, message);
        this.byMessageId.set(messageId, message);
        return;
      }
      case 'queued':
        // The first counts (pflogsumm's rule too): a retry's line may say otherwise, the message was received once.
        (message as MessageRecord).queued ??= new LazyValues(this.source, line);
        return;
      case 'delivery': {
        // Only entries that name a next hop are read now: the link cannot wait.
        const entry = CATALOG[this.row.entry];
        const queuedAs = entry.nextHop ? readValues(this.source, line, this.row, linkingFields(role, this.row.entry)).queued_as : undefined;
        const lazy = new LazyValues(this.source, line);
        message.deliveries.push(new LineDelivery(lazy, queuedAs, entry.outcome, entry.nextHop));
        if (queuedAs) this.link(message, this.messageFor(message.instance, queuedAs, line, NaN, 'mention'));
        return;
      }
      case 'notification': {
        const notice = values.queued_as;
        if (notice) this.link(message, this.messageFor(message.instance, notice, line, NaN, 'mention'));
        return;
      }
      case 'removed':
        message.removed = true;
        if (this.current.get(message.instance, message.queueId) === message) {
          this.current.delete(message.instance, message.queueId);
        }
        return;
      default:
        return;
    }
  }

  /** A NOQUEUE reject is a journey of its own: an attempt that never got a queue file. */
  private addRejected(line: number, parsed: RowView, session: Session | undefined, values: Values): void {
    const message = this.newMessage(parsed.instance, NOQUEUE, line, parsed.time);
    this.addLine(message, line);
    message.from = values.from;
    message.outcome = 'rejected';
    if (values.to !== undefined) {
      message.deliveries.push({ address: values.to, status: 'reject', dsn: values.dsn, reason: values.reason, line });
    }
    message.session = session;
    if (session) session.holder ??= message;
    message.client = values.client;
  }

  /** amavis names the re-queued message (`queued_as:`) and the original (by Message-ID). */
  private addFilterVerdict(line: number, parsed: RowView, values: Values): void {
    const queuedAs = values.queued_as;
    const messageId = values.message_id;
    const original = messageId ? this.byMessageId.get(messageId) : undefined;
    const requeued = queuedAs ? this.messageFor(original?.instance ?? 'postfix', queuedAs, line, NaN, 'mention') : undefined;
    const holder = requeued ?? original;
    if (!holder) return;
    this.addRelated(holder, line);
    if (original && requeued && original !== requeued) this.link(original, requeued);
    const outcome = CATALOG[parsed.entry]?.outcome;
    if (outcome && !requeued && original) original.outcome = outcome;
  }

  /** A message with the same Message-ID counts as the next hop when it came back from a filter soon after. */
  private isRequeueOf(later: QueueMessage, earlier: QueueMessage): boolean {
    // A message with a previous hop is already linked (that covers `earlier` -> `later` too).
    if (later.previous) return false;
    const fromFilter = later.client === undefined || LOOPBACK.test(later.client) || /^localhost\[/.test(later.client);
    const soon = Number.isNaN(earlier.lastTime) || Number.isNaN(later.firstTime) ||
      (later.firstTime >= earlier.firstTime && later.firstTime - earlier.lastTime <= MESSAGE_ID_LINK_WINDOW_MS);
    return fromFilter && soon && !earlier.removed;
  }

  private link(from: QueueMessage | undefined, to: QueueMessage): void {
    if (!from || from === to || to.previous) return;
    // Never close a loop: `to` has no previous hop, so it leads to `from` only as its journey's root.
    if (journeyRoot(from) === to) return;
    to.previous = from;
    from.next.push(to);
  }

  /**
   * The message currently holding the ID, or a new one. A mention (`queued as ID`) may come
   * before the ID's own first line; the message is created then and the line joins it later.
   */
  private messageFor(instance: string, queueId: string, line: number, time: number, how: 'own' | 'any-instance' | 'mention' = 'own'): QueueMessage {
    // A mention names a message from another line; a companion (milter) logs an ID of any instance.
    const anyInstance = how !== 'own';
    const mention = how === 'mention';
    const existing = this.current.get(instance, queueId) ?? (anyInstance ? this.anyInstance(queueId) : this.adoptMentioned(instance, queueId));
    if (existing) {
      if (mention) this.addRelated(existing, line);
      return existing;
    }
    const message = this.newMessage(instance, queueId, line, time);
    if (mention) this.addRelated(message, line);
    this.current.set(instance, queueId, message);
    return message;
  }

  /**
   * A `queued as ID` seen before the ID's own lines made a placeholder in the mentioning
   * instance; the first own line, from whichever instance, takes it over.
   */
  private adoptMentioned(instance: string, queueId: string): QueueMessage | undefined {
    const latest = this.anyInstance(queueId);
    if (!latest || latest.lines.length > 0) return undefined;
    this.current.delete(latest.instance, queueId);
    latest.instance = instance;
    this.current.set(instance, queueId, latest);
    return latest;
  }

  /** A content filter may re-inject into another instance: take the latest live message with the ID. */
  private anyInstance(queueId: string): QueueMessage | undefined {
    const all = this.byQueueId.get(queueId);
    const latest = all?.[all.length - 1];
    return latest && !latest.removed ? latest : undefined;
  }

  private newMessage(instance: string, queueId: string, line: number, time: number): QueueMessage {
    const message = new MessageRecord(this.messages.length, instance, queueId, line, time);
    this.messages.push(message);
    if (queueId !== NOQUEUE) {
      const list = this.byQueueId.get(queueId);
      if (list) list.push(message);
      else this.byQueueId.set(queueId, [message]);
    }
    return message;
  }

  /**
   * Everything about a line that the index depends on. An edit that leaves every touched line's
   * signature unchanged (a typo fixed in a reason) leaves the index valid.
   */
  signature(line: number): string {
    const parsed = newRowView();
    this.source.readRow(line, parsed);
    if (parsed.program === undefined) return '';
    const role = parsed.entry >= 0 ? CATALOG[parsed.entry].role : undefined;
    const fields = role && linkingFields(role, parsed.entry);
    let values: Values = {};
    if (role && !fields) values = readValues(this.source, line, parsed);
    else if (fields && fields.length > 0) {
      const read = readValues(this.source, line, parsed, fields);
      for (const name of fields) values[name] = read[name];
    }
    return JSON.stringify([parsed.processKey, parsed.time, parsed.queueId, parsed.entry, values]);
  }
}

type Values = Record<string, string | undefined>;

interface SessionRecord extends Session {
  /** Its place in the index's list of sessions. */
  readonly number: number;
}

/**
 * The values of a line that linking reads (undefined: all of them); the rest is read when shown,
 * so an edit that changes only the rest (a typo in a reason) leaves the index valid.
 */
function linkingFields(role: LineRole, entry: number): readonly string[] | undefined {
  if (!LAZY_ROLES.has(role)) return INDEX_GROUPS[role];
  return role === 'delivery' && CATALOG[entry].nextHop ? INDEX_GROUPS.delivery : [];
}

/**
 * A line's values: its catalog entry's named groups, and for Postfix deliveries and rejects
 * also the `key=value` fields (to, status, dsn, relay, reason).
 */
function readValues(source: LineSource, line: number, row: RowView, wanted?: readonly string[]): Values {
  const text = source.text(line);
  const values = row.entry >= 0 ? entryValues(row.entry, text, row.bodyStart, wanted) : {};
  const role = row.entry >= 0 ? CATALOG[row.entry].role : undefined;
  if ((role === 'delivery' || role === 'reject') && row.postfix && !wanted) {
    for (const field of scanKeyValues(text.slice(0, 8192), row.bodyStart)) values[field.name] ??= field.value;
  }
  return values;
}

/** Values of a line read when first asked for: most of what deliveries and qmgr lines say is only shown, never linked. */
class LazyValues {
  private values: Values | undefined;
  /**
   * The source's edit count and the line's text when they were read: an edit the index did not
   * need to see may have changed the line. Lines an edit left alone keep their string, so the
   * check after an append elsewhere is a pointer comparison.
   */
  private readAt: number | undefined;
  private readFrom = '';

  constructor(private readonly source: LineSource, readonly line: number) {}

  get(): Values {
    if (this.values && this.readAt !== this.source.edits) {
      this.readAt = this.source.edits;
      if (this.source.text(this.line) !== this.readFrom) this.values = undefined;
    }
    if (!this.values) {
      const row = newRowView();
      this.source.readRow(this.line, row);
      this.values = readValues(this.source, this.line, row);
      this.readAt = this.source.edits;
      this.readFrom = this.source.edits === undefined ? '' : this.source.text(this.line);
    }
    return this.values;
  }
}

/** A delivery whose fields are read from its line on first use. */
class LineDelivery implements Delivery {
  constructor(
    private readonly values: LazyValues,
    readonly queuedAs: string | undefined,
    readonly outcome: Outcome | undefined,
    readonly nextHop: NextHop | undefined,
  ) {}

  get line(): number {
    return this.values.line;
  }
  get address(): string {
    return this.values.get().to ?? '';
  }
  get status(): string {
    return this.values.get().status ?? '';
  }
  get dsn(): string | undefined {
    return this.values.get().dsn;
  }
  get relay(): string | undefined {
    return this.values.get().relay;
  }
  get reason(): string | undefined {
    return this.values.get().reason;
  }
}

/** A queue message; its sender and size are read from its first `queue active` line when asked. */
class MessageRecord implements QueueMessage {
  birthLine: number;
  readonly lines: number[] = [];
  readonly related: number[] = [];
  messageId: string | undefined = undefined;
  client: string | undefined = undefined;
  readonly deliveries: Delivery[] = [];
  outcome: Outcome | undefined = undefined;
  removed = false;
  firstTime: number;
  lastTime: number;
  previous: QueueMessage | undefined = undefined;
  readonly next: QueueMessage[] = [];
  towardRoot: QueueMessage | undefined = undefined;
  session: Session | undefined = undefined;
  /** The first qmgr `from=..., size=... (queue active)` line. */
  queued: LazyValues | undefined = undefined;
  private knownFrom: string | undefined = undefined;

  constructor(readonly serial: number, public instance: string, readonly queueId: string, line: number, time: number) {
    this.birthLine = line;
    this.firstTime = time;
    this.lastTime = time;
  }

  get from(): string | undefined {
    return this.knownFrom ?? this.queued?.get().from;
  }
  set from(value: string | undefined) {
    this.knownFrom = value;
  }
  get size(): number | undefined {
    return numberOrUndefined(this.queued?.get().size);
  }
  get nrcpt(): number | undefined {
    return numberOrUndefined(this.queued?.get().nrcpt);
  }
}

/** Messages by instance, then queue ID: no key strings built per line. */
class InstanceMap {
  private readonly byInstance = new Map<string, Map<string, QueueMessage>>();

  get(instance: string, queueId: string): QueueMessage | undefined {
    return this.byInstance.get(instance)?.get(queueId);
  }

  set(instance: string, queueId: string, message: QueueMessage): void {
    let ids = this.byInstance.get(instance);
    if (!ids) this.byInstance.set(instance, (ids = new Map()));
    ids.set(queueId, message);
  }

  delete(instance: string, queueId: string): void {
    this.byInstance.get(instance)?.delete(queueId);
  }
}

function numberOrUndefined(text: string | undefined): number | undefined {
  const value = text === undefined || text === '' ? NaN : Number(text);
  return Number.isNaN(value) ? undefined : value;
}

/** `host[1.2.3.4]` -> `1.2.3.4`. */
function bracketed(client: string | undefined): string | undefined {
  const m = client && /\[([^\]]*)\]/.exec(client);
  return m ? m[1] : undefined;
}
