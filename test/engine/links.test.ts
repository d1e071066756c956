import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyPage, journeyAtLine } from '../../server/src/engine/features/journeyReports';
import { summarize } from '../../server/src/engine/features/summary';
import { definition } from '../../server/src/engine/features/navigation';
import { hover } from '../../server/src/engine/features/hover';
import { CLI } from '../support/paths';

// How lines of real hosts link into journeys (issue 13, "missing links"): each class with lines
// written from the programs' own log formats, checked in Mail Traces and the summary together.

const documentOf = (lines: string[]) => new MaillogDocument(lines.join('\n'), { defaultYear: 2023 });
const journeysOf = (document: MaillogDocument) => journeyPage(document, 'en').traces;
const statusOf = (document: MaillogDocument) => journeysOf(document).map((t) => [t.queueIds, t.status]);

/** The summary and Mail Traces tell the same story: as many journeys, as many final deliveries. */
function assertAgree(document: MaillogDocument): void {
  const { totals } = summarize(document);
  const journeys = journeysOf(document);
  assert.equal(totals.journeys, journeys.length);
  const sent = journeys.filter((t) => t.status !== 'discarded').flatMap((t) => t.recipients).filter((r) => r.status === 'sent');
  assert.equal(totals.delivered, sent.length);
}

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
  assertAgree(document);
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
  assert.equal(journeyAtLine(document, 1, 'en')?.status, 'removed');
  // The log ends before the cleanup line of a message whose DATA smtpd accepted: in flight, not abandoned.
  const cut = documentOf([
    'Mar 15 09:22:00 mx1 postfix/smtpd[612]: connect from relay.example.net[198.51.100.30]',
    'Mar 15 09:22:01 mx1 postfix/smtpd[612]: 2B3C4D5E04: client=relay.example.net[198.51.100.30]',
    'Mar 15 09:22:02 mx1 postfix/smtpd[612]: disconnect from relay.example.net[198.51.100.30] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5',
  ]);
  assert.deepEqual(statusOf(cut), [[['2B3C4D5E04'], 'active']]);
  assert.deepEqual([summarize(cut).totals.abandoned, summarize(cut).partial.unfinishedAtEnd], [0, 1]);
  assertAgree(document);
});

/** An inbound message through amavis at log level 2: every line of task (02800-04) belongs to its journey. */
const AMAVIS_TASK = [
  'Mar 15 10:00:01 mx1 postfix/smtpd[700]: 3C4D5E6F01: client=mail.example.org[192.0.2.10]',
  'Mar 15 10:00:01 mx1 postfix/cleanup[701]: 3C4D5E6F01: message-id=<m6@example.org>',
  'Mar 15 10:00:01 mx1 postfix/qmgr[702]: 3C4D5E6F01: from=<a@example.org>, size=1200, nrcpt=2 (queue active)',
  'Mar 15 10:00:01 mx1 amavis[2800]: (02800-04) ESMTP :10024 /var/lib/amavis/tmp/amavis-20230315T100001-02800-abcdEFGH: <a@example.org> -> <b@example.com>,<c@example.com> SIZE=1200 Received: from mx1.example.com ([127.0.0.1]) by localhost (mx1.example.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP for <b@example.com>; Wed, 15 Mar 2023 10:00:01 +0000 (UTC)',
  'Mar 15 10:00:01 mx1 amavis[2800]: (02800-04) Checking: aB3dE5fG7hI9 [192.0.2.10] <a@example.org> -> <b@example.com>,<c@example.com>',
  'Mar 15 10:00:01 mx1 amavis[2800]: (02800-04) p001 1/1 Content-Type: text/plain, 7bit, size: 420, SHA1 digest: 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
  'Mar 15 10:00:02 mx1 postfix/smtpd[710]: 3C4D5E6F02: client=localhost[127.0.0.1]',
  'Mar 15 10:00:02 mx1 postfix/cleanup[701]: 3C4D5E6F02: message-id=<m6@example.org>',
  'Mar 15 10:00:02 mx1 amavis[2800]: (02800-04) FWD from <a@example.org> -> <b@example.com>,<c@example.com>, BODY=7BIT 250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 3C4D5E6F02',
  'Mar 15 10:00:02 mx1 amavis[2800]: (02800-04) Passed CLEAN {RelayedInbound}, [192.0.2.10]:40112 [192.0.2.10] <a@example.org> -> <b@example.com>,<c@example.com>, Queue-ID: 3C4D5E6F01, Message-ID: <m6@example.org>, mail_id: aB3dE5fG7hI9, Hits: -1.2, size: 1200, queued_as: 3C4D5E6F02, 1020 ms',
  'Mar 15 10:00:02 mx1 amavis[2800]: (02800-04) size: 1200, TIMING [total 1021 ms] - SMTP greeting: 5 (0%)0, SMTP EHLO: 1 (0%)1, SMTP pre-MAIL: 1 (0%)1, SA check: 840 (82%)84, fwd-connect: 9 (1%)85, rundown: 1 (0%)100',
  'Mar 15 10:00:03 mx1 amavis[2800]: (02801-01) Checking: zZ9yY8xX7wW6 [198.51.100.40] <other@example.net> -> <b@example.com>',
];

