// The Summary report: totals on the seed, on generated logs whose truth is counted here with
// plain regexes (not with the engine), the cut-off labels, the hostile text of the report.
// pflogsumm's own numbers are in pflogsumm.test.ts, the CLI in cli.test.ts, the server request
// in protocol.test.ts, the webview in summaryPanel.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { MaillogDocument } from '../server/src/engine/model/document';
import { summarize } from '../server/src/engine/features/summary';
import type { MailSummary } from '../server/src/engine/features/summaryTypes';
import { journeyPage } from '../server/src/engine/features/journeyReports';
import { hover } from '../server/src/engine/features/hover';
import { formatSummary } from '../server/src/engine/features/summaryText';
import { SEED } from './support/paths';
import { generate, HAND_OVER, logLines, NO_GENERATOR, QUEUE_LINE, summaryOf } from './support/summaryLogs';

const seedText = fs.readFileSync(SEED, 'utf8');

// ---------------------------------------------------------------------------------------------
// The truth of a generated log, from its text alone. The generator's flows (gen-maillog.mjs):
// inbound (smtpd client= -> smtp to amavis at 127.0.0.1:10024 -> re-queued by smtpd
// client=localhost -> pipe/lmtp), outbound over submission (sent, deferred then sent, bounced
// with a non-delivery notice delivered locally), NOQUEUE rejects, pickup, SASL failures.

const NOTICE = /^sender non-delivery notification: ([0-9A-F]{10})$/;
const RECIPIENT_STATUS = /^to=<([^>]*)>, .*status=(\w+)/;

interface QueueFile {
  firstBody: string;
  messageId?: boolean;
  removed: boolean;
  nrcpt?: number;
  size?: number;
  latest: Map<string, string>;
  next: string[];
}

interface Truth {
  received: number;
  delivered: number;
  forwardedToFilter: number;
  deferred: number;
  deferrals: number;
  bounced: number;
  rejected: number;
  bytesReceived: number;
  startedBeforeLog: number;
  unfinishedAtEnd: number;
}

function truthOf(lines: readonly string[]): Truth {
  const files = new Map<string, QueueFile>();
  const named = new Set<string>();
  const deferredIds = new Set<string>();
  let deferrals = 0;
  let bounced = 0;
  let sent = 0;
  let forwarded = 0;
  for (const line of lines) {
    if (/ status=deferred /.test(line)) deferrals++;
    if (/ status=bounced /.test(line)) bounced++;
    if (/ status=sent /.test(line)) {
      if (/ relay=127\.0\.0\.1\[127\.0\.0\.1\]:10024, /.test(line)) forwarded++;
      else sent++;
    }
    const m = QUEUE_LINE.exec(line);
    if (!m) continue;
    const [, , id, body] = m;
    let file = files.get(id);
    if (!file) {
      file = { firstBody: body, removed: false, latest: new Map(), next: [] };
      files.set(id, file);
    }
    if (body === 'removed') file.removed = true;
    if (body.startsWith('message-id=')) file.messageId = true;
    const queued = /^from=<[^>]*>, size=(\d+), nrcpt=(\d+) \(queue active\)$/.exec(body);
    if (queued && file.size === undefined) {
      file.size = Number(queued[1]);
      file.nrcpt = Number(queued[2]);
    }
    const status = RECIPIENT_STATUS.exec(body);
    if (status) {
      file.latest.set(status[1], status[2]);
      if (status[2] === 'deferred') deferredIds.add(id);
    }
    const next = HAND_OVER.exec(body) ?? NOTICE.exec(body);
    if (next) {
      file.next.push(next[1]);
      named.add(next[1]);
    }
  }
  const isBirth = (body: string) => /^client=/.test(body) || /^uid=/.test(body);
  const finished = (file: QueueFile) => {
    if (file.removed) return true;
    const statuses = [...file.latest.values()];
    return statuses.length > 0 && statuses.length >= (file.nrcpt ?? 1) && statuses.every((s) => s === 'sent' || s === 'bounced');
  };
  let received = 0;
  let bytesReceived = 0;
  let startedBeforeLog = 0;
  let unfinishedAtEnd = 0;
  for (const [id, file] of files) {
    // A journey starts at a queue file nobody handed on to and that no filter re-injected. A
    // re-injection is known by its Message-ID; cut off by the end of the log before its cleanup
    // line, nothing tells it from a local submission, and it counts as one.
    if (named.has(id) || (file.firstBody.startsWith('client=localhost[127.0.0.1]') && file.messageId)) continue;
    if (isBirth(file.firstBody)) {
      received++;
      bytesReceived += file.size ?? 0;
    } else {
      startedBeforeLog++;
    }
    const hops = [id];
    for (let i = 0; i < hops.length; i++) hops.push(...(files.get(hops[i])?.next ?? []));
    if (hops.some((hop) => files.has(hop) && !finished(files.get(hop)!))) unfinishedAtEnd++;
  }
  const rejected = lines.filter((line) => / NOQUEUE: reject: /.test(line)).length;
  return { received, delivered: sent, forwardedToFilter: forwarded, deferred: deferredIds.size, deferrals, bounced, rejected, bytesReceived, startedBeforeLog, unfinishedAtEnd };
}

