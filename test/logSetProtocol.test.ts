import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { serverSession } from './support/serverSession';
import { GENERATED_2K } from './support/paths';
import { MBOX, MXA } from './support/twoHosts';
import { JourneyTextRequest, OpenLogSetRequest, SummaryRequest, TraceAtRequest, TracesRequest, type LocatedJourney } from '../server/src/protocol';

const GENERATED = fs.readFileSync(GENERATED_2K, 'utf8');
const LINES = GENERATED.split('\n').filter((line) => line !== '');
const session = serverSession('maillog-set-lsp-');

test('maillog/openLogSet indexes a folder\'s rotated gzip series as one log: journeys span files and name each line\'s file and line', async () => {
  const openUri = await session.client.open('generated.maillog', GENERATED);
  const whole = await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: openUri }, withoutEvents: true });
  // Cut in the middle of a journey of several lines, so that it spans two files.
  const spanning = whole.traces.find((t) => t.lines.length >= 6 && t.lines[t.lines.length - 1] < 1500 && t.lines[0] > 600)!;
  const cut = spanning.lines[3];
  const parts = [[0, 500], [500, cut], [cut, LINES.length]];
  const names = ['mail.log.2.gz', 'mail.log.1', 'mail.log'];
  const folder = fs.mkdtempSync(path.join(session.dir, 'logs-'));
  names.forEach((name, i) => {
    const text = LINES.slice(parts[i][0], parts[i][1]).join('\n') + '\n';
    fs.writeFileSync(path.join(folder, name), name.endsWith('.gz') ? zlib.gzipSync(text) : text);
  });
  fs.writeFileSync(path.join(folder, 'syslog'), 'not a mail log\n');

  const messages: string[] = [];
  session.client.connection.onProgress(WorkDoneProgress.type, 'set-1', (value) => {
    if (value.kind !== 'end' && value.message) messages.push(value.message);
  });
  const result = await session.client.connection.sendRequest(OpenLogSetRequest, { paths: [folder], workDoneToken: 'set-1' });
  assert.deepEqual(result.files, names.map((name, i) => ({ path: path.join(folder, name), lines: parts[i][1] - parts[i][0] })));
  assert.equal(result.lines, LINES.length);
  assert.equal(result.journeys, whole.total);
  assert.equal(result.hosts, false);
  assert.ok(messages.some((m) => m.includes('mail.log.2.gz (1/3)')), `progress names the file read: ${messages.join(' | ')}`);

  const ofSet = await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: result.uri }, withoutEvents: true });
  const facts = (t: LocatedJourney) => [t.queueIds, t.status, t.lines, t.recipients];
  assert.deepEqual(ofSet.traces.map(facts), whole.traces.map(facts));
  const summaryOf = (uri: string) => session.client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  const { files, ...report } = (await summaryOf(result.uri))!;
  assert.deepEqual(report, await summaryOf(openUri));
  assert.deepEqual(files?.map((f) => [f.file, f.firstLine, f.lines]), result.files.map((f, i) => [f.path, result.files.slice(0, i).reduce((n, g) => n + g.lines, 0), f.lines]), 'the report names the files it covers, in time order');

  const trace = (await session.client.connection.sendRequest(TraceAtRequest, { textDocument: { uri: result.uri }, line: spanning.firstLine }))!;
  assert.deepEqual(trace.files, names.map((name) => path.join(folder, name)));
  assert.deepEqual(trace.origins, trace.lines.map((line) => (line < cut ? { file: 1, line: line - 500 } : { file: 2, line: line - cut })));
  assert.deepEqual(trace.events.map((e) => e.origin), trace.origins);
  assert.ok(new Set(trace.origins.map((o) => o.file)).size === 2, 'the journey spans two files');
  const text = (await session.client.connection.sendRequest(JourneyTextRequest, { uri: result.uri, line: cut }))!;
  assert.equal(text.text, trace.lines.map((l) => LINES[l]).join('\n') + '\n');
  assert.deepEqual(text.origins, trace.origins);
});

test('maillog/openLogSet answers bad paths clearly: none, relative, missing, a folder without mail logs', async () => {
  const empty = fs.mkdtempSync(path.join(session.dir, 'empty-'));
  fs.writeFileSync(path.join(empty, 'syslog'), 'x\n');
  const cases: [unknown, RegExp][] = [
    [[], /non-empty list of absolute paths/],
    [['relative/mail.log'], /absolute paths/],
    [[path.join(session.dir, 'missing.log')], /cannot read .*missing\.log/],
    [[empty], /no mail logs/],
  ];
  for (const [paths, message] of cases) {
    await assert.rejects(session.client.connection.sendRequest(OpenLogSetRequest, { paths: paths as string[] }), message);
  }
});

