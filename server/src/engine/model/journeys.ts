import { CATALOG, INDEX_GROUPS, QUEUED_GROUPS, type LineRole, type NextHop, type Outcome } from '../catalog';
import { newRowView, type LineSource, type RowView } from './lineSource';
import { isRealQueueId, NOQUEUE } from './queueId';
import { DELAY_VALUES, lineValues, numberOrNaN, readDelays, type Values } from './lineFacts';
import { appendToList, growColumns, projectedRows, SparseColumn, withRoom } from './columns';
import { Interner } from './interner';
import { MessageView, RowDelivery } from './journeyViews';

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
  /** `delay=` in seconds, undefined when the line has none. */
  readonly delay?: number;
  /** `delays=a/b/c/d`: seconds before the queue manager, in it, in connection setup and in transmission. */
  readonly delays?: readonly [number, number, number, number];
  /** A hand-over to the journey's next hop (content filter, alias forward), not a final delivery: the catalog's one rule. */
  readonly nextHop?: NextHop;
}

/** One queue file's life: the lines of one queue ID between its birth and its `removed`. A view over the index's columns. */
export interface QueueMessage {
  readonly serial: number;
  /** The Postfix instance (syslog name prefix) whose queue holds it. */
  readonly instance: string;
  /** The queue ID, or NOQUEUE for a rejected attempt that never got a queue file. */
  readonly queueId: string;
  readonly birthLine: number;
  /** How many lines carry this queue ID (without building `lines`). */
  readonly ownLineCount: number;
  /** Lines that carry this queue ID, in order (built when asked). */
  readonly lines: number[];
  /** Lines that name this message from elsewhere (`queued as ID`, amavis `queued_as: ID`) or belong to it without its ID (TLS setup). */
  readonly related: number[];
  /** Sender, size and recipient count as its first `queue active` line gives them (the one that counts). */
  readonly from?: string;
  readonly messageId?: string;
  readonly size?: number;
  readonly nrcpt?: number;
  readonly client?: string;
  /** Its deliveries in order, read from their lines when asked. */
  readonly deliveries: Delivery[];
  /** Outcome decided by a line other than a delivery (expired, rejected, blocked). */
  readonly outcome?: Outcome;
  readonly removed: boolean;
  /**
   * The client gave up before DATA (its session ended with no other line of this queue ID): the
   * queue file smtpd opened at RCPT was thrown away unlogged. Never queued, so not in flight.
   */
  readonly abandoned: boolean;
  readonly firstTime: number;
  readonly lastTime: number;
  readonly previous?: QueueMessage;
  readonly next: QueueMessage[];
  /** The first hop of its journey. */
  readonly root: QueueMessage;
  readonly session?: Session;
  /** Sender, size and recipient count read at once (each getter reads its line again). */
  queuedFacts(): QueuedFacts;
  /** Calls `visit` with each own and related line, and with `sessions` each line of its session. */
  visitLines(sessions: boolean, visit: (line: number) => void): void;
}

export interface QueuedFacts {
  readonly from?: string;
  readonly size?: number;
  readonly nrcpt?: number;
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
  for (const hop of hops) hop.visitLines(sessions, visit);
}

/** The first hop of the journey a message belongs to (O(1) amortised: see JourneyIndex.rootOf). */
export function journeyRoot(message: QueueMessage): QueueMessage {
  return message.root;
}

/** An smtpd process's conversation with one client, from `connect` to `disconnect`. */
export interface Session {
  /** The smtpd process: program and pid. */
  readonly key: number;
  readonly clientAddress: string | undefined;
  /** Lines of the session that carry no queue ID: connect, disconnect, policy verdicts, rejects. */
  readonly lines: number[];
  readonly open: boolean;
  /** The first message born in the session: its journey owns the session's lines. */
  readonly holder?: QueueMessage;
}

/** Roles whose values the index does not need while linking (a delivery's `queued_as` is read apart). */
const LAZY_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['removed', 'prelude', 'session-end', 'queued', 'delivery']);

/** How long after a message's last line a re-queue with the same Message-ID still counts as its next hop. */
const MESSAGE_ID_LINK_WINDOW_MS = 10 * 60_000;
/**
 * A re-queued message's client when a content filter on this host handed it back. This is the
 * receiving side of a hop linked by Message-ID (the filter named no queue ID); whether a delivery
 * is a hand-over is the catalog's `nextHop`, decided once.
 */
const LOOPBACK = /\[(?:127\.\d+\.\d+\.\d+|::1|ipv6:::1)\]/i;
/** Delivery-agent lines waiting for the queue-ID line of the same process (per process, bounded). */
const PRELUDE_LIMIT = 16;

/**
 * How far apart in time a delivery answered `queued as X` and the birth of X in this log may be
 * for X to be the same message re-queued by another Postfix instance of this host (its smtpd
 * logs `client=` while the sender waits for the 250, or just after in syslog's order).
 */
const REQUEUE_WINDOW_MS = 5 * 60_000;
/** Groups that carry a companion's own task ID: amavis `(02706-01)`, Sendmail's queue ID. */
const TASK_GROUPS = ['amavis_id', 'sendmail_id'];
/** By catalog entry: whether its lines may carry a task ID (read only for those). */
const TASK_ENTRY: readonly boolean[] = CATALOG.map((entry) => TASK_GROUPS.some((group) => entry.pattern.source.includes(`(?<${group}>`)));
/** Lines of one task waiting for the line that names its message, and tasks or re-queues remembered (oldest forgotten first). */
const TASK_WAIT_LIMIT = 32;
const REMEMBERED = 4096;

const OUTCOMES: readonly Outcome[] = ['sent', 'deferred', 'bounced', 'expired', 'rejected', 'discarded', 'held'];
const NEXT_HOPS: readonly NextHop[] = ['filter', 'forward', 'requeue'];
/** Delivery rows: a delivery agent's line, or an smtpd reject of one recipient (RCPT) under a queue ID. */
const enum DeliveryKind { Line = 1, Reject = 2 }

/** The columns of each table of JourneyIndex, which grow together (by field name). */
const MESSAGE_COLUMNS = [
  'mQueueId', 'mInstance', 'mBirthLine', 'mOwnHead', 'mOwnTail', 'mOwnCount', 'mRelatedHead', 'mRelatedTail',
  'mFirstTime', 'mLastTime', 'mPrevious', 'mTowardRoot', 'mNextHead', 'mNextTail', 'mNextSibling',
  'mSameIdBefore', 'mSession', 'mClient', 'mMessageId', 'mQueuedLine', 'mRejectLine', 'mFrom', 'mSize', 'mNrcpt',
  'mDeliveryHead', 'mDeliveryTail', 'mOutcome', 'mRemoved', 'mAbandoned',
];
const DELIVERY_COLUMNS = [
  'dLine', 'dNext', 'dKind', 'dQueuedAs', 'dOutcome', 'dNextHop', 'dAddress', 'dStatus', 'dRelay', 'dDsn',
];
const SESSION_COLUMNS = [
  'sKey', 'sClientAddress', 'sHead', 'sTail', 'sOpen', 'sHolder', 'sLatest',
];
const RELATED_COLUMNS = ['rLine', 'rNext'];
const LINE_COLUMNS = ['lineOwner', 'nextOfOwner'];

