import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSyslogHeader, daemonOf, instanceOf } from '../../server/src/engine/model/syslogHeader';
import { queueIdLength, isQueueId } from '../../server/src/engine/model/queueId';
import { MaillogDocument } from '../../server/src/engine/model/document';

/** The time the document gives a line, as ISO text. */
const timeOf = (line: string, defaultYear: number) => new Date(new MaillogDocument(line, { defaultYear }).parsed(0).time).toISOString();
/** The queue ID that starts a message body, as the parser reads it. */
const leadingQueueId = (body: string) => {
  const length = queueIdLength(body, 0);
  return length > 0 ? body.slice(0, length) : undefined;
};

test('RFC 3164 with a space-padded day', () => {
  const h = parseSyslogHeader('Aug  9 05:49:42 mail postfix/smtps/smtpd[10057]: connect from unknown[x.x.196.255]')!;
  assert.equal(h.format, 'rfc3164');
  assert.deepEqual([h.month, h.day, h.hour, h.minute, h.second, h.year], [8, 9, 5, 49, 42, undefined]);
  assert.equal(h.host, 'mail');
  assert.equal(h.program, 'postfix/smtps/smtpd');
  assert.equal(h.pid, 10057);
  assert.equal(h.timeStart, 0);
  assert.equal(h.timeEnd, 15);
  assert.equal(h.hostStart, 16);
  assert.equal(h.programStart, 21);
  assert.equal(h.bodyStart, 'Aug  9 05:49:42 mail postfix/smtps/smtpd[10057]: '.length);
  assert.equal(timeOf('Aug  9 05:49:42 mail postfix/smtps/smtpd[10057]: connect from unknown[x.x.196.255]', 2018), '2018-08-09T05:49:42.000Z');
});

test('RFC 3339 with microseconds and an offset', () => {
  const h = parseSyslogHeader('2018-08-19T05:49:42.123456+02:00 mx1 postfix-out/smtp[7]: 01373222F7: removed')!;
  assert.equal(h.format, 'rfc3339');
  assert.equal(h.year, 2018);
  assert.equal(h.utcOffset, 120);
  assert.equal(h.program, 'postfix-out/smtp');
  assert.equal(timeOf('2018-08-19T05:49:42.123456+02:00 mx1 postfix-out/smtp[7]: 01373222F7: removed', 1999), '2018-08-19T03:49:42.123Z');
});

test('RFC 5424 as forwarded by rsyslog', () => {
  const h = parseSyslogHeader('<22>1 2018-08-19T05:49:42.1Z host postfix/smtpd 10057 - - connect from a[1.2.3.4]')!;
  assert.equal(h.format, 'rfc5424');
  assert.equal(h.pid, 10057);
  assert.equal(h.program, 'postfix/smtpd');
});

test('programs without a pid, and text that is no syslog line', () => {
  assert.equal(parseSyslogHeader('Aug 19 05:49:42 mail postfix/postfix-script: starting the Postfix mail system')!.pid, undefined);
  assert.equal(parseSyslogHeader('hello world'), undefined);
  assert.equal(parseSyslogHeader(''), undefined);
  assert.equal(parseSyslogHeader('Aug 19 05:49'), undefined);
  assert.equal(parseSyslogHeader('Foo 19 05:49:42 mail postfix/smtpd[1]: x'), undefined);
});

test('daemon and instance of a program name', () => {
  assert.equal(daemonOf('postfix/smtps/smtpd'), 'smtpd');
  assert.equal(daemonOf('opendkim'), 'opendkim');
  assert.equal(instanceOf('postfix-out/smtp'), 'postfix-out');
});

test('queue IDs: short hex, long, NOQUEUE, and words that are not', () => {
  assert.equal(leadingQueueId('EA8FF222F6: client=x'), 'EA8FF222F6');
  assert.equal(leadingQueueId('NOQUEUE: reject: RCPT from x'), 'NOQUEUE');
  assert.equal(leadingQueueId('4Lq3vX0n2Lc1mQ7: to=<a@b>'), undefined, 'long IDs need the z separator after 10+ characters');
  assert.equal(leadingQueueId('3vW8Xm4kYTz1xR3: to=<a@b>'), '3vW8Xm4kYTz1xR3');
  assert.equal(leadingQueueId('warning: something'), undefined);
  assert.equal(leadingQueueId('connect from x'), undefined);
  // Short words of the letters A-F in a companion's message are no queue IDs.
  assert.equal(leadingQueueId('ADDED: 3 rules'), undefined);
  assert.equal(leadingQueueId('FACADE: x'), undefined);
  assert.equal(leadingQueueId('ABCDEF0: x'), 'ABCDEF0');
  assert.equal(leadingQueueId('ABCDEFAB: x'), 'ABCDEFAB');
  assert.ok(isQueueId('01373222F7'));
  assert.ok(!isQueueId('hello'));
});

test('a header inside a header (a container logging through the host journal): the inner one is the real one', () => {
  const line = 'Aug 23 00:02:02 host.example postfix_container[468]: Aug 23 00:02:03 example postfix/smtpd[82]: connect from unknown[192.0.2.7]';
  const h = parseSyslogHeader(line)!;
  assert.deepEqual([h.host, h.program, h.pid, h.second], ['example', 'postfix/smtpd', 82, 3]);
  assert.equal(line.slice(h.bodyStart), 'connect from unknown[192.0.2.7]');
  assert.equal(line.slice(h.timeStart, h.timeEnd), 'Aug 23 00:02:03');
  const document = new MaillogDocument(line, { defaultYear: 2023 });
  assert.equal(document.parsed(0).program, 'postfix/smtpd');
  // An ISO outer header lends its year to a BSD inner one.
  assert.equal(timeOf('2021-08-23T00:02:02+00:00 host.example postfix_container[468]: Aug 23 00:02:03 example postfix/qmgr[83]: 4F1A2B3C4D: removed', 2023), '2021-08-23T00:02:03.000Z');
  // A queue ID or an ordinary message after the header is no header.
  assert.equal(parseSyslogHeader('Aug 23 00:02:02 mail postfix/qmgr[83]: 4F1A2B3C4D: removed')!.program, 'postfix/qmgr');
  assert.equal(parseSyslogHeader('Aug 23 00:02:02 mail postfix/qmgr[83]: Aug is a month, 23 a day')!.program, 'postfix/qmgr');
});

test('an empty hostname and a one-digit day after a single space still parse', () => {
  const empty = parseSyslogHeader('Aug 31 00:21:33  dovecot: imap-login: Login: user=<a@example.com>, method=PLAIN, rip=192.0.2.5, lip=192.0.2.1')!;
  assert.deepEqual([empty.host, empty.program, empty.pid, empty.day], ['', 'dovecot', undefined, 31]);
  const short = parseSyslogHeader('Jul 2 12:24:48 mail postfix/smtpd[1234]: connect from unknown[192.0.2.8]')!;
  assert.deepEqual([short.day, short.hour, short.minute, short.second, short.host, short.program], [2, 12, 24, 48, 'mail', 'postfix/smtpd']);
  assert.equal(timeOf('Jul 2 12:24:48 mail postfix/smtpd[1234]: connect from unknown[192.0.2.8]', 2023), '2023-07-02T12:24:48.000Z');
  assert.equal(timeOf('Jul 2 12:24:48.25 mail postfix/smtpd[1234]: connect from unknown[192.0.2.8]', 2023), '2023-07-02T12:24:48.250Z');
});
