// What the rest of the engine sees of the compact journey index (journeys.ts): a message, its
// session and its deliveries as handles on the index's columns, made when asked.
import type { NextHop, Outcome } from '../catalog';
import type { Delivery, JourneyIndex, QueuedFacts, QueueMessage, Session } from './journeys';

/** A message as the rest of the engine sees it: a handle on the index's columns. */
export class MessageView implements QueueMessage {
  constructor(private readonly index: JourneyIndex, readonly serial: number) {}

  get instance(): string {
    return this.index.instanceOf(this.serial);
  }
  get queueId(): string {
    return this.index.queueIdOf(this.serial);
  }
  get birthLine(): number {
    return this.index.birthLineOf(this.serial);
  }
  get ownLineCount(): number {
    return this.index.ownLineCountOf(this.serial);
  }
  get lines(): number[] {
    return this.index.ownLinesOf(this.serial);
  }
  get related(): number[] {
    return this.index.relatedLinesOf(this.serial);
  }
  get from(): string | undefined {
    return this.index.fromOf(this.serial);
  }
  get size(): number | undefined {
    return this.index.queuedFacts(this.serial).size;
  }
  get nrcpt(): number | undefined {
    return this.index.queuedFacts(this.serial).nrcpt;
  }
  queuedFacts(): QueuedFacts {
    return this.index.queuedFacts(this.serial);
  }
  get messageId(): string | undefined {
    return this.index.messageIdOf(this.serial);
  }
  get client(): string | undefined {
    return this.index.clientOf(this.serial);
  }
  get deliveries(): Delivery[] {
    return this.index.deliveriesOf(this.serial);
  }
  get outcome(): Outcome | undefined {
    return this.index.outcomeOf(this.serial);
  }
  get removed(): boolean {
    return this.index.removedOf(this.serial);
  }
  get abandoned(): boolean {
    return this.index.abandonedOf(this.serial);
  }
  get firstTime(): number {
    return this.index.firstTimeOf(this.serial);
  }
  get lastTime(): number {
    return this.index.lastTimeOf(this.serial);
  }
  get previous(): QueueMessage | undefined {
    const previous = this.index.previousOf(this.serial);
    return previous < 0 ? undefined : this.index.view(previous);
  }
  get next(): QueueMessage[] {
    return this.index.nextOf(this.serial).map((m) => this.index.view(m));
  }
  get root(): QueueMessage {
    return this.index.view(this.index.rootOf(this.serial));
  }
  get session(): Session | undefined {
    const s = this.index.sessionOf(this.serial);
    return s < 0 ? undefined : new SessionView(this.index, s);
  }
  visitLines(sessions: boolean, visit: (line: number) => void): void {
    this.index.visitLinesOf(this.serial, sessions, visit);
  }
}

class SessionView implements Session {
  constructor(private readonly index: JourneyIndex, private readonly number: number) {}

  get key(): number {
    return this.index.sessionKeyOf(this.number);
  }
  get clientAddress(): string | undefined {
    return this.index.sessionAddressOf(this.number);
  }
  get lines(): number[] {
    return this.index.sessionLinesOf(this.number);
  }
  get open(): boolean {
    return this.index.sessionOpen(this.number);
  }
  get holder(): QueueMessage | undefined {
    const m = this.index.sessionHolder(this.number);
    return m < 0 ? undefined : this.index.view(m);
  }
}

/** A delivery row: what filters and counts read from the index's columns, its reason from its line. */
export class RowDelivery implements Delivery {
  constructor(private readonly index: JourneyIndex, private readonly row: number) {}

  get line(): number {
    return this.index.deliveryLine(this.row);
  }
  get address(): string {
    return this.index.deliveryAddress(this.row);
  }
  get status(): string {
    return this.index.deliveryStatus(this.row);
  }
  get dsn(): string | undefined {
    return this.index.deliveryDsn(this.row);
  }
  get relay(): string | undefined {
    return this.index.deliveryRelay(this.row);
  }
  get reason(): string | undefined {
    return this.index.deliveryValues(this.row).reason;
  }
  get queuedAs(): string | undefined {
    return this.index.deliveryQueuedAs(this.row);
  }
  get outcome(): Outcome | undefined {
    return this.index.deliveryOutcome(this.row);
  }
  get nextHop(): NextHop | undefined {
    return this.index.deliveryNextHop(this.row);
  }
  get delay(): number | undefined {
    return this.index.deliveryDelay(this.row);
  }
  get delays(): readonly [number, number, number, number] | undefined {
    return this.index.deliveryDelays(this.row);
  }
}