/**
 * Groups lines into queue messages and links them into journeys. Lines are added in order, so
 * appending to a log costs only the new lines.
 *
 * Compact: messages, deliveries, sessions and the lines of each are rows of typed columns
 * (struct of arrays). Each line links to the next line of its message (or session) and to the
 * next line related to the same message; queue IDs, instances, clients, addresses and status
 * words are stored once; everything else about a line is read back from its text when shown.
 * References in columns are 1-based (row + 1) so that 0 means none.
 */
export class JourneyIndex {
  // Messages, by serial.
  private messageRows = 0;
  private mQueueId = new Int32Array(0); // interned in `ids`
  private mInstance = new Int32Array(0); // interned in `names`
  private mBirthLine = new Int32Array(0);
  private mOwnHead = new Int32Array(0); // line + 1
  private mOwnTail = new Int32Array(0);
  private mOwnCount = new Int32Array(0);
  private mRelatedHead = new Int32Array(0); // related row + 1
  private mRelatedTail = new Int32Array(0);
  private mFirstTime = new Float64Array(0);
  private mLastTime = new Float64Array(0);
  private mPrevious = new Int32Array(0); // serial + 1
  private mTowardRoot = new Int32Array(0); // an earlier hop of the journey, moved toward the root on look-up
  private mNextHead = new Int32Array(0);
  private mNextTail = new Int32Array(0);
  private mNextSibling = new Int32Array(0);
  private mSameIdBefore = new Int32Array(0); // the previous message with the same queue ID
  private mSession = new Int32Array(0); // session + 1
  private mClient = new Int32Array(0); // interned in `names`
  private mMessageId = new Int32Array(0); // interned in `messageIds`
  private mQueuedLine = new Int32Array(0); // line + 1 of its first `queue active` line
  private mRejectLine = new Int32Array(0); // line + 1 of the NOQUEUE reject it is (its sender is there)
  /** Its sender, read on first use: 0 not read yet, 1 none, else 1 + its number in `words`. */
  private mFrom = new Int32Array(0);
  /** Its size and recipient count, kept with its sender (read when mFrom is; NaN: none). */
  private mSize = new Float64Array(0);
  private mNrcpt = new Float64Array(0);
  private mDeliveryHead = new Int32Array(0); // delivery + 1
  private mDeliveryTail = new Int32Array(0);
  private mOutcome = new Int8Array(0); // OUTCOMES index + 1
  private mRemoved = new Uint8Array(0);
  private mAbandoned = new Uint8Array(0);

  // Deliveries, in the order they were logged.
  private deliveryCount = 0;
  private dLine = new Int32Array(0);
  private dNext = new Int32Array(0);
  private dKind = new Uint8Array(0);
  private dQueuedAs = new Int32Array(0); // interned in `ids`
  private dOutcome = new Int8Array(0);
  private dNextHop = new Int8Array(0); // NEXT_HOPS index + 1
  /** Address, status word, relay and DSN, read from the line on first use (0: not read yet; forgotten when the line is edited). */
  private dAddress = new Int32Array(0);
  private dStatus = new Int32Array(0);
  private dRelay = new Int32Array(0);
  private dDsn = new Int32Array(0);
  /** Its `delay=` and `delays=` seconds, DELAY_VALUES per delivery, read with the address. */
  private dDelays = new Float64Array(0);

  // Sessions.
  private sessionCount = 0;
  private sKey = new Float64Array(0);
  private sClientAddress = new Int32Array(0); // interned in `names`
  private sHead = new Int32Array(0);
  private sTail = new Int32Array(0);
  private sOpen = new Uint8Array(0);
  private sHolder = new Int32Array(0); // serial + 1
  private sLatest = new Int32Array(0); // serial + 1 of the last message born in it

  // Lines.
  /** Per line, what it was first attached to: serial + 1, or -(session + 1); 0 for none. */
  private lineOwner = new Int32Array(0);
  /** Per line, the next line of the same message (own lines) or session (session lines), line + 1. */
  private nextOfOwner = new Int32Array(0);
  /** Per line, the message whose related lines it is in (serial + 1): few lines are. */
  private readonly relatedOf = new SparseColumn();

  // Related lines: a message's list of lines that name it (related row + 1 in mRelatedHead).
  private rLine = new Int32Array(0);
  private rNext = new Int32Array(0);
  private relatedCount = 0;
  /** The rare line related to a second message: by serial. */
  private readonly moreRelated = new Map<number, number[]>();

  /** Queue IDs; NOQUEUE (a rejected attempt's) first. */
  private readonly ids = new Interner();
  private readonly noQueueRef = this.ids.add(NOQUEUE);
  /** The instance of the last line with a queue ID, and its number in `names`. */
  private lastInstance: string | undefined;
  private lastInstanceRef = 0;
  /** Instances, clients, client addresses. */
  private readonly names = new Interner();
  /** Recipient addresses and status words: kept decoded too, as the summary and filters read them for every delivery. */
  private readonly words = new Interner({ keepDecoded: true });

  /** By queue ID (interned number): the message with it that came last (serial + 1); earlier ones through mSameIdBefore. */
  private lastWithId = new Int32Array(0);
  /** The message currently holding a queue ID, by instance and ID (serial + 1); gone after `removed`. */
  private readonly current = new Map<number, number>();
  /** Message-IDs, and by Message-ID (interned number) the message that logged it last (serial + 1). */
  private readonly messageIds = new Interner();
  private lastWithMessageId = new Int32Array(0);
  /** Open sessions by process key, and by client address. */
  private readonly sessions = new Map<number, number>();
  private readonly sessionsByAddress = new Map<number, number>();
  private readonly preludes = new Map<number, number[]>();
  /** By companion task (a hash of program and task ID): the message its lines join (serial + 1), or its lines waiting for one. */
  private readonly taskHolders = new Map<number, number>();
  private readonly taskWaiting = new Map<number, number[]>();
  /** By a hash of a `queued as` ID not in the log yet: the delivery (row + 1) that may have handed over to it. */
  private readonly requeues = new Map<number, number>();
  private readonly row: RowView = newRowView();
  /** Facts of the line about to be added, read ahead by a parse worker (see presetFacts): -1 when none. */
  private presetLine = -1;
  private presetKind: 'delivery' | 'queued' = 'delivery';
  private presetWords: readonly (string | null)[] = [];
  private presetWordAt = 0;
  private readonly presetNumbers = new Float64Array(DELAY_VALUES);
  private nextLine = 0;
  private expectedLines = 0;
  private views: (MessageView | undefined)[] = [];
  /** Counts changes to what the index says (lines added, edited lines' values forgotten): see `version`. */
  private changes = 0;

