import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyPage } from '../../server/src/engine/features/journeyReports';
import { summarize } from '../../server/src/engine/features/summary';
import { hover } from '../../server/src/engine/features/hover';
import { lineDetails } from '../../server/src/engine/model/parse';

// Classes of lines found wrong or missing on real mail hosts' logs (issue 13): each with lines
// written from the programs' own formats, checked through what a user sees.

const documentOf = (lines: string[]) => new MaillogDocument(lines.join('\n'), { defaultYear: 2023 });
const fieldsOf = (document: MaillogDocument, line: number) =>
  Object.fromEntries(lineDetails(document.text(line), document.parsed(line)).fields.map((f) => [f.name, f.value]));
const hoverText = (document: MaillogDocument, line: number, character = 0) => hover(document, { line, character }, 'en')?.markdown.replace(/\\/g, '') ?? '';

const DISCARDED_BY_FILTER = [
  'Mar 14 11:40:00 mx1 postfix/smtpd[2300]: 4C5D6E7F80: client=mail.example.org[192.0.2.10]',
  'Mar 14 11:40:00 mx1 postfix/cleanup[2301]: 4C5D6E7F80: message-id=<virus.1@example.org>',
  'Mar 14 11:40:00 mx1 postfix/qmgr[2302]: 4C5D6E7F80: from=<a@example.org>, size=2048, nrcpt=1 (queue active)',
  'Mar 14 11:40:01 mx1 postfix/smtp[2320]: 4C5D6E7F80: to=<bob@example.com>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.9, delays=0.1/0/0/0.8, dsn=2.7.0, status=sent (250 2.7.0 Ok, discarded, id=02720-01 - INFECTED: Eicar-Signature)',
  'Mar 14 11:40:01 mx1 postfix/qmgr[2302]: 4C5D6E7F80: removed',
];

test('a delivery the receiver discarded is a discarded journey, counted and explained as such', () => {
  const document = documentOf(DISCARDED_BY_FILTER);
  const [journey] = journeyPage(document, 'en').traces;
  assert.equal(journey.status, 'discarded');
  const totals = summarize(document).totals;
  assert.equal(totals.discarded, 1);
  assert.equal(totals.delivered, 0);
  const text = hoverText(document, 3);
  assert.match(text, /discarded it: it was not delivered/);
  assert.doesNotMatch(text, /delivered the message/);
  assert.equal(fieldsOf(document, 3).verdict, 'INFECTED: Eicar-Signature');
});

test('a failed SASL login keeps the user name out of the reason', () => {
  const document = documentOf([
    'Mar 14 10:15:20 mx1 postfix/smtpd[3313]: warning: unknown[203.0.113.79]: SASL LOGIN authentication failed: (reason unavailable), sasl_username=info@example.com',
    'Mar 14 10:15:21 mx1 postfix/smtpd[3313]: warning: unknown[203.0.113.79]: SASL LOGIN authentication failed: UGFzc3dvcmQ6',
  ]);
  assert.deepEqual(
    [fieldsOf(document, 0).reason, fieldsOf(document, 0).sasl_username],
    ['(reason unavailable)', 'info@example.com'],
  );
  assert.match(hoverText(document, 0), /login as info@example\.com failed/);
  assert.deepEqual([fieldsOf(document, 1).reason, fieldsOf(document, 1).sasl_username], ['UGFzc3dvcmQ6', undefined]);
});

test('Sendmail lines beside Postfix get their own fields, and its hand-off its queued_as', () => {
  const document = documentOf([
    'Aug 23 00:02:02 gw sendmail[4243]: 2BN02WpQ004242: to=root, ctladdr=root (0/0), delay=00:00:01, xdelay=00:00:01, mailer=relay, pri=30226, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (Ok: queued as 4F1A2B3C4D)',
  ]);
  const fields = fieldsOf(document, 0);
  assert.deepEqual(
    [fields.to, fields.mailer, fields.relay, fields.dsn, fields.stat, fields.queued_as],
    ['root', 'relay', '[127.0.0.1] [127.0.0.1]', '2.0.0', 'Sent', '4F1A2B3C4D'],
  );
  assert.equal(fields.note, undefined);
  // A status of more than one word keeps all of them; a comment ending another MTA's line stays in its value.
  const other = documentOf([
    'Aug 23 00:05:15 gw sendmail[4255]: 2BN05BcD004255: to=<a@example.net>, delay=00:00:00, mailer=esmtp, pri=120000, relay=mx.example.net. [198.51.100.25], dsn=5.1.1, stat=User unknown (550 5.1.1 <a@example.net>: Recipient address rejected)',
    'Aug 23 00:05:14 gw sendmail[4254]: 2BN05BcD004254: Milter (opendkim): to=<a@b.example>, reject=451 4.7.1 Service unavailable (try later)',
  ]);
  assert.deepEqual([fieldsOf(other, 0).stat, fieldsOf(other, 0).reason], ['User unknown', '550 5.1.1 <a@example.net>: Recipient address rejected']);
  assert.deepEqual([fieldsOf(other, 1).reject, fieldsOf(other, 1).note], ['451 4.7.1 Service unavailable (try later)', undefined]);
});