test('amavis: every line of a task joins the journey its verdict names, before and after the verdict', () => {
  const document = documentOf(AMAVIS_TASK);
  const [journey, ...rest] = journeysOf(document);
  assert.deepEqual(journey.queueIds, ['3C4D5E6F01', '3C4D5E6F02']);
  assert.deepEqual(journey.lines, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'ESMTP, Checking, the MIME part, FWD, the verdict and TIMING');
  assert.deepEqual(rest, [], 'another task\'s line waits for its own verdict');
  assert.equal(journeyAtLine(document, 10, 'en')?.queueIds[0], '3C4D5E6F01');
  assertAgree(document);
});

test('amavis: a verdict\'s Queue-ID names the message it checked, even when a copy has the same Message-ID', () => {
  const document = documentOf([
    'Mar 15 10:10:00 mx1 postfix/smtpd[720]: 4D5E6F7001: client=sender.example.net[198.51.100.40]',
    'Mar 15 10:10:00 mx1 postfix/cleanup[701]: 4D5E6F7001: message-id=<resent@example.net>',
    'Mar 15 10:10:00 mx1 postfix/qmgr[702]: 4D5E6F7001: from=<x@example.net>, size=3000, nrcpt=1 (queue active)',
    // The client sent the same message again (it did not see the first 250); amavis scans both at once.
    'Mar 15 10:10:01 mx1 postfix/smtpd[721]: 4D5E6F7002: client=sender.example.net[198.51.100.40]',
    'Mar 15 10:10:01 mx1 postfix/cleanup[701]: 4D5E6F7002: message-id=<resent@example.net>',
    'Mar 15 10:10:01 mx1 postfix/qmgr[702]: 4D5E6F7002: from=<x@example.net>, size=3000, nrcpt=1 (queue active)',
    'Mar 15 10:10:02 mx1 amavis[2810]: (02810-07) Blocked INFECTED (Eicar-Signature) {DiscardedInbound,Quarantined}, [198.51.100.40]:51000 [198.51.100.40] <x@example.net> -> <b@example.com>, quarantine: virus-Qa1Wb2Ec3Rd4, Queue-ID: 4D5E6F7001, Message-ID: <resent@example.net>, mail_id: Qa1Wb2Ec3Rd4, Hits: -, size: 3000, 310 ms',
  ]);
  assert.deepEqual(statusOf(document), [[['4D5E6F7001'], 'discarded'], [['4D5E6F7002'], 'active']]);
  assert.deepEqual(journeysOf(document)[0].lines, [0, 1, 2, 6]);
  assertAgree(document);
});