  constructor(private readonly source: LineSource) {}

  get lineCount(): number {
    return this.nextLine;
  }

  /** Differs after any change to what the index says: facts derived from it and cached compare it. */
  get version(): number {
    return this.changes;
  }

  /** Indexes the source's lines that are not indexed yet, at most `limit` of them. */
  catchUp(limit = Infinity): void {
    const end = Math.min(this.source.lineCount, this.nextLine + limit);
    if (end > this.nextLine) this.changes++;
    for (let line = this.nextLine; line < end; line++) this.add(line);
    this.nextLine = end;
  }

  /**
   * The source will have about `lines` lines (a large file being read): tables grow once to the
   * size projected from the lines so far rather than by doubling.
   */
  expectLines(lines: number): void {
    this.expectedLines = lines;
  }

  private projected(rows: number): number {
    return projectedRows(rows, this.source.lineCount, this.expectedLines);
  }

  get complete(): boolean {
    return this.nextLine >= this.source.lineCount;
  }

  /**
   * Forgets that lines from `line` on were indexed. Only valid when none of them changed the
   * index (they were not syslog lines), which the document checks before calling.
   */
  rewindTo(line: number): void {
    this.changes++;
    this.nextLine = Math.min(this.nextLine, line);
  }

  /**
   * Lines were edited in a way the index does not depend on (a reason, a relay): what was read
   * of them when shown is read again.
   */
  forgetValues(from: number, count: number): void {
    this.changes++;
    for (let line = from; line < from + count && line < this.lineOwner.length; line++) {
      const owner = this.lineOwner[line];
      if (owner <= 0) continue;
      if (this.mQueuedLine[owner - 1] === line + 1 || this.mRejectLine[owner - 1] === line + 1) this.mFrom[owner - 1] = 0;
      for (let d = this.mDeliveryHead[owner - 1]; d !== 0; d = this.dNext[d - 1]) {
        if (this.dLine[d - 1] === line) this.dAddress[d - 1] = 0;
      }
    }
  }

  /** How many queue messages (and NOQUEUE attempts) the index holds, without making their views. */
  get messageCount(): number {
    return this.messageRows;
  }

  allMessages(): readonly QueueMessage[] {
    const all: QueueMessage[] = [];
    for (let m = 0; m < this.messageRows; m++) all.push(this.view(m));
    return all;
  }

  /** The first hop of every journey, in order of creation (see isJourneyRoot). */
  journeyRoots(): QueueMessage[] {
    const roots: QueueMessage[] = [];
    for (let m = 0; m < this.messageRows; m++) if (this.mPrevious[m] === 0) roots.push(this.view(m));
    return roots;
  }

  /** How many journeys the log has: Mail Traces lists them, a large file's open reports them, the summary's `journeys`. */
  get journeyCount(): number {
    let count = 0;
    for (let m = 0; m < this.messageRows; m++) if (this.mPrevious[m] === 0) count++;
    return count;
  }

  messagesWithId(queueId: string): readonly QueueMessage[] {
    const serials = this.serialsWithId(queueId);
    return serials.map((m) => this.view(m));
  }

  /** Serials of the messages with this ID, in birth order. */
  private serialsWithId(queueId: string): number[] {
    const id = this.ids.find(queueId);
    const serials: number[] = [];
    for (let m = id < this.lastWithId.length ? this.lastWithId[id] : 0; m !== 0; m = this.mSameIdBefore[m - 1]) serials.push(m - 1);
    return serials.reverse();
  }

  /**
   * The message with this ID that a mention on `line` refers to: the one the line belongs to or
   * names (two instances may use one ID at once; a `queued as ID` may come before the ID's first
   * line), else the one alive there, else the one most recently active before it, else the first.
   */
  resolve(queueId: string, line: number): QueueMessage | undefined {
    const serial = this.resolveSerial(queueId, line);
    return serial < 0 ? undefined : this.view(serial);
  }

  private resolveSerial(queueId: string, line: number): number {
    const candidates = this.serialsWithId(queueId);
    if (candidates.length === 0) return -1;
    const owner = line >= 0 && line < this.lineOwner.length ? this.lineOwner[line] - 1 : -1;
    const named = line >= 0 ? this.relatedOf.get(line) - 1 : -1;
    if (owner >= 0 || named >= 0) for (const m of candidates) if (m === owner || m === named) return m;
    let best = -1;
    let bestLast = -1;
    for (const m of candidates) {
      const first = this.mOwnHead[m] !== 0 ? this.mOwnHead[m] - 1 : this.mBirthLine[m];
      const last = this.mOwnTail[m] !== 0 ? this.mOwnTail[m] - 1 : this.mBirthLine[m];
      if (first <= line && line <= last) return m;
      if (first <= line && last > bestLast) {
        best = m;
        bestLast = last;
      }
    }
    return best >= 0 ? best : candidates[0];
  }

  /**
   * Links two messages as hops of one journey by a rule outside the lines' own (a log set's relay
   * between hosts: host A's `queued as X` names host B's queue). The delivery on `line` becomes a
   * hand-over (`forward`: re-submitted as a new queue file), no final delivery. False when `to`
   * already has a previous hop or the link would close a loop.
   */
  linkHops(from: QueueMessage, to: QueueMessage, line: number): boolean {
    this.link(from.serial, to.serial);
    if (this.mPrevious[to.serial] !== from.serial + 1) return false;
    for (let d = this.mDeliveryHead[from.serial]; d !== 0; d = this.dNext[d - 1]) {
      if (this.dLine[d - 1] !== line) continue;
      this.dNextHop[d - 1] = NEXT_HOPS.indexOf('forward') + 1;
      this.dQueuedAs[d - 1] = this.ids.add(to.queueId);
    }
    return true;
  }

  /** The message whose journey a line belongs to: its own, one it names, or the one born in its session. */
  messageOwning(line: number): QueueMessage | undefined {
    const owner = line >= 0 && line < this.lineOwner.length ? this.lineOwner[line] : 0;
    if (owner > 0) return this.view(owner - 1);
    if (owner < 0 && this.sHolder[-owner - 1] !== 0) return this.view(this.sHolder[-owner - 1] - 1);
    return undefined;
  }

