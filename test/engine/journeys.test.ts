import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyPage } from '../../server/src/engine/features/journeyReports';
import { definition, references } from '../../server/src/engine/features/navigation';
import { hover } from '../../server/src/engine/features/hover';
import { SEED } from '../support/paths';

const journeysOf = (lines: string[]) => journeyPage(new MaillogDocument(lines.join('\n'), { defaultYear: 2018 }), 'en').traces;
const at = (h: number, m: number, s: number) => `Aug 19 ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')} mail`;

test('seed: two journeys, the inbound one across the amavis hop', () => {
  const all = journeysOf(fs.readFileSync(SEED, 'utf8').split('\n'));
  assert.deepEqual(all.map((t) => [t.queueIds, t.status]), [[['EA8FF222F6'], 'sent'], [['974C6222F6', '01373222F7'], 'sent']]);
  assert.equal(all[1].start, '2018-08-19T06:09:14.000Z');
  assert.equal(all[1].end, '2018-08-19T06:09:17.000Z');
});

test('a bounce links the failed message to its non-delivery notice', () => {
  const [journey, ...rest] = journeysOf([
    `${at(8, 0, 0)} postfix/pickup[10]: AAAAA11111: uid=1000 from=<alice@example.org>`,
    `${at(8, 0, 0)} postfix/cleanup[11]: AAAAA11111: message-id=<m1@example.org>`,
    `${at(8, 0, 1)} postfix/qmgr[12]: AAAAA11111: from=<alice@example.org>, size=300, nrcpt=1 (queue active)`,
    `${at(8, 0, 2)} postfix/smtp[13]: AAAAA11111: to=<nobody@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=2, delays=0.1/0/1/0.9, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command))`,
    `${at(8, 0, 2)} postfix/cleanup[11]: BBBBB22222: message-id=<20180819080002.BBBBB22222@mail.example.org>`,
    `${at(8, 0, 2)} postfix/bounce[14]: AAAAA11111: sender non-delivery notification: BBBBB22222`,
    `${at(8, 0, 2)} postfix/qmgr[12]: AAAAA11111: removed`,
    `${at(8, 0, 2)} postfix/qmgr[12]: BBBBB22222: from=<>, size=2000, nrcpt=1 (queue active)`,
    `${at(8, 0, 3)} postfix/local[15]: BBBBB22222: to=<alice@example.org>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)`,
    `${at(8, 0, 3)} postfix/qmgr[12]: BBBBB22222: removed`,
  ]);
  assert.deepEqual(rest, []);
  assert.deepEqual(journey.queueIds, ['AAAAA11111', 'BBBBB22222']);
  assert.equal(journey.status, 'bounced');
  assert.equal(journey.firstLine, 0);
  assert.deepEqual(journey.recipients.map((r) => [r.address, r.status, r.dsn]), [['nobody@example.com', 'bounced', '5.1.1'], ['alice@example.org', 'sent', '2.0.0']]);
});

test('a deferred delivery later sent counts as sent; one still deferred as deferred', () => {
  const [retried, stuck] = journeysOf([
    `${at(9, 0, 0)} postfix/qmgr[1]: CCCCC33333: from=<a@example.org>, size=1, nrcpt=1 (queue active)`,
    `${at(9, 0, 1)} postfix/smtp[2]: CCCCC33333: to=<b@example.com>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)`,
    `${at(9, 0, 2)} postfix/qmgr[1]: DDDDD44444: from=<a@example.org>, size=1, nrcpt=1 (queue active)`,
    `${at(9, 0, 3)} postfix/smtp[2]: DDDDD44444: to=<c@example.com>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)`,
    `${at(9, 10, 0)} postfix/qmgr[1]: CCCCC33333: from=<a@example.org>, size=1, nrcpt=1 (queue active)`,
    `${at(9, 10, 1)} postfix/smtp[2]: CCCCC33333: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=601, delays=600/0/0.5/0.5, dsn=2.0.0, status=sent (250 ok)`,
    `${at(9, 10, 1)} postfix/qmgr[1]: CCCCC33333: removed`,
  ]);
  assert.equal(retried.status, 'sent');
  assert.deepEqual(retried.recipients.map((r) => [r.status, r.line]), [['sent', 5]]);
  assert.equal(stuck.status, 'deferred');
});

