import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import {
  DefinitionRequest, ReferencesRequest, DocumentSymbolRequest, DocumentHighlightRequest,
  DidChangeConfigurationNotification, DiagnosticSeverity,
  type Location, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient';
import { SEED } from './support/paths';
import { SEED_LINE_MEANINGS, unescapeMarkdown } from './support/seedExpectations';
import { TracesRequest, TraceAtRequest, JourneyTextRequest, SummaryRequest, MAX_PROBLEMS, DEFAULT_SETTINGS } from '../server/src/protocol';
import { MAX_TRACES_PAGE } from '../server/src/features/traces';

const seedText = fs.readFileSync(SEED, 'utf8');
const seedLines = seedText.split('\n');
let client: LspClient;
let uri: string;

before(async () => {
  client = await LspClient.start('en');
  uri = await client.open('seed.maillog', seedText);
});
after(() => client.stop());

async function hoverText(line: number, character: number, on = uri, c = client): Promise<string> {
  const markdown = await c.hoverMarkdown(on, line, character);
  assert.ok(markdown, `hover on ${line}:${character}`);
  return unescapeMarkdown(markdown);
}

test('every seed line has a hover saying what the article says about it', async () => {
  assert.equal(SEED_LINE_MEANINGS.length, 34);
  for (const [line, meaning] of SEED_LINE_MEANINGS.entries()) {
    const text = await hoverText(line, 0);
    for (const phrase of meaning.en) assert.ok(text.includes(phrase), `line ${line + 1}: "${phrase}" not in:\n${text}`);
  }
});

test('hovers follow the client locale: Chinese in the article wording', async () => {
  const zh = await LspClient.start('zh-cn');
  try {
    const zhUri = await zh.open('seed-zh.maillog', seedText);
    for (const [line, meaning] of SEED_LINE_MEANINGS.entries()) {
      const text = await hoverText(line, 0, zhUri, zh);
      for (const phrase of meaning.zh) assert.ok(text.includes(phrase), `line ${line + 1}: "${phrase}" not in:\n${text}`);
    }
  } finally {
    await zh.stop();
  }
});

test('hover on delays= breaks it into its four stages', async () => {
  const line = 7;
  const text = await hoverText(line, seedLines[line].indexOf('delays=') + 3);
  assert.match(text, /before the queue manager.*0\.74 s/);
  assert.match(text, /queue wait\): 0\.03 s/);
  assert.match(text, /connection setup.*0\.19 s/);
  assert.match(text, /message transmission: 0\.82 s/);
  assert.match(text, /slowest stage is d/);
});

test('hover on dsn= explains class, subject and detail', async () => {
  const text = await hoverText(7, seedLines[7].indexOf('dsn=') + 5);
  assert.match(text, /class 2: success/);
  assert.match(text, /subject 0: other or undefined status/);
});

test('hover on a queue ID summarises its message and journey', async () => {
  const line = 30; // smtp ... queued as 01373222F7
  const text = await hoverText(line, seedLines[line].indexOf('974C6222F6') + 2);
  assert.match(text, /Message 974C6222F6/);
  assert.match(text, /sender: test\.redhat@gmail\.com/);
  assert.match(text, /test01@codemax\.cn — sent/);
  assert.match(text, /974C6222F6\*\* → 01373222F7|\*\*974C6222F6\*\* → 01373222F7/);
});

test('definition of a queue ID inside "queued as" goes to the birth line of that message', async () => {
  const line = 30;
  const character = seedLines[line].lastIndexOf('01373222F7') + 3;
  const result = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character } })) as Location;
  assert.equal(result.uri, uri);
  assert.equal(result.range.start.line, 24);
  assert.ok(seedLines[24].includes('01373222F7: client=unknown[127.0.0.1]'));
  assert.equal(seedLines[24].slice(result.range.start.character, result.range.end.character), '01373222F7');
});

test('definition of an amavis queued_as goes to the same birth line', async () => {
  const line = 29;
  const character = seedLines[line].indexOf('queued_as: ') + 'queued_as: '.length + 1;
  const result = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character } })) as Location;
  assert.equal(result.range.start.line, 24);
});

test('references return exactly the lines that carry the queue ID', async () => {
  const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri }, position: { line: 4, character: seedLines[4].indexOf('EA8FF222F6') }, context: { includeDeclaration: true },
  })) as Location[];
  const expected = seedLines.flatMap((text, i) => (text.includes('EA8FF222F6') ? [i] : []));
  assert.deepEqual(refs.map((r) => r.range.start.line), expected);
  const second = (await client.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri }, position: { line: 24, character: seedLines[24].indexOf('01373222F7') }, context: { includeDeclaration: true },
  })) as Location[];
  assert.deepEqual(second.map((r) => r.range.start.line), seedLines.flatMap((text, i) => (text.includes('01373222F7') ? [i] : [])));
  const highlights = (await client.connection.sendRequest(DocumentHighlightRequest.type, {
    textDocument: { uri }, position: { line: 4, character: seedLines[4].indexOf('EA8FF222F6') },
  })) as unknown[];
  assert.equal(highlights.length, expected.length);
});

