import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanKeyValues } from '../../server/src/engine/text/fields';

const DELIVERY = 'Aug 19 05:49:45 mail postfix/smtp[10065]: EA8FF222F6: to=<test.redhat@gmail.com>, relay=gmail-smtp-in.l.google.com[74.125.197.26]:25, delay=1.8, delays=0.74/0.03/0.19/0.82, dsn=2.0.0, status=sent (250 2.0.0 OK 1534672190 g10-v6si7304311pfd.86 - gsmtp)';

test('delivery line fields, with offsets of their values', () => {
  const start = DELIVERY.indexOf('to=');
  const fields = scanKeyValues(DELIVERY, start);
  assert.deepEqual(fields.map((f) => [f.name, f.value]), [
    ['to', 'test.redhat@gmail.com'],
    ['relay', 'gmail-smtp-in.l.google.com[74.125.197.26]:25'],
    ['delay', '1.8'],
    ['delays', '0.74/0.03/0.19/0.82'],
    ['dsn', '2.0.0'],
    ['status', 'sent'],
    ['reason', '250 2.0.0 OK 1534672190 g10-v6si7304311pfd.86 - gsmtp'],
  ]);
  for (const f of fields) assert.equal(DELIVERY.slice(f.start, f.end), f.value);
});

test('qmgr line: (queue active) becomes queue_state', () => {
  const line = 'EA8FF222F6: from=<test01@unotes.co>, size=1725, nrcpt=1 (queue active)';
  const fields = scanKeyValues(line, 12);
  assert.deepEqual(fields.map((f) => [f.name, f.value]), [['from', 'test01@unotes.co'], ['size', '1725'], ['nrcpt', '1'], ['queue_state', 'active']]);
});

test('values with commas but no following key stay whole; message-id becomes message_id', () => {
  const fields = scanKeyValues('client=unknown[x.x.196.255], sasl_method=LOGIN, sasl_username=a, b@c', 0);
  assert.deepEqual(fields.map((f) => [f.name, f.value]), [['client', 'unknown[x.x.196.255]'], ['sasl_method', 'LOGIN'], ['sasl_username', 'a, b@c']]);
  assert.equal(scanKeyValues('message-id=<x@y>', 0)[0].name, 'message_id');
});

test('space-separated fields end at the next key (milter reject, disconnect, pickup)', () => {
  const pairs = (line: string) => scanKeyValues(line, 0).map((f) => [f.name, f.value]);
  assert.deepEqual(pairs('from=<a@b.c> to=<d@e.f> proto=ESMTP helo=<h.example>'), [['from', 'a@b.c'], ['to', 'd@e.f'], ['proto', 'ESMTP'], ['helo', 'h.example']]);
  assert.deepEqual(pairs('disconnect from x[192.0.2.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5'),
    [['ehlo', '1'], ['mail', '1'], ['rcpt', '1'], ['data', '1'], ['quit', '1'], ['commands', '5']]);
  assert.deepEqual(pairs('uid=1000 from=<user>'), [['uid', '1000'], ['from', 'user']]);
  // a key right after a plain word
  assert.deepEqual(pairs('scanned result=clean, score=1'), [['result', 'clean'], ['score', '1']]);
  // spaces inside a value without a key after them stay in the value
  assert.deepEqual(pairs('reason=client whitelist, client_name=x'), [['reason', 'client whitelist'], ['client_name', 'x']]);
});

// A quadratic scan would take minutes on these; the timeout turns that into a failure.
test('finishes on hostile 1 MB lines', { timeout: 10_000 }, () => {
  const lines = ['k=v, '.repeat(200_000), ', '.repeat(500_000) + 'a=(', 'x '.repeat(500_000), '<'.repeat(1_000_000)];
  assert.equal(scanKeyValues(lines[0], 0).length, 200_000);
  for (const line of lines.slice(1)) scanKeyValues(line, 0);
});

test('a parenthesised comment inside a value stays in it and opens no note (Sendmail)', () => {
  const line = 'Aug 23 00:02:02 gw sendmail[4242]: 2BN02WpQ004242: to=root, ctladdr=root (0/0), delay=00:00:01, xdelay=00:00:01, mailer=relay, pri=30226, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (Ok: queued as 4F1A2B3C4D)';
  const fields = scanKeyValues(line, line.indexOf('to='));
  assert.deepEqual(fields.map((f) => [f.name, f.value]), [
    ['to', 'root'], ['ctladdr', 'root (0/0)'], ['delay', '00:00:01'], ['xdelay', '00:00:01'], ['mailer', 'relay'], ['pri', '30226'],
    ['relay', '[127.0.0.1] [127.0.0.1]'], ['dsn', '2.0.0'], ['stat', 'Sent'], ['reason', 'Ok: queued as 4F1A2B3C4D'],
  ]);
  for (const f of fields) assert.equal(line.slice(f.start, f.end), f.value);
  // A comment between words is skipped; only a group that ends the line is a note.
  assert.deepEqual(scanKeyValues('from=<a@b.c> (via x) size=1, nrcpt=2 (queue active)', 0).map((f) => [f.name, f.value]),
    [['from', 'a@b.c'], ['size', '1'], ['nrcpt', '2'], ['queue_state', 'active']]);
});

test('comments and open parentheses cost linear time', { timeout: 10_000 }, () => {
  for (const unit of ['k=v (', 'k=v (x), ', '(x) ', '(']) scanKeyValues(unit.repeat(200_000), 0);
});
