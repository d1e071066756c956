import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../../server/src/engine/document';
import { traces, traceAtLine } from '../../server/src/engine/trace';
import { summarize } from '../../server/src/engine/summary';

// How lines of real hosts link into journeys (issue 13, "missing links"): each class with lines
// written from the programs' own log formats, checked in Mail Traces and the summary together.

const documentOf = (lines: string[]) => new MaillogDocument(lines.join('\n'), { defaultYear: 2023 });
const journeysOf = (document: MaillogDocument) => traces(document, 'en').traces;

/** A message received and delivered: traffic before and after the line under test. */
const delivered = (id: string, minute: number, pid: number) => [
  `Mar 15 09:${minute}:00 mx1 postfix/smtpd[${pid}]: connect from mail.example.org[192.0.2.10]`,
  `Mar 15 09:${minute}:01 mx1 postfix/smtpd[${pid}]: ${id}: client=mail.example.org[192.0.2.10]`,
  `Mar 15 09:${minute}:01 mx1 postfix/cleanup[500]: ${id}: message-id=<${id}@example.org>`,
  `Mar 15 09:${minute}:01 mx1 postfix/qmgr[501]: ${id}: from=<a@example.org>, size=900, nrcpt=1 (queue active)`,
  `Mar 15 09:${minute}:02 mx1 postfix/smtpd[${pid}]: disconnect from mail.example.org[192.0.2.10] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5`,
  `Mar 15 09:${minute}:02 mx1 postfix/local[502]: ${id}: to=<b@example.com>, relay=local, delay=1, delays=0.5/0/0/0.5, dsn=2.0.0, status=sent (delivered to mailbox)`,
  `Mar 15 09:${minute}:02 mx1 postfix/qmgr[501]: ${id}: removed`,
];

test('a client that gives up after RCPT leaves an abandoned attempt, not mail in flight', () => {
  const document = documentOf([
    ...delivered('1A2B3C4D01', 10, 600),
    // smtpd opened the queue file at the first RCPT; no DATA came, so cleanup never logged.
    'Mar 15 09:11:00 mx1 postfix/smtpd[601]: connect from unknown[203.0.113.20]',
    'Mar 15 09:11:01 mx1 postfix/smtpd[601]: 1A2B3C4D02: client=unknown[203.0.113.20]',
    'Mar 15 09:11:31 mx1 postfix/smtpd[601]: lost connection after RCPT from unknown[203.0.113.20]',
    'Mar 15 09:11:31 mx1 postfix/smtpd[601]: disconnect from unknown[203.0.113.20] ehlo=1 mail=1 rcpt=1 commands=3',
    ...delivered('1A2B3C4D03', 12, 602),
  ]);
  const journeys = journeysOf(document);
  const abandoned = journeys.find((t) => t.queueIds[0] === '1A2B3C4D02')!;
  assert.equal(abandoned.status, 'removed', 'its queue file is gone: removed without delivery, not still in the queue');
  assert.deepEqual(abandoned.lines, [7, 8, 9, 10], 'the session\'s lines are its journey');
  const summary = summarize(document);
  assert.equal(summary.partial.unfinishedAtEnd, 0);
  assert.deepEqual([summary.totals.abandoned, summary.totals.received, summary.totals.delivered], [1, 3, 2]);
});

test('an attempt reset by RSET is abandoned; one whose cleanup line comes after the disconnect is not', () => {
  const document = documentOf([
    'Mar 15 09:20:00 mx1 postfix/smtpd[610]: connect from relay.example.net[198.51.100.30]',
    'Mar 15 09:20:01 mx1 postfix/smtpd[610]: 2B3C4D5E01: client=relay.example.net[198.51.100.30]',
    'Mar 15 09:20:02 mx1 postfix/smtpd[610]: 2B3C4D5E02: client=relay.example.net[198.51.100.30]',
    'Mar 15 09:20:02 mx1 postfix/cleanup[500]: 2B3C4D5E02: message-id=<second@example.net>',
    'Mar 15 09:20:03 mx1 postfix/smtpd[610]: disconnect from relay.example.net[198.51.100.30] ehlo=1 mail=2 rcpt=2 rset=1 data=1 quit=1 commands=8',
    // Another session whose message's cleanup and qmgr lines syslog wrote after its disconnect.
    'Mar 15 09:21:00 mx1 postfix/smtpd[611]: connect from relay.example.net[198.51.100.30]',
    'Mar 15 09:21:01 mx1 postfix/smtpd[611]: 2B3C4D5E03: client=relay.example.net[198.51.100.30]',
    'Mar 15 09:21:02 mx1 postfix/smtpd[611]: disconnect from relay.example.net[198.51.100.30] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5',
    'Mar 15 09:21:02 mx1 postfix/cleanup[500]: 2B3C4D5E03: message-id=<third@example.net>',
    'Mar 15 09:21:02 mx1 postfix/qmgr[501]: 2B3C4D5E03: from=<c@example.net>, size=700, nrcpt=1 (queue active)',
  ]);
  const status = Object.fromEntries(journeysOf(document).map((t) => [t.queueIds[0], t.status]));
  assert.deepEqual(status, { '2B3C4D5E01': 'removed', '2B3C4D5E02': 'active', '2B3C4D5E03': 'active' });
  const summary = summarize(document);
  assert.equal(summary.totals.abandoned, 1);
  assert.equal(summary.partial.unfinishedAtEnd, 2);
  assert.equal(traceAtLine(document, 1, 'en')?.status, 'removed');
});