test('NOQUEUE rejects are journeys attached to their smtpd session', () => {
  const [rejected] = journeysOf([
    `${at(10, 0, 0)} postfix/smtpd[5]: connect from unknown[192.0.2.9]`,
    `${at(10, 0, 1)} postfix/smtpd[5]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.org>: Relay access denied; from=<s@spam.example> to=<x@example.org> proto=ESMTP helo=<spam>`,
    `${at(10, 0, 2)} postfix/smtpd[5]: disconnect from unknown[192.0.2.9] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4`,
  ]);
  assert.deepEqual(rejected.queueIds, ['NOQUEUE']);
  assert.equal(rejected.status, 'rejected');
  assert.equal(rejected.from, 's@spam.example');
  assert.deepEqual(rejected.lines, [0, 1, 2]);
  assert.deepEqual(rejected.recipients.map((r) => [r.address, r.dsn]), [['x@example.org', '5.7.1']]);
});

test('a queue ID that comes back after removed starts a new journey', () => {
  const all = journeysOf([
    `${at(11, 0, 0)} postfix/qmgr[1]: EEEEE55555: from=<a@example.org>, size=1, nrcpt=1 (queue active)`,
    `${at(11, 0, 1)} postfix/qmgr[1]: EEEEE55555: removed`,
    `${at(12, 0, 0)} postfix/qmgr[1]: EEEEE55555: from=<z@example.org>, size=1, nrcpt=1 (queue active)`,
  ]);
  assert.deepEqual(all.map((t) => [t.from, t.lines]), [['a@example.org', [0, 1]], ['z@example.org', [2]]]);
});

test('a re-queue without "queued as" is linked by Message-ID; a three-hop chain stays one journey', () => {
  const all = journeysOf([
    `${at(13, 0, 0)} postfix/smtpd[1]: F0F0F00001: client=mx.example.com[192.0.2.5]`,
    `${at(13, 0, 0)} postfix/cleanup[2]: F0F0F00001: message-id=<hop@example.com>`,
    `${at(13, 0, 1)} postfix/smtp[3]: F0F0F00001: to=<u@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok, id=1234-01, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as F0F0F00002)`,
    `${at(13, 0, 1)} postfix/smtpd[4]: F0F0F00002: client=localhost[127.0.0.1]`,
    `${at(13, 0, 1)} postfix/cleanup[2]: F0F0F00002: message-id=<hop@example.com>`,
    `${at(13, 0, 2)} postfix/smtpd[4]: F0F0F00003: client=localhost[127.0.0.1]`,
    `${at(13, 0, 2)} postfix/cleanup[2]: F0F0F00003: message-id=<hop@example.com>`,
    `${at(13, 0, 3)} postfix/lmtp[5]: F0F0F00003: to=<u@example.org>, relay=mail.example.org[private/dovecot-lmtp], delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <u@example.org> Saved)`,
  ]);
  assert.deepEqual(all.map((t) => t.queueIds), [['F0F0F00001', 'F0F0F00002', 'F0F0F00003']]);
  assert.equal(all[0].status, 'sent');
});

test('deferred while the content filter was down, then handed over and delivered: sent', () => {
  const [journey] = journeysOf([
    `${at(16, 0, 0)} postfix/smtpd[1]: C0C0C00001: client=mx.example.com[192.0.2.5]`,
    `${at(16, 0, 1)} postfix/smtp[3]: C0C0C00001: to=<u@example.org>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)`,
    `${at(16, 5, 1)} postfix/smtp[3]: C0C0C00001: to=<u@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=301, delays=300/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok, id=1234-01, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as C0C0C00002)`,
    `${at(16, 5, 1)} postfix/qmgr[6]: C0C0C00001: removed`,
    `${at(16, 5, 1)} postfix/smtpd[4]: C0C0C00002: client=localhost[127.0.0.1]`,
    `${at(16, 5, 2)} postfix/lmtp[5]: C0C0C00002: to=<u@example.org>, relay=mail.example.org[private/dovecot-lmtp], delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (250 2.0.0 <u@example.org> Saved)`,
  ]);
  assert.deepEqual(journey.queueIds, ['C0C0C00001', 'C0C0C00002']);
  assert.deepEqual(journey.recipients.map((r) => [r.address, r.status]), [['u@example.org', 'sent']]);
  assert.equal(journey.status, 'sent');
});

test('an unrelated later message with the same Message-ID from a remote client is not linked', () => {
  const all = journeysOf([
    `${at(14, 0, 0)} postfix/smtpd[1]: A1A1A10001: client=mx.example.com[192.0.2.5]`,
    `${at(14, 0, 0)} postfix/cleanup[2]: A1A1A10001: message-id=<same@example.com>`,
    `${at(14, 0, 5)} postfix/smtpd[1]: A1A1A10002: client=other.example.net[198.51.100.7]`,
    `${at(14, 0, 5)} postfix/cleanup[2]: A1A1A10002: message-id=<same@example.com>`,
  ]);
  assert.equal(all.length, 2);
});