  /** The view of a message, made once and kept: hops compare by identity. */
  view(serial: number): MessageView {
    let view = this.views[serial];
    if (!view) {
      while (this.views.length <= serial) this.views.push(undefined);
      view = this.views[serial] = new MessageView(this, serial);
    }
    return view;
  }

  // ---- Reading a message's columns (for MessageView) ----

  queueIdOf(m: number): string {
    return this.ids.get(this.mQueueId[m]) ?? '';
  }
  instanceOf(m: number): string {
    return this.names.get(this.mInstance[m]) ?? '';
  }
  birthLineOf(m: number): number {
    return this.mBirthLine[m];
  }
  ownLineCountOf(m: number): number {
    return this.mOwnCount[m];
  }
  firstTimeOf(m: number): number {
    return this.mFirstTime[m];
  }
  lastTimeOf(m: number): number {
    return this.mLastTime[m];
  }
  removedOf(m: number): boolean {
    return this.mRemoved[m] === 1;
  }
  abandonedOf(m: number): boolean {
    return this.mAbandoned[m] === 1;
  }
  outcomeOf(m: number): Outcome | undefined {
    return this.mOutcome[m] === 0 ? undefined : OUTCOMES[this.mOutcome[m] - 1];
  }
  clientOf(m: number): string | undefined {
    return this.names.get(this.mClient[m]);
  }
  previousOf(m: number): number {
    return this.mPrevious[m] - 1;
  }
  nextOf(m: number): number[] {
    const next: number[] = [];
    for (let n = this.mNextHead[m]; n !== 0; n = this.mNextSibling[n - 1]) next.push(n - 1);
    return next;
  }
  sessionOf(m: number): number {
    return this.mSession[m] - 1;
  }

  ownLinesOf(m: number): number[] {
    const lines: number[] = [];
    for (let l = this.mOwnHead[m]; l !== 0; l = this.nextOfOwner[l - 1]) lines.push(l - 1);
    return lines;
  }

  relatedLinesOf(m: number): number[] {
    const lines: number[] = [];
    for (let r = this.mRelatedHead[m]; r !== 0; r = this.rNext[r - 1]) lines.push(this.rLine[r - 1]);
    const more = this.moreRelated.get(m);
    if (more) lines.push(...more);
    return lines;
  }

  visitLinesOf(m: number, sessions: boolean, visit: (line: number) => void): void {
    for (let l = this.mOwnHead[m]; l !== 0; l = this.nextOfOwner[l - 1]) visit(l - 1);
    for (let r = this.mRelatedHead[m]; r !== 0; r = this.rNext[r - 1]) visit(this.rLine[r - 1]);
    this.moreRelated.get(m)?.forEach((line) => visit(line));
    const session = this.mSession[m];
    if (sessions && session !== 0) for (let l = this.sHead[session - 1]; l !== 0; l = this.nextOfOwner[l - 1]) visit(l - 1);
  }

  sessionLinesOf(s: number): number[] {
    const lines: number[] = [];
    for (let l = this.sHead[s]; l !== 0; l = this.nextOfOwner[l - 1]) lines.push(l - 1);
    return lines;
  }
  sessionKeyOf(s: number): number {
    return this.sKey[s];
  }
  sessionAddressOf(s: number): string | undefined {
    return this.names.get(this.sClientAddress[s]);
  }
  sessionOpen(s: number): boolean {
    return this.sOpen[s] === 1;
  }
  sessionHolder(s: number): number {
    return this.sHolder[s] - 1;
  }

  /**
   * The first hop of a message's journey. Follows the `towardRoot` shortcuts and points them at
   * the root found, so a chain of n hops costs O(n) in all, not O(n) per look-up.
   */
  rootOf(m: number): number {
    let root = m;
    while (this.mPrevious[root] !== 0) root = (this.mTowardRoot[root] || this.mPrevious[root]) - 1;
    for (let x = m; x !== root; ) {
      const up = (this.mTowardRoot[x] || this.mPrevious[x]) - 1;
      this.mTowardRoot[x] = root + 1;
      x = up;
    }
    return root;
  }

  /** Sender, size and recipient count: of its first `queue active` line, the sender of a NOQUEUE reject of its line. */
  queuedFacts(m: number): QueuedFacts {
    const reject = this.mRejectLine[m];
    if (reject === 0 && this.mQueuedLine[m] === 0) return {};
    const from = this.fromOf(m); // reads the size and recipient count too
    if (reject !== 0) return { from };
    return { from, size: numberOrUndefined(this.mSize[m]), nrcpt: numberOrUndefined(this.mNrcpt[m]) };
  }

  /** The sender, kept once read (with the size and recipient count): outlines, traces and the summary ask for it of every journey. */
  fromOf(m: number): string | undefined {
    if (this.mFrom[m] === 0) this.readQueuedFacts(m);
    return this.mFrom[m] === 1 ? undefined : this.words.get(this.mFrom[m] - 1);
  }

  private readQueuedFacts(m: number): void {
    const reject = this.mRejectLine[m];
    const queued = this.mQueuedLine[m];
    const values = reject !== 0 ? this.valuesOf(reject - 1) : queued !== 0 ? this.valuesOf(queued - 1, QUEUED_GROUPS) : {};
    this.keepQueuedFacts(m, values.from ?? null, numberOrNaN(values.size), numberOrNaN(values.nrcpt));
  }

  private keepQueuedFacts(m: number, from: string | null, size: number, nrcpt: number): void {
    this.mFrom[m] = from === null ? 1 : 1 + this.words.add(from);
    this.mSize[m] = size;
    this.mNrcpt[m] = nrcpt;
  }

  messageIdOf(m: number): string | undefined {
    return this.messageIds.get(this.mMessageId[m]);
  }

  deliveriesOf(m: number): Delivery[] {
    const out: Delivery[] = [];
    for (let d = this.mDeliveryHead[m]; d !== 0; d = this.dNext[d - 1]) out.push(new RowDelivery(this, d - 1));
    return out;
  }

  deliveryLine(d: number): number {
    return this.dLine[d];
  }
  deliveryQueuedAs(d: number): string | undefined {
    return this.ids.get(this.dQueuedAs[d]);
  }
  deliveryOutcome(d: number): Outcome | undefined {
    return this.dOutcome[d] === 0 ? undefined : OUTCOMES[this.dOutcome[d] - 1];
  }
  deliveryNextHop(d: number): NextHop | undefined {
    return this.dNextHop[d] === 0 ? undefined : NEXT_HOPS[this.dNextHop[d] - 1];
  }
  /** Address, status, relay and DSN, kept once read: filters, statuses and the summary go over every delivery. */
  deliveryAddress(d: number): string {
    if (this.dAddress[d] === 0) this.readDelivery(d);
    return this.words.get(this.dAddress[d]) ?? '';
  }
  deliveryStatus(d: number): string {
    if (this.dAddress[d] === 0) this.readDelivery(d);
    return this.words.get(this.dStatus[d]) ?? '';
  }
  deliveryRelay(d: number): string | undefined {
    if (this.dAddress[d] === 0) this.readDelivery(d);
    return this.words.get(this.dRelay[d]);
  }
  deliveryDsn(d: number): string | undefined {
    if (this.dAddress[d] === 0) this.readDelivery(d);
    return this.words.get(this.dDsn[d]);
  }
  /** All values of a delivery's line, read now. */
  deliveryValues(d: number): Values {
    return this.valuesOf(this.dLine[d]);
  }