function assertTruth(summary: MailSummary, truth: Truth): void {
  const t = summary.totals;
  assert.deepEqual(
    {
      received: t.received, delivered: t.delivered, forwardedToFilter: t.forwardedToFilter, deferred: t.deferred, deferrals: t.deferrals,
      bounced: t.bounced, rejected: t.rejected, bytesReceived: t.bytesReceived,
      startedBeforeLog: summary.partial.startedBeforeLog, unfinishedAtEnd: summary.partial.unfinishedAtEnd,
    },
    truth,
  );
  assert.equal(t.expired, 0);
  assert.equal(t.discarded, 0);
  assert.equal(t.held, 0);
  // The chart adds up to the totals.
  const sum = (key: 'received' | 'delivered' | 'deferred' | 'bounced' | 'rejected') => summary.hourly.reduce((n, h) => n + h[key], 0);
  assert.equal(sum('received'), t.received);
  assert.equal(sum('delivered'), t.delivered);
  assert.equal(sum('deferred'), t.deferrals);
  assert.equal(sum('bounced'), t.bounced);
  assert.equal(sum('rejected'), t.rejected);
}

// ---------------------------------------------------------------------------------------------

test('seed: two messages received and delivered, the amavis hop is one forward, not a delivery', () => {
  const s = summaryOf(seedText);
  assert.deepEqual(s.totals, {
    received: 2, delivered: 2, forwardedToFilter: 1, forwarded: 0, deferred: 0, deferrals: 0, bounced: 0, rejected: 0, expired: 0, discarded: 0, held: 0, abandoned: 0,
    bytesReceived: 1725 + 9907, bytesDelivered: 1725 + 10498,
    senders: 2, sendingDomains: 2, sendingHosts: 2, recipients: 2, recipientDomains: 2, messages: 2, journeys: 2,
  });
  assert.deepEqual(s.partial, { startedBeforeLog: 0, unfinishedAtEnd: 0, startedLines: [], unfinishedLines: [] });
  assert.deepEqual(s.hourly.map((h) => [h.hour, h.received, h.delivered]), [['2018-08-19 05:00', 1, 1], ['2018-08-19 06:00', 1, 1]]);
  assert.equal(s.firstTime, '2018-08-19 05:49:42');
  assert.equal(s.lastTime, '2018-08-19 06:09:17');
  assert.deepEqual(s.top.senders.byCount.map((e) => [e.name, e.count, e.bytes, e.filter, e.lines]), [
    ['test.redhat@gmail.com', 1, 9907, 'test.redhat@gmail.com', [16]],
    ['test01@unotes.co', 1, 1725, 'test01@unotes.co', [1]],
  ]);
  assert.deepEqual(s.top.recipients.byBytes.map((e) => [e.name, e.bytes, e.lines]), [['test01@codemax.cn', 10498, [32]], ['test.redhat@gmail.com', 1725, [7]]]);
  assert.deepEqual(s.top.recipientDomains.byCount.map((e) => [e.name, e.filter]), [['codemax.cn', '@codemax.cn'], ['gmail.com', '@gmail.com']]);
  const gmail = s.delays.find((d) => d.relay === 'gmail-smtp-in.l.google.com:25');
  assert.deepEqual(gmail, { relay: 'gmail-smtp-in.l.google.com:25', count: 1, p50: 1.8, p90: 1.8, p99: 1.8, max: 1.8, stages: { a: 0.74, b: 0.03, c: 0.19, d: 0.82 }, lines: [7] });
  assert.ok(s.delays.some((d) => d.relay === '127.0.0.1:10024'), 'the hop to amavis has delays of its own');
});