test('a Sendmail hand-off to the local Postfix joins the journey of the Postfix queue ID it names, with Sendmail\'s other lines of that message', () => {
  const document = documentOf([
    'Aug 23 00:02:01 gw sendmail[4242]: 2BN02WpQ004242: from=root, size=312, class=0, nrcpts=1, msgid=<202308230002.2BN02WpQ004242@gw.example.com>, relay=root@localhost',
    'Aug 23 00:02:02 gw postfix/smtpd[4250]: connect from localhost[127.0.0.1]',
    'Aug 23 00:02:02 gw postfix/smtpd[4250]: 4F1A2B3C4D: client=localhost[127.0.0.1]',
    'Aug 23 00:02:02 gw postfix/cleanup[4251]: 4F1A2B3C4D: message-id=<202308230002.2BN02WpQ004242@gw.example.com>',
    'Aug 23 00:02:02 gw postfix/qmgr[4252]: 4F1A2B3C4D: from=<root@gw.example.com>, size=900, nrcpt=1 (queue active)',
    'Aug 23 00:02:02 gw sendmail[4243]: 2BN02WpQ004242: to=root, ctladdr=root (0/0), delay=00:00:01, xdelay=00:00:01, mailer=relay, pri=30226, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (Ok: queued as 4F1A2B3C4D)',
    'Aug 23 00:02:02 gw postfix/smtpd[4250]: disconnect from localhost[127.0.0.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5',
    'Aug 23 00:02:03 gw postfix/local[4253]: 4F1A2B3C4D: to=<admin@gw.example.com>, orig_to=<root@gw.example.com>, relay=local, delay=1, delays=0.5/0/0/0.5, dsn=2.0.0, status=sent (delivered to mailbox)',
    'Aug 23 00:02:03 gw postfix/qmgr[4252]: 4F1A2B3C4D: removed',
  ]);
  const [journey, ...rest] = journeysOf(document);
  assert.deepEqual(rest, []);
  assert.deepEqual([journey.queueIds, journey.status, journey.lines], [['4F1A2B3C4D'], 'sent', [0, 1, 2, 3, 4, 5, 6, 7, 8]]);
  const at = document.text(5).indexOf('4F1A2B3C4D');
  assert.equal(definition(document, { line: 5, character: at })?.start.line, 2);
  assertAgree(document);
});

const REQUEUED = [
  'Mar 15 11:00:01 mx1 postfix/smtpd[800]: 5E6F708101: client=mail.example.org[192.0.2.10]',
  'Mar 15 11:00:01 mx1 postfix/cleanup[801]: 5E6F708101: message-id=<m7@example.org>',
  'Mar 15 11:00:01 mx1 postfix/qmgr[802]: 5E6F708101: from=<a@example.org>, size=1500, nrcpt=1 (queue active)',
  'Mar 15 11:00:02 mx1 postfix-out/smtpd[900]: 6F70810201: client=mx1.example.com[203.0.113.5]',
  'Mar 15 11:00:02 mx1 postfix-out/cleanup[901]: 6F70810201: message-id=<m7@example.org>',
  'Mar 15 11:00:02 mx1 postfix-out/qmgr[902]: 6F70810201: from=<a@example.org>, size=1800, nrcpt=1 (queue active)',
  'Mar 15 11:00:02 mx1 postfix/smtp[803]: 5E6F708101: to=<d@example.net>, relay=203.0.113.5[203.0.113.5]:2501, delay=1.1, delays=0.1/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 6F70810201)',
  'Mar 15 11:00:02 mx1 postfix/qmgr[802]: 5E6F708101: removed',
  'Mar 15 11:00:03 mx1 postfix-out/smtp[903]: 6F70810201: to=<d@example.net>, relay=mx.example.net[198.51.100.25]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9A8B7C6D5E)',
  'Mar 15 11:00:03 mx1 postfix-out/qmgr[902]: 6F70810201: removed',
];

test('a re-queue through another instance of the host links to the queue ID it was given there, born before or after the delivery line', () => {
  for (const lines of [REQUEUED, [...REQUEUED.slice(0, 3), ...REQUEUED.slice(6, 8), ...REQUEUED.slice(3, 6), ...REQUEUED.slice(8)]]) {
    const document = documentOf(lines);
    const [journey, ...rest] = journeysOf(document);
    assert.deepEqual(rest, []);
    assert.deepEqual([journey.queueIds, journey.status], [['5E6F708101', '6F70810201'], 'sent']);
    assert.deepEqual(journey.recipients.map((r) => r.relay), ['mx.example.net[198.51.100.25]:25'], 'the hand-over is no final delivery');
    const { totals } = summarize(document);
    assert.deepEqual([totals.received, totals.delivered, totals.forwardedToFilter, totals.journeys], [1, 1, 1, 1]);
    assertAgree(document);
  }
});