test('document symbols: one per journey', async () => {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map((s) => s.name), ['EA8FF222F6', '974C6222F6 → 01373222F7']);
  assert.match(symbols[0].detail!, /test01@unotes\.co → test\.redhat@gmail\.com, sent/);
  assert.equal(symbols[1].selectionRange.start.line, 16);
});

test('maillog/traces returns the two seed journeys with hops, recipients and lines', async () => {
  const { traces, total } = await client.connection.sendRequest(TracesRequest, { textDocument: { uri } });
  assert.equal(total, 2);
  assert.deepEqual(traces.map((t) => t.queueIds), [['EA8FF222F6'], ['974C6222F6', '01373222F7']]);
  const [outbound, inbound] = traces;
  assert.equal(outbound.from, 'test01@unotes.co');
  assert.equal(outbound.messageId, '2018081917494313210561@unotes.co');
  assert.deepEqual(outbound.recipients, [{ address: 'test.redhat@gmail.com', status: 'sent', dsn: '2.0.0', relay: 'gmail-smtp-in.l.google.com[74.125.197.26]:25', line: 7 }]);
  assert.equal(outbound.status, 'sent');
  assert.equal(outbound.firstLine, 1);
  assert.deepEqual(outbound.lines, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(outbound.events.length, 10);
  assert.equal(outbound.events[4].kind, 'qmgr.active');
  assert.match(outbound.events[4].summary, /active queue/);
  assert.equal(inbound.status, 'sent');
  assert.equal(inbound.firstLine, 16);
  assert.deepEqual(inbound.recipients.map((r) => [r.address, r.relay, r.line]), [['test01@codemax.cn', 'dovecot', 32]]);
  assert.ok(inbound.lines.includes(11), 'the postgrey verdict of the session belongs to the journey');
  assert.ok(!inbound.lines.includes(12), 'postgrey maintenance does not');
  assert.ok(inbound.lines.includes(29) && inbound.lines.includes(33));
  assert.ok(inbound.start && inbound.end && inbound.start < inbound.end);
});

test('maillog/traces filters and pages', async () => {
  const filtered = await client.connection.sendRequest(TracesRequest, { textDocument: { uri }, filter: 'codemax' });
  assert.deepEqual(filtered.traces.map((t) => t.queueIds[0]), ['974C6222F6']);
  const paged = await client.connection.sendRequest(TracesRequest, { textDocument: { uri }, offset: 1, limit: 1, withoutEvents: true });
  assert.equal(paged.total, 2);
  assert.deepEqual(paged.traces.map((t) => t.queueIds[0]), ['974C6222F6']);
  assert.deepEqual(paged.traces[0].events, []);
  const at = await client.connection.sendRequest(TraceAtRequest, { textDocument: { uri }, line: 31 });
  assert.deepEqual(at?.queueIds, ['974C6222F6', '01373222F7']);
  assert.equal(await client.connection.sendRequest(TraceAtRequest, { textDocument: { uri }, line: 12 }), null);
  // "Copy Journey Lines": the journey's text as the server has it
  const copied = await client.connection.sendRequest(JourneyTextRequest, { uri, line: 31 });
  assert.deepEqual(copied?.queueIds, ['974C6222F6', '01373222F7']);
  assert.ok(copied);
  assert.equal(copied.text, copied.lines.map((l) => seedLines[l]).join('\n') + '\n');
  assert.ok(copied.lines.includes(31) && copied.lines.length > 15);
  assert.equal(await client.connection.sendRequest(JourneyTextRequest, { uri, line: 12 }), null);
});

test('diagnostics: none on the seed, a warning per deferred/bounced/reject/warning line, an error per fatal one; settings apply at once', async () => {
  const seed = await client.diagnosticsFor(uri);
  assert.deepEqual(seed.diagnostics, []);
  const problemsUri = await client.open('problems.maillog', [
    'Aug 19 07:00:00 mail postfix/smtp[200]: 1A2B3C4D5E: to=<a@example.com>, relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)',
    'Aug 19 07:00:01 mail postfix/smtp[201]: 2A2B3C4D5E: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    'Aug 19 07:00:02 mail postfix/smtpd[202]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <c@example.org>: Relay access denied; from=<x@spam.example> to=<c@example.org> proto=ESMTP helo=<spam>',
    'Aug 19 07:00:03 mail postfix/smtpd[202]: warning: something nobody catalogued happened',
    'Aug 19 07:00:04 mail postfix/qmgr[7739]: 1A2B3C4D5E: from=<s@example.org>, size=100, nrcpt=1 (queue active)',
    'Aug 19 07:00:05 mail postfix/master[1]: fatal: something nobody catalogued stopped it',
  ].join('\n'));
  const { diagnostics } = await client.diagnosticsFor(problemsUri, (p) => p.diagnostics.length > 0);
  assert.deepEqual(diagnostics.map((d) => d.range.start.line), [0, 1, 2, 3, 5]);
  assert.deepEqual(diagnostics.map((d) => d.code), ['delivery.deferred', 'delivery.bounced', 'smtpd.reject', 'generic.warning', 'generic.fatal']);
  assert.match(diagnostics[0].message, /deferred and will be retried: connect to mx\.example\.com/);
  assert.ok(diagnostics.every((d) => d.source === 'maillog'));
  const { Warning, Error } = DiagnosticSeverity;
  assert.deepEqual(diagnostics.map((d) => d.severity), [Warning, Warning, Warning, Warning, Error]);

  // maillog.diagnostics settings, changed while the log is open: published again at once
  const configure = (diagnosticsSettings: object) =>
    client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { maillog: { diagnostics: diagnosticsSettings } } });
  const lines = (p: { diagnostics: { range: { start: { line: number } } }[] }) => p.diagnostics.map((d) => d.range.start.line).join(',');
  await configure({ deferred: false, warnings: false });
  assert.equal(lines(await client.diagnosticsFor(problemsUri, (p) => lines(p) === '1,2,5')), '1,2,5', 'deferred and warning lines left out');
  await configure({ maxProblems: 1 });
  assert.equal(lines(await client.diagnosticsFor(problemsUri, (p) => lines(p) === '0')), '0', 'capped at one');
  await configure({ enabled: false });
  assert.equal(lines(await client.diagnosticsFor(problemsUri, (p) => lines(p) === '')), '', 'none when disabled');
  await configure({});
  assert.equal(lines(await client.diagnosticsFor(problemsUri, (p) => lines(p) === '0,1,2,3,5')), '0,1,2,3,5', 'defaults again');
});