  private readDelivery(d: number): void {
    const line = this.dLine[d];
    const values = this.valuesOf(line);
    readDelays(this.source.text(line), this.dDelays, d * DELAY_VALUES);
    this.keepDelivery(d, values.to ?? null, values.status ?? null, values.relay ?? null, values.dsn ?? null);
  }

  private keepDelivery(d: number, to: string | null, status: string | null, relay: string | null, dsn: string | null): void {
    const reject = (this.dKind[d] as DeliveryKind) === DeliveryKind.Reject;
    this.dAddress[d] = this.words.add(to ?? '');
    this.dStatus[d] = this.words.add(reject ? 'reject' : status ?? '');
    this.dRelay[d] = reject || relay === null ? 0 : this.words.add(relay);
    this.dDsn[d] = dsn === null ? 0 : this.words.add(dsn);
  }

  deliveryDelay(d: number): number | undefined {
    if (this.dAddress[d] === 0) this.readDelivery(d);
    return numberOrUndefined(this.dDelays[d * DELAY_VALUES]);
  }

  deliveryDelays(d: number): [number, number, number, number] | undefined {
    if (this.dAddress[d] === 0) this.readDelivery(d);
    const at = d * DELAY_VALUES;
    const stages = this.dDelays;
    return Number.isNaN(stages[at + 1]) ? undefined : [stages[at + 1], stages[at + 2], stages[at + 3], stages[at + 4]];
  }

  /**
   * Facts of the next line to be added, read ahead of the index by a parse worker (lineFacts.ts):
   * when the line makes a delivery, or is its message's `queue active` line, they are kept at once
   * and the line is not read back for them.
   */
  presetFacts(line: number, kind: 'delivery' | 'queued', words: readonly (string | null)[], wordAt: number, numbers: Float64Array, numberAt: number): void {
    this.presetLine = line;
    this.presetKind = kind;
    this.presetWords = words;
    this.presetWordAt = wordAt;
    this.presetNumbers.set(numbers.subarray(numberAt, numberAt + (kind === 'delivery' ? DELAY_VALUES : 2)));
  }

  deliveryIsReject(d: number): boolean {
    return (this.dKind[d] as DeliveryKind) === DeliveryKind.Reject;
  }

  private valuesOf(line: number, wanted?: readonly string[]): Values {
    return readValues(this.source, line, rowOf(this.source, line), wanted);
  }