const AMAVIS_HOP = [
  'Mar 14 11:41:00 mx1 postfix/smtpd[2300]: 7A8B9C0D1E: client=lists.example.org[198.51.100.7]',
  'Mar 14 11:41:00 mx1 postfix/cleanup[2301]: 7A8B9C0D1E: message-id=<list.42@lists.example.org>',
  'Mar 14 11:41:00 mx1 postfix/qmgr[2302]: 7A8B9C0D1E: from=<news@lists.example.org>, size=5120, nrcpt=3 (queue active)',
  'Mar 14 11:41:00 mx1 amavis[2710]: (02710-01) Checking: Pq9Wm3Xz1Ab2 [198.51.100.7] <news@lists.example.org> -> <bob@example.com>,<carol@example.com>,<dave@example.com>',
  'Mar 14 11:41:01 mx1 postfix/smtpd[2330]: 8B9C0D1E2F: client=localhost[127.0.0.1]',
  'Mar 14 11:41:01 mx1 postfix/cleanup[2301]: 8B9C0D1E2F: message-id=<list.42@lists.example.org>',
  'Mar 14 11:41:01 mx1 amavis[2710]: (02710-01) FWD from <news@lists.example.org> -> <bob@example.com>,<carol@example.com>,<dave@example.com>, BODY=7BIT 250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 8B9C0D1E2F',
  'Mar 14 11:41:01 mx1 amavis[2710]: (02710-01) Passed CLEAN {RelayedInbound}, [198.51.100.7]:41234 [198.51.100.7] <news@lists.example.org> -> <bob@example.com>,<carol@example.com>,<dave@example.com>, Queue-ID: 7A8B9C0D1E, Message-ID: <list.42@lists.example.org>, mail_id: Pq9Wm3Xz1Ab2, Hits: -0.4, size: 5120, queued_as: 8B9C0D1E2F, 530 ms',
];

test('amavis lines list every recipient and name the queue IDs on both sides of the filter', () => {
  const document = documentOf(AMAVIS_HOP);
  for (const line of [3, 6, 7]) {
    assert.equal(fieldsOf(document, line).recipients, '<bob@example.com>,<carol@example.com>,<dave@example.com>');
    assert.match(hoverText(document, line), /bob@example\.com>,<carol@example\.com>,<dave@example\.com/);
  }
  assert.deepEqual([fieldsOf(document, 7).orig_queue_id, fieldsOf(document, 7).queued_as], ['7A8B9C0D1E', '8B9C0D1E2F']);
  assert.deepEqual([fieldsOf(document, 6).amavis_id, fieldsOf(document, 6).queued_as], ['02710-01', '8B9C0D1E2F']);
  // The FWD line names the next hop, so it belongs to the journey.
  const [journey] = journeyPage(document, 'en').traces;
  assert.deepEqual(journey.queueIds, ['7A8B9C0D1E', '8B9C0D1E2F']);
  assert.ok(journey.lines.includes(6), `the FWD line is in the journey: ${journey.lines.join(',')}`);
});

test('a remote server\'s queue ID is named in the hover when this log does not hold it', () => {
  const delivery = 'Mar 14 10:40:05 mx1 postfix-out/smtp[2312]: 0F1A2B3C4D: to=<dave@example.org>, relay=smtp.relay.example[198.51.100.200]:587, delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7D6C5B4A39)';
  const remote = documentOf([delivery]);
  assert.equal(fieldsOf(remote, 0).remote_queue_id, '7D6C5B4A39');
  assert.match(hoverText(remote, 0), /Accepted by the remote server as 7D6C5B4A39/);
  assert.match(hover(remote, { line: 0, character: 0 }, 'zh-cn')!.markdown, /对方服务器以 7D6C5B4A39 接收了邮件/);
  // The same ID born in this log (another instance on this host) is no remote server's.
  const local = documentOf([delivery, 'Mar 14 10:40:05 mx1 postfix/smtpd[2400]: 7D6C5B4A39: client=mx1.example.com[192.0.2.1]']);
  assert.doesNotMatch(hoverText(local, 0), /remote server as/);
  // Nor is a delivery without `queued as`.
  const plain = documentOf(['Mar 14 10:40:00 mx1 postfix/smtp[2311]: 9E0F1A2B3C: to=<bob@example.net>, relay=mx.example.net[192.0.2.77]:25, delay=1.1, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK 1678787000 x12si123456wrs.55 - gsmtp)']);
  assert.doesNotMatch(hoverText(plain, 0), /remote server as/);
});

test('the recipients hover lists every address, up to a cap, and counts the rest', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `<user${i}@example.com>`).join(',');
  const line = (n: number) => `Mar 14 11:41:00 mx1 amavis[2710]: (02710-01) Checking: Pq9Wm3Xz1Ab2 [198.51.100.7] <news@lists.example.org> -> ${list(n)}`;
  const document = documentOf([line(12), line(60)]);
  const at = line(12).indexOf('<user0@');
  const few = hoverText(document, 0, at + 2);
  for (let i = 0; i < 12; i++) assert.match(few, new RegExp(`- user${i}@example\\.com\\n`));
  const many = hoverText(document, 1, at + 2);
  assert.match(many, /- user49@example\.com\n/);
  assert.doesNotMatch(many, /- user50@/);
  assert.match(many, /… and 10 more/);
});