test('incremental appends extend journeys and hovers', async () => {
  const growing = await client.open('growing.maillog', seedLines.slice(0, 5).join('\n') + '\n');
  let traces = await client.connection.sendRequest(TracesRequest, { textDocument: { uri: growing } });
  assert.equal(traces.traces[0].status, 'active');
  await client.change(growing, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: seedLines.slice(5, 10).join('\n') + '\n' }]);
  traces = await client.connection.sendRequest(TracesRequest, { textDocument: { uri: growing } });
  assert.equal(traces.traces[0].status, 'sent');
  assert.deepEqual(traces.traces[0].lines, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const text = await hoverText(8, 0, growing);
  assert.match(text, /removed from the queue/);
});

test('traceAt and journeyText about a line out of range (a log that shrank) answer null', async () => {
  for (const line of [seedLines.length + 100, -1, 2.5]) {
    assert.equal(await client.connection.sendRequest(TraceAtRequest, { textDocument: { uri }, line }), null, `traceAt ${line}`);
    assert.equal(await client.connection.sendRequest(JourneyTextRequest, { uri, line }), null, `journeyText ${line}`);
  }
});

test('a change that breaks the protocol drops the document instead of corrupting it; its next whole text brings it back', async () => {
  const journeyIds = async (on: string) =>
    (await client.connection.sendRequest(TracesRequest, { textDocument: { uri: on }, withoutEvents: true })).traces.map((t) => t.queueIds.join(' -> '));
  const seedJourneys = ['EA8FF222F6', '974C6222F6 -> 01373222F7'];
  const broken: [string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }][] = [
    ['reversed range', { range: { start: { line: 20, character: 0 }, end: { line: 3, character: 0 } }, text: '' }],
    ['range past the end', { range: { start: { line: 900, character: 0 }, end: { line: 900, character: 0 } }, text: 'Aug 19 07:00:00 mail postfix/qmgr[1]: 9E9E9E9E9E: removed\n' }],
    ['text not a string', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 42 as unknown as string }],
    ['negative position', { range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: '' }],
  ];
  for (const [name, change] of broken) {
    const on = await client.open(`broken-${name.replace(/ /g, '-')}.maillog`, seedText);
    assert.deepEqual(await journeyIds(on), seedJourneys);
    await client.change(on, [change]);
    // a sound change after the broken one would apply to a copy that is not the editor's: ignored too
    await client.change(on, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    assert.deepEqual(await journeyIds(on), [], `${name}: no answers from a copy out of step`);
    assert.deepEqual((await client.diagnosticsFor(on)).diagnostics, []);
    await client.change(on, [{ text: seedText }]);
    assert.deepEqual(await journeyIds(on), seedJourneys, `${name}: back after the whole text`);
  }
  // LSP: a character past a line's end means its end, and the start of the line after the last is the document's end
  const lenient = await client.open('lenient.maillog', seedLines.slice(0, 5).join('\n'));
  await client.change(lenient, [{ range: { start: { line: 4, character: 999 }, end: { line: 5, character: 0 } }, text: `\n${seedLines.slice(5, 10).join('\n')}\n` }]);
  assert.deepEqual(await journeyIds(lenient), ['EA8FF222F6']);
  assert.equal((await client.connection.sendRequest(TracesRequest, { textDocument: { uri: lenient } })).traces[0].status, 'sent');
});