  // ---- Building ----

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
      const m = parsed.postfix
        ? this.messageFor(parsed.instance, parsed.queueId, line, parsed.time)
        : this.messageFor('postfix', parsed.queueId, line, parsed.time, 'any-instance');
      if (this.mOwnCount[m] === 0) {
        // Its first own line: the birth unless a `client=`/`uid=` line says otherwise later.
        this.mBirthLine[m] = line;
        this.mFirstTime[m] = parsed.time;
      }
      this.addOwnLine(m, line);
      // A line after the session ended (cleanup logs late): it was not abandoned after all.
      this.mAbandoned[m] = 0;
      if (!Number.isNaN(parsed.time)) this.mLastTime[m] = parsed.time;
      const prelude = this.preludes.get(processKey);
      if (prelude) {
        for (const waiting of prelude) this.addRelated(m, waiting);
        this.preludes.delete(processKey);
      }
      if (role) this.applyRole(role, m, line, processKey, values);
      // A reject at RCPT under a queue ID refuses one recipient; later stages refuse the message.
      if (role === 'reject' && values.stage === 'RCPT' && values.to !== undefined) {
        this.addDelivery(m, line, DeliveryKind.Reject, 0, undefined, undefined);
      } else if (entry?.outcome && role !== 'delivery') {
        this.mOutcome[m] = OUTCOMES.indexOf(entry.outcome) + 1;
      }
      return;
    }
    const session = (this.sessions.get(processKey) ?? 0) - 1;
    const task = TASK_ENTRY[parsed.entry] ? this.taskOf(line, parsed, values) : 0;
    switch (role) {
      case 'session-start': {
        const address = bracketed(values.client);
        const opened = this.newSession(processKey, address, line);
        this.sessions.set(processKey, opened + 1);
        if (address) this.sessionsByAddress.set(this.names.add(address), opened + 1);
        return;
      }
      case 'session-end':
        if (session >= 0) {
          this.addSessionLine(session, line);
          if (!everyMailHadData(readValues(this.source, line, parsed, SESSION_END_GROUPS).commands)) this.markIfAbandoned(this.sLatest[session] - 1);
          this.sOpen[session] = 0;
          this.sessions.delete(processKey);
          const address = this.sClientAddress[session];
          if (address !== 0 && this.sessionsByAddress.get(address) === session + 1) this.sessionsByAddress.delete(address);
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
        const known = address ? this.names.find(address) : 0;
        const byAddress = known !== 0 ? (this.sessionsByAddress.get(known) ?? 0) - 1 : -1;
        const target = byAddress >= 0 ? byAddress : session;
        if (target >= 0) this.addSessionLine(target, line);
        return;
      }
      case 'filter':
        this.joinTask(task, line, this.addFilterVerdict(line, parsed, values));
        return;
      default:
        if (task !== 0) this.joinTask(task, line, -1);
        else if (session >= 0) this.addSessionLine(session, line);
    }
  }

  private applyRole(role: LineRole, m: number, line: number, processKey: number, values: Values): void {
    switch (role) {
      case 'birth': {
        this.mBirthLine[m] = line;
        this.mClient[m] = values.client === undefined ? 0 : this.names.add(values.client);
        const session = (this.sessions.get(processKey) ?? 0) - 1;
        if (session >= 0) this.joinSession(m, session);
        const original = values.orig_queue_id;
        if (original) this.link(this.resolveSerial(original, line), m);
        if (this.requeues.size > 0 && this.mClient[m] !== 0) this.adoptRequeue(m);
        return;
      }
      case 'message-id': {
        const messageId = values.message_id;
        if (!messageId) return;
        const id = this.messageIds.add(messageId);
        this.mMessageId[m] = id;
        this.lastWithMessageId = withRoom(this.lastWithMessageId, id);
        const earlier = this.lastWithMessageId[id] - 1;
        if (earlier >= 0 && earlier !== m && this.isRequeueOf(m, earlier)) this.link(earlier, m);
        this.lastWithMessageId[id] = m + 1;
        return;
      }
      case 'queued':
        // The first counts (pflogsumm's rule too): a retry's line may say otherwise, the message was received once.
        if (this.mQueuedLine[m] === 0) {
          this.mQueuedLine[m] = line + 1;
          this.mFrom[m] = 0; // its facts are this line's
          if (this.presetLine === line && this.presetKind === 'queued') this.keepQueuedFacts(m, this.presetWords[this.presetWordAt], this.presetNumbers[0], this.presetNumbers[1]);
        }
        return;
      case 'delivery': {
        // Only entries that name a next hop are read now: the link cannot wait.
        const entry = CATALOG[this.row.entry];
        const queuedAs = entry.nextHop ? readValues(this.source, line, this.row, linkingFields(role, this.row.entry)).queued_as : undefined;
        this.addDelivery(m, line, DeliveryKind.Line, queuedAs ? this.ids.add(queuedAs) : 0, entry.outcome, entry.nextHop);
        if (queuedAs) this.link(m, this.messageFor(this.instanceOf(m), queuedAs, line, NaN, 'mention'));
        else if (entry.outcome === 'sent' && this.source.text(line).includes('queued as ')) this.handedOver(m, line);
        return;
      }
      case 'notification': {
        const notice = values.queued_as;
        if (notice) this.link(m, this.messageFor(this.instanceOf(m), notice, line, NaN, 'mention'));
        return;
      }
      case 'removed': {
        this.mRemoved[m] = 1;
        const key = this.currentKey(this.mInstance[m], this.mQueueId[m]);
        if (this.current.get(key) === m + 1) this.current.delete(key);
        return;
      }
      default:
        return;
    }
  }

  /** A NOQUEUE reject is a journey of its own: an attempt that never got a queue file. */
  private addRejected(line: number, parsed: RowView, session: number, values: Values): void {
    const m = this.newMessage(this.instanceRef(parsed.instance), this.noQueueRef, line, parsed.time);
    this.addOwnLine(m, line);
    this.mRejectLine[m] = line + 1;
    this.mOutcome[m] = OUTCOMES.indexOf('rejected') + 1;
    if (values.to !== undefined) this.addDelivery(m, line, DeliveryKind.Reject, 0, undefined, undefined);
    if (session >= 0) this.joinSession(m, session);
    this.mClient[m] = values.client === undefined ? 0 : this.names.add(values.client);
  }

  /**
   * A companion names the message: amavis the re-queued one (`queued_as:`) and the original
   * (`Queue-ID:` or its Message-ID), Sendmail the Postfix message it handed to, Dovecot the one it
   * stored (Message-ID). Returns the message the line joins, -1 if none.
   */
  private addFilterVerdict(line: number, parsed: RowView, values: Values): number {
    const queuedAs = values.queued_as;
    const original = this.originalOf(values, parsed.time, line);
    const requeued = queuedAs ? this.messageFor(original >= 0 ? this.instanceOf(original) : 'postfix', queuedAs, line, NaN, 'mention') : -1;
    const holder = requeued >= 0 ? requeued : original;
    if (holder < 0) return -1;
    this.addRelated(holder, line);
    if (original >= 0 && requeued >= 0 && original !== requeued) this.link(original, requeued);
    const outcome = CATALOG[parsed.entry]?.outcome;
    if (outcome && requeued < 0 && original >= 0) this.mOutcome[original] = OUTCOMES.indexOf(outcome) + 1;
    return holder;
  }

  /** The message a companion's line checked: by the queue ID it names, else by a Message-ID logged recently. */
  private originalOf(values: Values, time: number, line: number): number {
    const named = values.orig_queue_id ? this.resolveSerial(values.orig_queue_id, line) : -1;
    if (named >= 0) return named;
    const known = values.message_id ? this.messageIds.find(values.message_id) : 0;
    const latest = known !== 0 ? this.lastWithMessageId[known] - 1 : -1;
    // The same Message-ID long after is another copy (a resend), not this message.
    return latest >= 0 && !(time - this.mLastTime[latest] > MESSAGE_ID_LINK_WINDOW_MS) ? latest : -1;
  }

  /** A companion's task ID, as a number (a hash: tasks are many and short-lived, their IDs are not kept); 0 for none. */
  private taskOf(line: number, parsed: RowView, values: Values): number {
    const read = parsed.entry >= 0 && CATALOG[parsed.entry].role === 'filter' ? values : readValues(this.source, line, parsed, TASK_GROUPS);
    const id = read.amavis_id ?? read.sendmail_id;
    return id ? hashOf(id, hashOf(parsed.program ?? '')) : 0;
  }

  /**
   * Joins a line of a companion's task to the message the task is about: `holder` when this line
   * named it (the lines that waited for it join too), else the one an earlier line named, else it waits.
   */
  private joinTask(task: number, line: number, holder: number): void {
    if (task === 0) return;
    if (holder >= 0) {
      const waiting = this.taskWaiting.get(task);
      if (waiting) {
        for (const early of waiting) this.addRelated(holder, early);
        this.taskWaiting.delete(task);
      }
      remember(this.taskHolders, task, holder + 1);
      return;
    }
    const known = (this.taskHolders.get(task) ?? 0) - 1;
    if (known >= 0) {
      this.addRelated(known, line);
      return;
    }
    const waiting = this.taskWaiting.get(task) ?? [];
    if (waiting.length >= TASK_WAIT_LIMIT) waiting.shift();
    waiting.push(line);
    remember(this.taskWaiting, task, waiting);
  }

  /**
   * A delivery answered `queued as X` with no hand-over in its catalog entry: X is the remote
   * server's ID, unless another Postfix instance of this host received the message and X is born
   * in this log close in time. Linked now if X was born already, else when it is (see adoptRequeue).
   */
  private handedOver(m: number, line: number): void {
    const id = readValues(this.source, line, this.row, INDEX_GROUPS.delivery).remote_queue_id;
    if (!id) return;
    const d = this.deliveryCount - 1;
    const idRef = this.ids.find(id);
    const born = idRef !== 0 && idRef < this.lastWithId.length ? this.lastWithId[idRef] - 1 : -1;
    if (born >= 0 && born !== m && this.isRequeueBirth(born, m, this.row.time)) this.linkRequeue(d, m, born);
    else remember(this.requeues, hashOf(id), d + 1);
  }

  /** A message born with a `client=` takes over the delivery that said `queued as` its ID just before. */
  private adoptRequeue(m: number): void {
    const key = hashOf(this.queueIdOf(m));
    const d = (this.requeues.get(key) ?? 0) - 1;
    if (d < 0) return;
    const line = this.dLine[d];
    const from = this.lineOwner[line] - 1;
    const row = rowOf(this.source, line);
    if (from < 0 || from === m || !this.isRequeueBirth(m, from, row.time)) return;
    // The hash matched: check that the delivery really named this ID.
    if (readValues(this.source, line, row, INDEX_GROUPS.delivery).remote_queue_id !== this.queueIdOf(m)) return;
    this.requeues.delete(key);
    this.linkRequeue(d, from, m);
  }

  /** Born by smtpd close to `time`, and no other message's next hop (linked to `from` by its Message-ID already is fine). */
  private isRequeueBirth(born: number, from: number, time: number): boolean {
    const previous = this.mPrevious[born];
    return (previous === 0 || previous === from + 1) && this.mClient[born] !== 0 && Math.abs(this.mFirstTime[born] - time) <= REQUEUE_WINDOW_MS;
  }

  private linkRequeue(d: number, from: number, to: number): void {
    this.link(from, to);
    if (this.mPrevious[to] !== from + 1) return;
    this.dQueuedAs[d] = this.mQueueId[to];
    this.dNextHop[d] = NEXT_HOPS.indexOf('requeue') + 1;
  }

  /** A message with the same Message-ID counts as the next hop when it came back from a filter soon after. */
  private isRequeueOf(later: number, earlier: number): boolean {
    // A message with a previous hop is already linked (that covers `earlier` -> `later` too).
    if (this.mPrevious[later] !== 0) return false;
    const client = this.clientOf(later);
    const fromFilter = client === undefined || LOOPBACK.test(client) || /^localhost\[/.test(client);
    const laterFirst = this.mFirstTime[later];
    const soon = Number.isNaN(this.mLastTime[earlier]) || Number.isNaN(laterFirst) ||
      (laterFirst >= this.mFirstTime[earlier] && laterFirst - this.mLastTime[earlier] <= MESSAGE_ID_LINK_WINDOW_MS);
    return fromFilter && soon && this.mRemoved[earlier] === 0;
  }

  private link(from: number, to: number): void {
    if (from < 0 || from === to || this.mPrevious[to] !== 0) return;
    // Never close a loop: `to` has no previous hop, so it leads to `from` only as its journey's root.
    if (this.rootOf(from) === to) return;
    this.mPrevious[to] = from + 1;
    appendToList(this.mNextHead, this.mNextTail, this.mNextSibling, from, to + 1);
  }

  /**
   * The message currently holding the ID, or a new one. A mention (`queued as ID`) may come
   * before the ID's own first line; the message is created then and the line joins it later.
   */
  private messageFor(instance: string, queueId: string, line: number, time: number, how: 'own' | 'any-instance' | 'mention' = 'own'): number {
    // A mention names a message from another line; a companion (milter) logs an ID of any instance.
    const anyInstance = how !== 'own';
    const mention = how === 'mention';
    const instanceRef = this.instanceRef(instance);
    const idRef = this.ids.add(queueId);
    const held = (this.current.get(this.currentKey(instanceRef, idRef)) ?? 0) - 1;
    const existing = held >= 0 ? held : anyInstance ? this.anyInstance(idRef) : this.adoptMentioned(instanceRef, idRef);
    if (existing >= 0) {
      if (mention) this.addRelated(existing, line);
      return existing;
    }
    const m = this.newMessage(instanceRef, idRef, line, time);
    if (mention) this.addRelated(m, line);
    this.current.set(this.currentKey(instanceRef, idRef), m + 1);
    return m;
  }

  /**
   * A `queued as ID` seen before the ID's own lines made a placeholder in the mentioning
   * instance; the first own line, from whichever instance, takes it over.
   */
  private adoptMentioned(instanceRef: number, idRef: number): number {
    const latest = this.anyInstance(idRef);
    if (latest < 0 || this.mOwnCount[latest] > 0) return -1;
    this.current.delete(this.currentKey(this.mInstance[latest], idRef));
    this.mInstance[latest] = instanceRef;
    this.current.set(this.currentKey(instanceRef, idRef), latest + 1);
    return latest;
  }

  /** A content filter may re-inject into another instance: take the latest live message with the ID. */
  private anyInstance(idRef: number): number {
    const latest = (idRef < this.lastWithId.length ? this.lastWithId[idRef] : 0) - 1;
    return latest >= 0 && this.mRemoved[latest] === 0 ? latest : -1;
  }

  /** One number for an instance and a queue ID: no key strings built per line. */
  private currentKey(instanceRef: number, idRef: number): number {
    return idRef * 4096 + (instanceRef & 4095);
  }

  /** An instance's number: nearly every line names the same instance as the line before. */
  private instanceRef(instance: string): number {
    if (instance !== this.lastInstance) {
      this.lastInstance = instance;
      this.lastInstanceRef = this.names.add(instance);
    }
    return this.lastInstanceRef;
  }

  private newMessage(instanceRef: number, idRef: number, line: number, time: number): number {
    const m = this.messageRows++;
    if (m >= this.mQueueId.length) growColumns(this, MESSAGE_COLUMNS, m, this.projected(m));
    this.mQueueId[m] = idRef;
    this.mInstance[m] = instanceRef;
    this.mBirthLine[m] = line;
    this.mFirstTime[m] = time;
    this.mLastTime[m] = time;
    if (idRef !== this.noQueueRef) {
      this.lastWithId = withRoom(this.lastWithId, idRef);
      this.mSameIdBefore[m] = this.lastWithId[idRef];
      this.lastWithId[idRef] = m + 1;
    }
    return m;
  }

  private addDelivery(m: number, line: number, kind: DeliveryKind, queuedAs: number, outcome: Outcome | undefined, nextHop: NextHop | undefined): void {
    const d = this.deliveryCount++;
    if (d >= this.dLine.length) {
      growColumns(this, DELIVERY_COLUMNS, d, this.projected(d));
      this.dDelays = withRoom(this.dDelays, this.dLine.length * DELAY_VALUES - 1);
    }
    this.dLine[d] = line;
    this.dKind[d] = kind;
    this.dQueuedAs[d] = queuedAs;
    this.dOutcome[d] = outcome ? OUTCOMES.indexOf(outcome) + 1 : 0;
    this.dNextHop[d] = nextHop ? NEXT_HOPS.indexOf(nextHop) + 1 : 0;
    this.dAddress[d] = 0;
    appendToList(this.mDeliveryHead, this.mDeliveryTail, this.dNext, m, d + 1);
    if (this.presetLine === line && this.presetKind === 'delivery' && kind === DeliveryKind.Line) {
      const words = this.presetWords;
      const at = this.presetWordAt;
      this.dDelays.set(this.presetNumbers, d * DELAY_VALUES);
      this.keepDelivery(d, words[at], words[at + 1], words[at + 2], words[at + 3]);
    }
  }

  private newSession(key: number, address: string | undefined, line: number): number {
    const s = this.sessionCount++;
    if (s >= this.sKey.length) growColumns(this, SESSION_COLUMNS, s, this.projected(s));
    this.sKey[s] = key;
    this.sClientAddress[s] = address ? this.names.add(address) : 0;
    this.sOpen[s] = 1;
    this.addSessionLine(s, line);
    return s;
  }

  private joinSession(m: number, s: number): void {
    this.mSession[m] = s + 1;
    if (this.sHolder[s] === 0) this.sHolder[s] = m + 1;
    // A new MAIL in the same session: the one before it got all the lines it will get (RSET after RCPT leaves none).
    if (this.sLatest[s] !== 0 && this.sLatest[s] !== m + 1) this.markIfAbandoned(this.sLatest[s] - 1);
    this.sLatest[s] = m + 1;
  }

  /**
   * A message whose only line is smtpd's `client=` when its session moves on: the client left
   * (or reset) after RCPT and before DATA, so cleanup never logged and nothing was queued.
   * O(1): a later own line clears the mark.
   */
  private markIfAbandoned(m: number): void {
    if (m < 0 || this.mOwnCount[m] !== 1 || this.mOwnHead[m] - 1 !== this.mBirthLine[m]) return;
    if (this.mQueuedLine[m] !== 0 || this.mMessageId[m] !== 0 || this.mDeliveryHead[m] !== 0 || this.mRemoved[m] !== 0 || this.mOutcome[m] !== 0) return;
    if (this.mRejectLine[m] !== 0 || this.mNextHead[m] !== 0) return;
    this.mAbandoned[m] = 1;
  }

  private roomForLine(line: number): void {
    if (line >= this.lineOwner.length) growColumns(this, LINE_COLUMNS, line, this.projected(line));
  }

  /** Records the first owner of a line (a line may join a message and be named by another of the same journey). */
  private own(line: number, owner: number): void {
    if (this.lineOwner[line] === 0) this.lineOwner[line] = owner;
  }

  private addOwnLine(m: number, line: number): void {
    this.roomForLine(line);
    appendToList(this.mOwnHead, this.mOwnTail, this.nextOfOwner, m, line + 1);
    this.mOwnCount[m]++;
    this.own(line, m + 1);
  }

  private addRelated(m: number, line: number): void {
    this.roomForLine(line);
    const already = this.relatedOf.get(line);
    if (already === m + 1) return; // named twice by one line (amavis): once is enough
    if (already !== 0) {
      const more = this.moreRelated.get(m);
      if (more) more.push(line);
      else this.moreRelated.set(m, [line]);
    } else {
      this.relatedOf.set(line, m + 1);
      const r = this.relatedCount++;
      if (r >= this.rLine.length) growColumns(this, RELATED_COLUMNS, r, this.projected(r));
      this.rLine[r] = line;
      appendToList(this.mRelatedHead, this.mRelatedTail, this.rNext, m, r + 1);
    }
    this.own(line, m + 1);
  }

  private addSessionLine(s: number, line: number): void {
    this.roomForLine(line);
    appendToList(this.sHead, this.sTail, this.nextOfOwner, s, line + 1);
    this.own(line, -(s + 1));
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
    // A companion's task ID links lines of entries without a role too.
    const fields = role ? linkingFields(role, parsed.entry) : TASK_ENTRY[parsed.entry] ? TASK_GROUPS : undefined;
    let values: Values = {};
    if (role && !fields) values = readValues(this.source, line, parsed);
    else if (fields && fields.length > 0) {
      const read = readValues(this.source, line, parsed, fields);
      for (const name of fields) values[name] = read[name];
    }
    return JSON.stringify([parsed.processKey, parsed.time, parsed.queueId, parsed.entry, values]);
  }
}


