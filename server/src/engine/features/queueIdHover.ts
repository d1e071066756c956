import type { MaillogDocument } from '../model/document';
import type { QueueMessage } from '../model/journeys';
import { buildJourney, journeyOf } from './journeyReports';
import { lineDetails } from '../model/parse';
import type { Field } from '../text/fields';
import { escapeMarkdown } from '../text/inert';
import { formatTime } from '../model/time';
import { text as t, statusText } from '../text/strings';
import type { Locale } from '../text/i18n';

/** Recipients and hops a hover lists: a journey may have tens of thousands; the index keeps them all. */
export const HOVER_LIST_LIMIT = 50;

/** Markdown for a queue ID hover: sender, recipients with outcome, times, the hops of its journey. */
export function describeMessage(document: MaillogDocument, message: QueueMessage, locale: Locale): string {
  const hops = journeyOf(message);
  const trace = buildJourney(document, hops, locale, false);
  const out: string[] = [];
  out.push(`**${t(locale, 'message', { queue_id: escapeMarkdown(message.queueId) })}** — ${statusText(locale, trace.status)}`);
  const sender = message.from ?? trace.from;
  const facts: string[] = [];
  if (sender !== undefined) facts.push(`- ${t(locale, 'sender')}: ${sender === '' ? escapeMarkdown(t(locale, 'nullSender')) : escapeMarkdown(sender)}`);
  if (trace.recipients.length === 0) facts.push(`- ${t(locale, 'recipients')}: ${t(locale, 'noRecipients')}`);
  for (const r of trace.recipients.slice(0, HOVER_LIST_LIMIT)) {
    const via = r.relay ? ` → ${escapeMarkdown(r.relay, 80)}` : '';
    const dsn = r.dsn ? ` (${escapeMarkdown(r.dsn, 16)})` : '';
    const remote = remoteQueueId(document, lineDetails(document.text(r.line), document.parsed(r.line)).fields);
    const remoteText = remote ? ` · ${t(locale, 'remoteId', { id: escapeMarkdown(remote) })}` : '';
    facts.push(`- ${t(locale, 'recipients')}: ${escapeMarkdown(r.address)} — ${escapeMarkdown(r.status, 20)}${dsn}${via}${remoteText}`);
  }
  if (trace.recipients.length > HOVER_LIST_LIMIT) facts.push(`- ${t(locale, 'andMore', { count: trace.recipients.length - HOVER_LIST_LIMIT })}`);
  // In the log's own clock, as its lines show them.
  const utcOffset = document.parsed(message.birthLine).utcOffset;
  facts.push(`- ${t(locale, 'firstSeen')}: ${formatTime(message.firstTime, utcOffset)} · ${t(locale, 'lastSeen')}: ${formatTime(message.lastTime, utcOffset)}`);
  facts.push(`- ${t(locale, 'bornAt', { line: message.birthLine + 1 })} · ${t(locale, 'linesCount', { count: message.ownLineCount })}`);
  if (hops.length > 1) {
    // The hovered hop is always shown, in bold, even when it is not among the first ones.
    const index = hops.indexOf(message);
    const shown = hops.filter((_, i) => i < HOVER_LIST_LIMIT || i === index);
    const ids = shown.map((h) => (h === message ? `**${escapeMarkdown(h.queueId)}**` : escapeMarkdown(h.queueId)));
    const more = hops.length > shown.length ? ` ${t(locale, 'andMore', { count: hops.length - shown.length })}` : '';
    facts.push(`- ${t(locale, 'journey')}: ${ids.join(' → ')}${more}`);
  }
  out.push(facts.join('\n'));
  return out.join('\n\n');
}

/**
 * The queue ID a receiving server answered (`250 ... queued as X`) when X names no message of this
 * log: the ID to give that server's administrator. In the log, X is a hop of the journey instead.
 */
export function remoteQueueId(document: MaillogDocument, fields: readonly Field[]): string | undefined {
  const id = fields.find((f) => f.name === 'remote_queue_id')?.value;
  return id && document.journeys.messagesWithId(id).length === 0 ? id : undefined;
}

/** Whether a line names the queue ID its mail went on under (`queued as X`): only then does its note read the journeys. */
export function mentionsNextQueueId(fields: readonly Field[]): boolean {
  return fields.some((f) => f.name === 'remote_queue_id' || f.name === 'queued_as');
}

/**
 * What a delivery's `queued as X` means, for its hover: the remote server's ID when X is not in
 * this log, or the re-queue by another Postfix instance of this host when the journey goes on in X.
 */
export function queuedAsNote(document: MaillogDocument, line: number, fields: readonly Field[], locale: Locale): string | undefined {
  if (!mentionsNextQueueId(fields)) return undefined;
  const remote = remoteQueueId(document, fields);
  if (remote) return t(locale, 'remoteQueueId', { id: escapeMarkdown(remote) });
  const queueId = document.parsed(line).queueId;
  const message = queueId === undefined ? undefined : document.journeys.resolve(queueId, line);
  const requeue = message?.deliveries.find((d) => d.line === line && d.nextHop === 'requeue');
  return requeue?.queuedAs === undefined ? undefined : t(locale, 'requeuedAs', { id: escapeMarkdown(requeue.queuedAs) });
}