test('generated log (20,000 lines, seed 11): every total equals the count from the log text', { skip: NO_GENERATOR }, () => {
  const text = generate(20000, 11);
  const truth = truthOf(logLines(text));
  assert.ok(truth.forwardedToFilter > 100 && truth.deferred > 10 && truth.bounced > 10 && truth.rejected > 10, 'the log has every flow');
  assert.ok(truth.unfinishedAtEnd > 0, 'the generator cuts flows off at the end');
  const s = summaryOf(text);
  assertTruth(s, truth);
  assert.equal(s.totals.messages, truth.received + truth.startedBeforeLog);
  assert.ok(s.deferrals.every((r) => r.dsn === '4.7.0' && /Try again later/.test(r.reason)));
  assert.equal(s.deferrals.reduce((n, r) => n + r.count, 0), truth.deferrals);
  assert.equal(s.bounces.reduce((n, r) => n + r.count, 0), truth.bounced);
  assert.deepEqual(s.rejects.map((r) => [r.action, r.stage, r.reply, r.dsn, r.reason, r.count]), [
    ['reject', 'RCPT', '554', '5.7.1', 'Service unavailable; Client host [IP] blocked using zen.spamhaus.org', truth.rejected],
  ]);
  for (const row of s.delays) assert.ok(row.p50 <= row.p90 && row.p90 <= row.p99 && row.p99 <= row.max, row.relay);
});

test('hand-overs to a content filter: the summary, Mail Traces and the hover agree, also when the log ends before the next hop', () => {
  const at = 'Aug 19 07:00:00 mail';
  const lines = [
    // Handed to amavis on loopback; the log ends before amavis re-queues it as 5000000002.
    `${at} postfix/smtpd[1]: 5000000001: client=a.example.com[192.0.2.1]`,
    `${at} postfix/qmgr[2]: 5000000001: from=<a@example.com>, size=100, nrcpt=1 (queue active)`,
    `${at} postfix/smtp[3]: 5000000001: to=<u@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5000000002)`,
    `${at} postfix/qmgr[2]: 5000000001: removed`,
    // Handed to a filter on another host, port 10025, which re-queues it; then delivered.
    `${at} postfix/smtpd[1]: 5000000003: client=b.example.com[192.0.2.2]`,
    `${at} postfix/qmgr[2]: 5000000003: from=<b@example.com>, size=200, nrcpt=1 (queue active)`,
    `${at} postfix/smtp[3]: 5000000003: to=<v@example.org>, relay=filter.lan[10.0.0.5]:10025, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5000000004)`,
    `${at} postfix/qmgr[2]: 5000000003: removed`,
    `${at} postfix/smtpd[4]: 5000000004: client=filter.lan[10.0.0.5]`,
    `${at} postfix/qmgr[2]: 5000000004: from=<b@example.com>, size=300, nrcpt=1 (queue active)`,
    `${at} postfix/local[5]: 5000000004: to=<v@example.org>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)`,
    `${at} postfix/qmgr[2]: 5000000004: removed`,
    // A remote MX that answers `queued as` names its own queue: a final delivery.
    `${at} postfix/qmgr[2]: 5000000005: from=<c@example.com>, size=400, nrcpt=1 (queue active)`,
    `${at} postfix/smtp[3]: 5000000005: to=<w@example.net>, relay=mx.example.net[198.51.100.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABCDEF1234)`,
    `${at} postfix/qmgr[2]: 5000000005: removed`,
  ];
  const document = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 });
  const summary = summarize(document);
  const journeys = journeyPage(document, 'en').traces;
  const sent = journeys.flatMap((t) => t.recipients).filter((r) => r.status === 'sent');
  assert.deepEqual(sent.map((r) => r.address), ['v@example.org', 'w@example.net'], 'hand-overs are no final recipients');
  assert.equal(summary.totals.delivered, sent.length);
  assert.equal(summary.totals.forwardedToFilter, 2);
  assert.deepEqual(journeys.map((t) => [t.queueIds, t.status]), [[['5000000001'], 'sent'], [['5000000003', '5000000004'], 'sent'], [['5000000005'], 'sent']]);
  assert.equal(summary.totals.journeys, journeys.length);
  for (const line of [2, 6]) assert.match(hover(document, { line, character: 0 }, 'en')!.markdown, /not the final delivery/);
  assert.doesNotMatch(hover(document, { line: 13, character: 0 }, 'en')!.markdown, /not the final delivery/);
});