/**
 * The values of a line that linking reads (undefined: all of them); the rest is read when shown,
 * so an edit that changes only the rest (a typo in a reason) leaves the index valid.
 */
function linkingFields(role: LineRole, entry: number): readonly string[] | undefined {
  if (!LAZY_ROLES.has(role)) return INDEX_GROUPS[role];
  if (role === 'session-end') return SESSION_END_GROUPS;
  // A hand-over names its next hop; a plain `sent` may name a re-queue through another instance.
  if (role === 'delivery' && (CATALOG[entry].nextHop || CATALOG[entry].outcome === 'sent')) return INDEX_GROUPS.delivery;
  return [];
}

/**
 * A line's values: its catalog entry's named groups, and for Postfix deliveries and rejects
 * also the `key=value` fields (to, status, dsn, relay, reason).
 */
function readValues(source: LineSource, line: number, row: RowView, wanted?: readonly string[]): Values {
  return lineValues(source.text(line), row.entry, row.bodyStart, row.postfix, wanted);
}

/** Groups of smtpd's `disconnect` line read to tell an abandoned attempt: its command counts. */
const SESSION_END_GROUPS = ['commands'];

/**
 * Whether smtpd's command counts (`ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5`) say that
 * each accepted MAIL was followed by an accepted DATA (or that BDAT was used, which does not count
 * messages): then the session's last message was queued even if its cleanup line is not in the
 * log (yet).
 */