test('a set follows its newest file as it grows, and through a rotation (renamed to .1, a new file created)', async () => {
  const folder = fs.mkdtempSync(path.join(session.dir, 'live-'));
  const half = 1000;
  fs.writeFileSync(path.join(folder, 'mail.log.1'), LINES.slice(0, half).join('\n') + '\n');
  fs.writeFileSync(path.join(folder, 'mail.log'), LINES.slice(half).join('\n') + '\n');
  const { uri, lines } = await session.client.connection.sendRequest(OpenLogSetRequest, { paths: [folder] });
  assert.equal(lines, LINES.length);
  const ask = (filter: string) => session.client.connection.sendRequest(TracesRequest, { textDocument: { uri }, filter, withoutEvents: true });
  const grown = 'Aug 19 23:59:58 mail postfix/pickup[1]: 8D8D8D8D8D: uid=0 from=<root>\n';
  fs.appendFileSync(path.join(folder, 'mail.log'), grown);
  assert.deepEqual((await ask('8D8D8D8D8D')).traces.map((t) => t.lines), [[LINES.length]]);

  // logrotate: .1 becomes .2, the live file .1, and a new live file begins.
  fs.renameSync(path.join(folder, 'mail.log.1'), path.join(folder, 'mail.log.2'));
  fs.renameSync(path.join(folder, 'mail.log'), path.join(folder, 'mail.log.1'));
  fs.writeFileSync(path.join(folder, 'mail.log'), 'Aug 19 23:59:59 mail postfix/qmgr[2]: 8D8D8D8D8D: from=<root@mail.example>, size=1, nrcpt=1 (queue active)\n');
  const after = await ask('8D8D8D8D8D');
  assert.deepEqual(after.traces.map((t) => [t.lines, t.status, t.origins]), [[[LINES.length, LINES.length + 1], 'active', [{ file: 1, line: LINES.length - half }, { file: 2, line: 0 }]]]);
  assert.deepEqual(after.traces[0].files, ['mail.log.2', 'mail.log.1', 'mail.log'].map((name) => path.join(folder, name)), 'each file by its name now');
  // The rotated files' lines are still read, from the files they are now.
  const early = await session.client.connection.sendRequest(JourneyTextRequest, { uri, line: 3 });
  assert.ok(early && early.text.includes(LINES[3]));
  const text = await session.client.connection.sendRequest(JourneyTextRequest, { uri, line: LINES.length + 1 });
  assert.equal(text!.text, grown + 'Aug 19 23:59:59 mail postfix/qmgr[2]: 8D8D8D8D8D: from=<root@mail.example>, size=1, nrcpt=1 (queue active)\n');
});

test('two hosts\' logs: a journey across them lists its lines in time order, each with its host\'s file', async () => {
  const site = fs.mkdtempSync(path.join(session.dir, 'site-'));
  for (const [host, text] of [['mxa', MXA], ['mbox', MBOX]]) {
    fs.mkdirSync(path.join(site, host));
    fs.writeFileSync(path.join(site, host, 'mail.log'), text);
  }
  const result = await session.client.connection.sendRequest(OpenLogSetRequest, { paths: [site] });
  assert.equal(result.hosts, true);
  assert.equal(result.journeys, 3);
  const relayed = (await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: result.uri }, filter: '1111AAAA11' })).traces;
  assert.deepEqual(relayed.map((t) => [t.queueIds, t.status]), [[['1111AAAA11', '2222BBBB22'], 'bounced']]);
  const text = (await session.client.connection.sendRequest(JourneyTextRequest, { uri: result.uri, line: relayed[0].firstLine }))!;
  const times = text.text.trimEnd().split('\n').map((line) => line.slice(0, 15));
  assert.deepEqual(times, [...times].sort(), 'in time order');
  const hosts = text.origins!.map((o) => path.basename(path.dirname(text.files![o.file])));
  assert.deepEqual(hosts, ['mxa', 'mxa', 'mxa', 'mxa', 'mxa', 'mbox', 'mbox', 'mbox', 'mbox', 'mxa', 'mxa', 'mbox', 'mbox', 'mbox']);
  assert.deepEqual(relayed[0].events.map((e) => e.line), text.lines, 'the events in the same order');
});

test('a set with a gzip file cut short opens, and its answer names that file', async () => {
  const folder = fs.mkdtempSync(path.join(session.dir, 'cut-'));
  const gzip = zlib.gzipSync(Buffer.from(GENERATED));
  fs.writeFileSync(path.join(folder, 'mail.log.1.gz'), gzip.subarray(0, Math.floor(gzip.length / 2)));
  fs.writeFileSync(path.join(folder, 'mail.log'), MXA);
  const result = await session.client.connection.sendRequest(OpenLogSetRequest, { paths: [folder] });
  assert.deepEqual(result.endedEarly, [path.join(folder, 'mail.log.1.gz')]);
  assert.ok(result.lines > MXA.split('\n').length && result.lines < LINES.length, `${result.lines} lines`);
  const whole = await session.client.connection.sendRequest(OpenLogSetRequest, { paths: [path.join(folder, 'mail.log')] });
  assert.equal(whole.endedEarly, undefined, 'an answer names none when every file is whole');
});