test('definition and references follow IDs named inside other lines', () => {
  const document = new MaillogDocument(fs.readFileSync(SEED, 'utf8'));
  const line = 29; // amavis ... queued_as: 01373222F7
  const character = document.text(line).indexOf('01373222F7');
  assert.equal(definition(document, { line, character })!.start.line, 24);
  assert.ok(references(document, { line, character }).some((r) => r.start.line === 29));
  assert.equal(definition(document, { line: 12, character: 20 }), undefined, 'postgrey maintenance has no queue ID');
});

test('multi-instance: the same queue ID in two instances is two messages; a re-injection into another instance links', () => {
  const all = journeysOf([
    `${at(15, 0, 0)} postfix/smtpd[1]: ABCDE00001: client=mx.example.com[192.0.2.5]`,
    `${at(15, 0, 0)} postfix-out/qmgr[2]: ABCDE00001: from=<other@example.org>, size=5, nrcpt=1 (queue active)`,
    `${at(15, 0, 1)} postfix/qmgr[3]: ABCDE00001: from=<a@example.com>, size=5, nrcpt=1 (queue active)`,
    `${at(15, 0, 2)} postfix/smtp[4]: ABCDE00001: to=<b@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABCDE00002)`,
    `${at(15, 0, 2)} postfix-out/smtpd[5]: ABCDE00002: client=localhost[127.0.0.1], orig_queue_id=ABCDE00001, orig_client=mx.example.com[192.0.2.5]`,
    `${at(15, 0, 3)} postfix-out/smtp[6]: ABCDE00002: to=<b@example.org>, relay=mx.example.org[198.51.100.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)`,
  ]);
  const ids = all.map((t) => [t.queueIds, t.from]);
  assert.deepEqual(ids, [[['ABCDE00001', 'ABCDE00002'], 'a@example.com'], [['ABCDE00001'], 'other@example.org']]);
});

test('orig_queue_id links a re-injected message even without "queued as"', () => {
  const [journey, ...rest] = journeysOf([
    `${at(16, 0, 0)} postfix/qmgr[1]: 1234500001: from=<a@example.com>, size=5, nrcpt=1 (queue active)`,
    `${at(16, 0, 1)} postfix/smtpd[2]: 1234500002: client=localhost[127.0.0.1], orig_queue_id=1234500001, orig_client=mx.example.com[192.0.2.5]`,
  ]);
  assert.deepEqual(rest, []);
  assert.deepEqual(journey.queueIds, ['1234500001', '1234500002']);
});

test('an alias forward links to the forwarded copy; expiry and postsuper deletion end journeys', () => {
  const all = journeysOf([
    `${at(17, 0, 0)} postfix/qmgr[1]: AAAA100001: from=<a@example.com>, size=5, nrcpt=1 (queue active)`,
    `${at(17, 0, 1)} postfix/local[2]: AAAA100001: to=<alias@example.org>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (forwarded as AAAA100002)`,
    `${at(17, 0, 1)} postfix/qmgr[1]: AAAA100002: from=<a@example.com>, size=6, nrcpt=1 (queue active)`,
    `${at(17, 0, 2)} postfix/qmgr[1]: BBBB100001: from=<c@example.com>, status=expired, returned to sender`,
    `${at(17, 0, 3)} postfix/postsuper[3]: CCCC100001: removed`,
  ]);
  assert.deepEqual(all.map((t) => [t.queueIds, t.status]), [
    [['AAAA100001', 'AAAA100002'], 'active'],
    [['BBBB100001'], 'expired'],
    [['CCCC100001'], 'removed'],
  ]);
});

test('the discard transport says status=sent, but the journey is discarded', () => {
  const [journey] = journeysOf([
    `${at(18, 0, 0)} postfix/qmgr[1]: DDDD100001: from=<a@example.com>, size=5, nrcpt=1 (queue active)`,
    `${at(18, 0, 1)} postfix/discard[2]: DDDD100001: to=<spam@example.org>, relay=none, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (spam trap)`,
    `${at(18, 0, 1)} postfix/qmgr[1]: DDDD100001: removed`,
  ]);
  assert.equal(journey.status, 'discarded');
});

test('a queue ID hover gives first and last seen in the log\'s own clock, as its lines do', () => {
  const lines = [
    '2018-08-19T05:49:42+02:00 mail postfix/pickup[1]: ABCDE12345: uid=0 from=<root>',
    '2018-08-19T05:49:43+02:00 mail postfix/qmgr[2]: ABCDE12345: removed',
  ];
  const markdown = hover(new MaillogDocument(lines.join('\n'), { defaultYear: 2018 }), { line: 1, character: 50 }, 'en')!.markdown;
  assert.match(markdown, /first seen: 2018-08-19 05:49:42 · last seen: 2018-08-19 05:49:43/);
});