test('page size and problem cap are clamped by the server, whatever a workspace sets', { timeout: 120_000 }, async () => {
  const count = MAX_TRACES_PAGE + 5;
  const id = (i: number) => (0x1000000000 + i).toString(16).toUpperCase();
  const lines = Array.from({ length: count }, (_, i) =>
    `Aug 19 07:00:00 mail postfix/smtp[1]: ${id(i)}: to=<a@example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect timed out)`);
  const many = await client.open('many.maillog', lines.join('\n'));
  const page = await client.connection.sendRequest(TracesRequest, { textDocument: { uri: many }, limit: 1e9, withoutEvents: true });
  assert.equal(page.total, count);
  assert.equal(page.traces.length, MAX_TRACES_PAGE);
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { maillog: { diagnostics: { maxProblems: 1e12 } } } });
  const published = await client.diagnosticsFor(many, (p) => p.diagnostics.length > DEFAULT_SETTINGS.diagnostics.maxProblems, 60_000);
  assert.equal(published.diagnostics.length, MAX_PROBLEMS);
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { maillog: { diagnostics: { maxProblems: 'all', enabled: 'yes' } } } });
  const defaults = await client.diagnosticsFor(many, (p) => p.diagnostics.length !== MAX_PROBLEMS, 60_000);
  assert.equal(defaults.diagnostics.length, DEFAULT_SETTINGS.diagnostics.maxProblems, 'nonsense values mean the defaults');
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { maillog: {} } });
});

test('server: maillog/summary answers for an open document, follows its growth, null for others', async () => {
  const lines = seedText.split('\n');
  const uri = await client.open('summary-seed.maillog', lines.slice(0, 10).join('\n') + '\n');
  const first = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  assert.equal(first?.totals.received, 1);
  assert.equal(first?.totals.delivered, 1);
  // The log grows: the rest of the seed is appended at its end.
  await client.change(uri, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: lines.slice(10).join('\n') }]);
  const grown = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  assert.equal(grown?.totals.received, 2);
  assert.equal(grown?.totals.delivered, 2);
  assert.equal(grown?.totals.forwardedToFilter, 1);
  const none = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri: 'file:///tmp/maillog-tests/not-open.maillog' } });
  assert.equal(none, null);
});

test('server: maillog/summary asked again gives the same report, and the kept report is not served after an edit that keeps every line number', async () => {
  const log = [
    'Aug 19 05:49:40 mail postfix/pickup[1]: 3A4B5C6D7E: uid=0 from=<root>',
    'Aug 19 05:49:40 mail postfix/qmgr[2]: 3A4B5C6D7E: from=<root@example.org>, size=400, nrcpt=1 (queue active)',
    'Aug 19 05:49:41 mail postfix/smtp[3]: 3A4B5C6D7E: to=<ann@example.net>, relay=none, delay=1, delays=0.1/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.7]:25: Connection timed out)',
  ];
  const uri = await client.open('summary-edit.maillog', log.join('\n') + '\n');
  const first = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  const again = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  assert.deepEqual(again, first);
  assert.match(first?.deferrals[0]?.reason ?? '', /Connection timed out/);
  // The reason is edited in place: the same lines, the same journeys, another text.
  const at = log[2].indexOf('Connection timed out');
  await client.change(uri, [{ range: { start: { line: 2, character: at }, end: { line: 2, character: at + 'Connection timed out'.length } }, text: 'Connection refused' }]);
  const edited = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  assert.match(edited?.deferrals[0]?.reason ?? '', /Connection refused/);
  assert.equal(edited?.totals.deferred, 1);
});