test('the first queue-active line of a message counts, for its sender and its size alike, in traces and summary', () => {
  const at = 'Aug 19 08:00:00 mail';
  const document = new MaillogDocument([
    `${at} postfix/smtpd[1]: 6000000001: client=a.example.com[192.0.2.1]`,
    `${at} postfix/qmgr[2]: 6000000001: from=<first@example.com>, size=100, nrcpt=1 (queue active)`,
    `${at} postfix/smtp[3]: 6000000001: to=<u@example.org>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.9]:25: Connection timed out)`,
    `${at} postfix/qmgr[2]: 6000000001: from=<later@example.com>, size=999, nrcpt=1 (queue active)`,
    `${at} postfix/smtp[3]: 6000000001: to=<u@example.org>, relay=mx.example.org[192.0.2.9]:25, delay=2, delays=0/0/1/1, dsn=2.0.0, status=sent (250 ok)`,
    `${at} postfix/qmgr[2]: 6000000001: removed`,
  ].join('\n'), { defaultYear: 2018 });
  assert.equal(journeyPage(document, 'en').traces[0].from, 'first@example.com');
  const summary = summarize(document);
  assert.deepEqual(summary.top.senders.byCount.map((e) => [e.name, e.bytes]), [['first@example.com', 100]]);
  assert.equal(summary.totals.bytesDelivered, 100);
});

test('a log that starts in the middle of journeys labels them as started before the log', () => {
  // Seed from its 18th line: 974C6222F6 is first seen at its cleanup line, after its birth.
  const cut = seedText.split('\n').slice(17).join('\n');
  const s = summaryOf(cut);
  assert.equal(s.totals.received, 0);
  assert.equal(s.totals.delivered, 1);
  assert.equal(s.totals.forwardedToFilter, 1);
  assert.deepEqual(s.partial, { startedBeforeLog: 1, unfinishedAtEnd: 0, startedLines: [0], unfinishedLines: [] });

  // Seed up to its 29th line: the message is with amavis, neither forwarded nor delivered yet.
  const early = seedText.split('\n').slice(0, 29).join('\n');
  const e = summaryOf(early);
  assert.equal(e.totals.received, 2);
  assert.equal(e.totals.delivered, 1);
  assert.deepEqual(e.partial, { startedBeforeLog: 0, unfinishedAtEnd: 1, startedLines: [], unfinishedLines: [16] });
});

test('a generated log cut at both ends: totals still equal the count from the log text', { skip: NO_GENERATOR }, () => {
  for (const from of [3000, 7777]) {
    const lines = logLines(generate(20000, 11)).slice(from, from + 9000);
    const truth = truthOf(lines);
    assert.ok(truth.startedBeforeLog > 5, `cut at ${from}: some journeys start before it`);
    assertTruth(summaryOf(lines.join('\n')), truth);
  }
});