test('a re-queue through an instance listening on loopback, linked by its Message-ID first, is still a hand-over, not a delivery', () => {
  const document = documentOf(REQUEUED.map((line) => line.replace('mx1.example.com[203.0.113.5]', 'localhost[127.0.0.1]').replace('203.0.113.5[203.0.113.5]:2501', 'mx1.example.com[192.0.2.53]:2501')));
  const [journey, ...rest] = journeysOf(document);
  assert.deepEqual([journey.queueIds, rest.length], [['5E6F708101', '6F70810201'], 0]);
  assert.deepEqual(journey.recipients.map((r) => r.relay), ['mx.example.net[198.51.100.25]:25']);
  assert.deepEqual([summarize(document).totals.delivered, summarize(document).totals.forwardedToFilter], [1, 1]);
  assertAgree(document);
});

test('the queue-ID hover names the remote server\'s queue ID of each delivery, not an ID of this log', () => {
  const document = documentOf(REQUEUED);
  const markdown = hover(document, { line: 0, character: document.text(0).indexOf('5E6F708101') + 1 }, 'en')!.markdown.replace(/\\/g, '');
  assert.match(markdown, /d@example\.net — sent \(2\.0\.0\) → mx\.example\.net\[198\.51\.100\.25\]:25 · accepted by the remote server as 9A8B7C6D5E/);
  assert.doesNotMatch(markdown, /remote server as 6F70810201/);
  const handOver = hover(document, { line: 6, character: 0 }, 'en')!.markdown.replace(/\\/g, '');
  assert.match(handOver, /Not the final delivery: another Postfix instance of this host received the message and queued it as 6F70810201/);
  assert.doesNotMatch(handOver, /remote server as/);
  assert.match(hover(document, { line: 8, character: 0 }, 'en')!.markdown.replace(/\\/g, ''), /Accepted by the remote server as 9A8B7C6D5E/);
  assertAgree(document);
});

test('a remote server\'s queue ID that this host happens to use much later is not a re-queue', () => {
  const document = documentOf([
    ...REQUEUED.slice(0, 3),
    REQUEUED[6].replace(/203\.0\.113\.5\]:2501/, '198.51.100.25]:25'),
    'Mar 15 12:30:00 mx1 postfix/smtpd[810]: 6F70810201: client=mail.example.org[192.0.2.10]',
  ]);
  assert.deepEqual(statusOf(document), [[['5E6F708101'], 'sent'], [['6F70810201'], 'active']]);
  assertAgree(document);
});

test('Dovecot\'s delivery joins the journey of the message with its Message-ID: the journey ends at the mailbox', () => {
  const document = documentOf([
    ...AMAVIS_TASK.slice(0, 10),
    'Mar 15 10:00:03 mx1 dovecot: lmtp(b@example.com)<4711><Xx1yZz2AbCdEfGh>: msgid=<m6@example.org>: saved mail to INBOX',
    'Mar 15 10:00:03 mx1 postfix/lmtp[704]: 3C4D5E6F02: to=<b@example.com>, relay=mx1.example.com[private/dovecot-lmtp], delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <b@example.com> Xx1yZz2AbCdEfGh Saved)',
    'Mar 15 10:00:03 mx1 dovecot: lda(c@example.com)<4712><Yy2zAa3BcDeFgHi>: msgid=<m6@example.org>: saved mail to Archive',
    'Mar 15 10:00:03 mx1 postfix/pipe[705]: 3C4D5E6F02: to=<c@example.com>, relay=dovecot, delay=0.2, delays=0/0/0/0.2, dsn=2.0.0, status=sent (delivered via dovecot service)',
    // The same Message-ID a day later is another copy, not this journey's.
    'Mar 16 10:00:03 mx1 dovecot: lmtp(b@example.com)<5711><Zz3aAb4CdEfGhIj>: msgid=<m6@example.org>: saved mail to INBOX',
  ]);
  const [journey] = journeysOf(document);
  assert.deepEqual(journey.lines.filter((line) => line >= 10), [10, 11, 12, 13]);
  assert.equal(journeyAtLine(document, 12, 'en')?.queueIds.join(' '), '3C4D5E6F01 3C4D5E6F02');
  assert.equal(journeyAtLine(document, 14, 'en'), undefined);
  assertAgree(document);
});