function everyMailHadData(commands: string | undefined): boolean {
  if (!commands) return false;
  const mail = /\bmail=(\d+)/.exec(commands);
  const data = /\bdata=(\d+)/.exec(commands);
  if (/\bbdat=/.test(commands)) return true;
  return mail !== null && data !== null && Number(data[1]) >= Number(mail[1]);
}

/** Sets a key of a bounded map, forgetting the oldest key when it is full. */
function remember<V>(map: Map<number, V>, key: number, value: V): void {
  if (!map.has(key) && map.size >= REMEMBERED) map.delete(map.keys().next().value as number);
  map.set(key, value);
}

/** FNV-1a of a string (never 0), continuing from `seed`. */
function hashOf(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) || 1;
}

function rowOf(source: LineSource, line: number): RowView {
  const row = newRowView();
  source.readRow(line, row);
  return row;
}

function numberOrUndefined(value: number): number | undefined {
  return Number.isNaN(value) ? undefined : value;
}

/** `host[1.2.3.4]` -> `1.2.3.4`. */
function bracketed(client: string | undefined): string | undefined {
  // indexOf, not a regex search: a name of many `[` would make an unanchored search quadratic.
  const open = client ? client.indexOf('[') : -1;
  const close = open < 0 ? -1 : client!.indexOf(']', open + 1);
  return close < 0 ? undefined : client!.slice(open + 1, close);
}