test('holds, discards, milter and header-check rejects, expiry, alias forwards, the discard transport, a smarthost\'s queue ID', () => {
  const log = [
    'Aug 19 07:00:00 mail postfix/smtpd[20]: 1111111111: client=a.example[10.0.0.1]',
    'Aug 19 07:00:01 mail postfix/cleanup[21]: 1111111111: milter-hold: END-OF-MESSAGE from a.example[10.0.0.1]: 4.7.1 held for review; from=<s@a.example> to=<r@b.example> proto=ESMTP helo=<a>',
    'Aug 19 07:00:02 mail postfix/smtpd[20]: 2222222222: client=a.example[10.0.0.1]',
    'Aug 19 07:00:03 mail postfix/cleanup[21]: 2222222222: discard: header Subject: junk from a.example[10.0.0.1]; from=<s@a.example> to=<r@b.example> proto=ESMTP helo=<a>: bye',
    'Aug 19 07:00:04 mail postfix/smtpd[20]: 3333333333: client=a.example[10.0.0.1]',
    'Aug 19 07:00:05 mail postfix/cleanup[21]: 3333333333: milter-reject: END-OF-MESSAGE from a.example[10.0.0.1]: 5.7.1 Spam detected; from=<s@a.example> to=<r@b.example> proto=ESMTP helo=<a>',
    'Aug 19 07:00:06 mail postfix/qmgr[22]: 4444444444: from=<s@a.example>, status=expired, returned to sender',
    'Aug 19 07:00:07 mail postfix/smtpd[20]: NOQUEUE: hold: RCPT from a.example[10.0.0.1]: <r@b.example>: Recipient address triggers HOLD action; from=<s@a.example> to=<r@b.example> proto=ESMTP helo=<a>',
    'Aug 19 07:01:00 mail postfix/pickup[30]: 5555555555: uid=0 from=<root>',
    'Aug 19 07:01:00 mail postfix/qmgr[22]: 5555555555: from=<root@h.example>, size=500, nrcpt=1 (queue active)',
    'Aug 19 07:01:01 mail postfix/local[31]: 5555555555: to=<root@h.example>, orig_to=<root>, relay=local, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (forwarded as 6666666666)',
    'Aug 19 07:01:01 mail postfix/qmgr[22]: 6666666666: from=<root@h.example>, size=600, nrcpt=1 (queue active)',
    'Aug 19 07:01:01 mail postfix/qmgr[22]: 5555555555: removed',
    'Aug 19 07:01:02 mail postfix/smtp[32]: 6666666666: to=<admin@c.example>, relay=mx.c.example[10.0.0.2]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 ok)',
    'Aug 19 07:01:02 mail postfix/qmgr[22]: 6666666666: removed',
    'Aug 19 07:02:00 mail postfix/pickup[30]: 7777777777: uid=0 from=<root>',
    'Aug 19 07:02:00 mail postfix/qmgr[22]: 7777777777: from=<root@h.example>, size=500, nrcpt=1 (queue active)',
    'Aug 19 07:02:01 mail postfix/discard[33]: 7777777777: to=<x@d.example>, relay=none, delay=0.1, delays=0/0/0/0.1, dsn=2.0.0, status=sent (d.example)',
    'Aug 19 07:02:01 mail postfix/qmgr[22]: 7777777777: removed',
    'Aug 19 07:03:00 mail postfix/smtpd[20]: 8888888888: client=a.example[10.0.0.1]',
    'Aug 19 07:03:00 mail postfix/qmgr[22]: 8888888888: from=<s@a.example>, size=700, nrcpt=1 (queue active)',
    'Aug 19 07:03:01 mail postfix/smtp[32]: 8888888888: to=<r@e.example>, relay=smarthost.example[10.0.0.3]:25, delay=1, delays=0/0/0.5/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XYZ12345)',
    'Aug 19 07:03:01 mail postfix/qmgr[22]: 8888888888: removed',
  ].join('\n');
  const s = summaryOf(log);
  const t = s.totals;
  assert.deepEqual(
    [t.received, t.delivered, t.forwardedToFilter, t.forwarded, t.rejected, t.held, t.discarded, t.expired],
    [6, 2, 0, 1, 1, 2, 2, 1],
  );
  assert.deepEqual(s.partial, { startedBeforeLog: 1, unfinishedAtEnd: 0, startedLines: [6], unfinishedLines: [] });
  assert.deepEqual(s.top.recipients.byCount.map((r) => r.name).sort(), ['admin@c.example', 'r@e.example']);
  assert.deepEqual(
    s.rejects.map((r) => [r.action, r.by, r.stage, r.reply, r.dsn, r.reason, r.lines]).sort((a, b) => (a[6] as number[])[0] - (b[6] as number[])[0]),
    [
      ['hold', 'milter', 'END-OF-MESSAGE', '', '4.7.1', 'held for review', [1]],
      ['discard', 'cleanup', 'header', '', '', 'Subject: junk', [3]],
      ['reject', 'milter', 'END-OF-MESSAGE', '', '5.7.1', 'Spam detected', [5]],
      ['hold', 'smtpd', 'RCPT', '', '', '<…>: Recipient address triggers HOLD action', [7]],
    ],
  );
});