test('a reused queue ID: the hover and definition pick the message the line belongs to or names', () => {
  const document = documentOf([
    'Mar 15 12:00:00 mx1 postfix/smtpd[820]: 7A8B9C0D01: client=mail.example.org[192.0.2.10]',
    'Mar 15 12:00:00 mx1 postfix-out/qmgr[902]: 7A8B9C0D01: from=<other@example.com>, size=5, nrcpt=1 (queue active)',
    'Mar 15 12:00:01 mx1 postfix/qmgr[802]: 7A8B9C0D01: from=<first@example.org>, size=5, nrcpt=1 (queue active)',
    'Mar 15 12:00:02 mx1 postfix/qmgr[802]: 7A8B9C0D01: removed',
    'Mar 15 12:00:03 mx1 postfix-out/qmgr[902]: 7A8B9C0D01: removed',
    // The filter's answer names the ID again before the new message's own first line.
    'Mar 15 12:05:00 mx1 postfix/smtp[803]: 7A8B9C0D02: to=<b@example.com>, relay=127.0.0.1[127.0.0.1]:10024, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok, id=02820-01, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as 7A8B9C0D01)',
    'Mar 15 12:05:00 mx1 postfix/smtpd[830]: 7A8B9C0D01: client=localhost[127.0.0.1]',
    'Mar 15 12:05:00 mx1 postfix/qmgr[802]: 7A8B9C0D01: from=<second@example.org>, size=5, nrcpt=1 (queue active)',
  ]);
  const at = (line: number) => ({ line, character: document.text(line).lastIndexOf('7A8B9C0D01') + 2 });
  const senderIn = (line: number) => /Sender: ([^\n]*)/i.exec(hover(document, at(line), 'en')!.markdown.replace(/\\/g, ''))?.[1];
  assert.equal(senderIn(1), 'other@example.com', 'the other instance\'s message, alive at the same time');
  assert.equal(senderIn(2), 'first@example.org');
  assert.equal(senderIn(5), 'second@example.org', 'the message the filter queued, not the one removed before');
  assert.deepEqual([1, 2, 5].map((line) => definition(document, at(line))?.start.line), [1, 0, 6]);
  assertAgree(document);
});

test('a remote server\'s queue ID is a field of `parse`, not a link; a re-queue in the log stays linked in its journey', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-links-'));
  const file = path.join(dir, 'mail.log');
  fs.writeFileSync(file, `${[...REQUEUED].join('\n')}\n`);
  try {
    const rows = execFileSync(process.execPath, [CLI, 'parse', file], { encoding: 'utf8' }).trim().split('\n').map((row) => JSON.parse(row) as { line: number; fields: Record<string, string>; linkedQueueIds: string[] });
    const remote = rows.find((row) => row.line === 9);
    assert.ok(remote, 'line 9 is parsed');
    assert.deepEqual([remote.fields.remote_queue_id, remote.linkedQueueIds], ['9A8B7C6D5E', []]);
    const trace = execFileSync(process.execPath, [CLI, 'trace', file, '6F70810201'], { encoding: 'utf8' });
    assert.match(trace, /5E6F708101/, 'the trace of the re-queued ID shows the hop before it');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('editing the queue ID a delivery or an amavis task names makes the index stale, and its rebuild re-links the journeys', () => {
  const document = documentOf(REQUEUED);
  assert.equal(journeysOf(document).length, 1, 'indexed before the edit');
  const line = 6;
  const at = document.text(line).indexOf('6F70810201');
  document.applyChange({ start: { line, character: at }, end: { line, character: at + 10 } }, '6F70810299');
  assert.equal(document.indexStale, true);
  document.refreshIndex(Infinity);
  assert.deepEqual(statusOf(document).map(([ids]) => ids), [['5E6F708101'], ['6F70810201']], 'the re-queue no longer names the other instance\'s message');
  const amavis = documentOf(AMAVIS_TASK);
  assert.equal(journeysOf(amavis)[0].lines.includes(10), true);
  const task = amavis.text(10).indexOf('02800-04');
  amavis.applyChange({ start: { line: 10, character: task }, end: { line: 10, character: task + 8 } }, '02899-01');
  assert.equal(amavis.indexStale, true);
  amavis.refreshIndex(Infinity);
  assert.equal(journeysOf(amavis)[0].lines.includes(10), false, 'TIMING of another task');
});