test('a message from pickup has "pickup" as its sending host; one re-queued by local delivery has none', () => {
  const pickup = [
    'Aug 19 07:01:00 mail postfix/pickup[30]: 5555555555: uid=0 from=<root>',
    'Aug 19 07:01:00 mail postfix/qmgr[22]: 5555555555: from=<root@h.example>, size=500, nrcpt=1 (queue active)',
  ];
  const requeued = ['Aug 19 07:01:01 mail postfix/qmgr[22]: 6666666666: from=<root@h.example>, size=600, nrcpt=1 (queue active)'];
  // The line a message is born on decides: pickup's own line, or a qmgr line (no client, and not pickup).
  const hosts = (lines: string[]) => summaryOf(['Aug 19 07:00:00 mail postfix/anvil[1]: statistics: max connection rate 1/60s for (smtp:10.0.0.1) at Aug 19 06:59:00', ...lines].join('\n')).totals.sendingHosts;
  assert.equal(hosts(pickup), 1);
  assert.equal(hosts(requeued), 0);
  assert.equal(hosts([...requeued, ...pickup]), 1);
});

test('hostile text stays text: the CLI shows it inert, the report carries it unchanged', () => {
  const log = [
    'Aug 19 05:49:43 mail postfix/smtpd[1]: 0A1B2C3D4E: client=unknown[1.2.3.4]',
    'Aug 19 05:49:44 mail postfix/qmgr[2]: 0A1B2C3D4E: from=<<img src=x onerror=alert(1)//@evil.example>, size=100, nrcpt=1 (queue active)',
    'Aug 19 05:49:45 mail postfix/smtp[3]: 0A1B2C3D4E: to=<[x](command:workbench.action.terminal.new)@evil.example>, relay=evil.example[5.6.7.8]:25, delay=1, delays=0.1/0/0.4/0.5, dsn=2.0.0, status=sent (250 ok)',
    'Aug 19 05:49:45 mail postfix/qmgr[2]: 0A1B2C3D4E: removed',
    'Aug 19 05:49:46 mail postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[1.2.3.4]: 550 5.7.1 "><svg/onload=alert(1)// \u001b[31m[x](command:evil) \u202e; from=<a@b.example> to=<c@d.example> proto=ESMTP helo=<x>',
  ].join('\n');
  const s = summaryOf(log);
  assert.equal(s.top.senders.byCount[0].name, '<img src=x onerror=alert(1)//@evil.example');
  assert.equal(s.top.recipients.byCount[0].name, '[x](command:workbench.action.terminal.new)@evil.example');
  assert.equal(s.rejects[0].reason, '"><svg/onload=alert(1)// <U+001B>[31m[x](command:evil) <U+202E>');
  const text = formatSummary(s, 'en');
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/.test(text), 'no control or direction characters reach the terminal');
  assert.ok(text.includes('[x](command:workbench.action.terminal.new)@evil.example'));
});

test('times are the log\'s own clock, with or without a container prefix in front of the header', () => {
  for (const line of [
    '2018-08-19T05:49:42+02:00 mail postfix/qmgr[1]: ABCDE12345: removed',
    'mail_1  | 2018-08-19T05:49:42+02:00 mail postfix/qmgr[1]: ABCDE12345: removed',
    '<22>1 2018-08-19T05:49:42+02:00 mail postfix/qmgr 1 - - ABCDE12345: removed',
  ]) {
    assert.equal(summaryOf(line).firstTime, '2018-08-19 05:49:42', line);
  }
});
