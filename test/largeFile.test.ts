import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { CancellationTokenSource, WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { serverSession } from './support/serverSession';
import { GENERATED_2K } from './support/paths';
import {
  CloseLargeFileNotification, JourneyTextRequest, LARGE_FILE_STALE, OpenLargeFileRequest, SummaryRequest, TraceAtRequest, TracesRequest, type Journey,
} from '../server/src/protocol';
import { KEPT_LARGE_LOGS } from '../server/src/features/largeFiles';
import { logRowsWorkerCount } from '../server/src/engine/model/largeLog';
import { PARALLEL_MIN_BYTES } from '../server/src/engine/model/parallelParse';

const GENERATED = fs.readFileSync(GENERATED_2K, 'utf8');
const session = serverSession('maillog-large-');

test('a file indexed from disk has the same journeys as the same text opened as a document', async () => {
  const file = path.join(session.dir, 'generated.maillog');
  fs.writeFileSync(file, GENERATED);
  const reports: number[] = [];
  session.client.connection.onProgress(WorkDoneProgress.type, 'large-1', (value) => {
    if (value.kind === 'report' && value.percentage !== undefined) reports.push(value.percentage);
  });
  const result = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file, workDoneToken: 'large-1' });
  assert.equal(result.uri, `maillog-large:${file}`);
  assert.equal(result.lines, GENERATED.split('\n').length - (GENERATED.endsWith('\n') ? 1 : 0));
  assert.ok(reports.length > 0 && reports[reports.length - 1] === 100, `progress reported: ${reports.join(',')}`);

  const openUri = await session.client.open('generated.maillog', GENERATED);
  const fromDisk = await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: result.uri }, withoutEvents: true });
  const fromDocument = await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: openUri }, withoutEvents: true });
  assert.equal(result.journeys, fromDocument.total);
  const facts = (t: Journey) => [t.queueIds, t.status, t.lines, t.start, t.end]; // times too: both infer the same year
  assert.deepEqual(fromDisk.traces.map(facts), fromDocument.traces.map(facts));

  // the summary too, which VS Code could not show for a file over its limit
  const summaryOf = (uri: string) => session.client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  const { files, ...report } = (await summaryOf(result.uri))!;
  assert.deepEqual(report, await summaryOf(openUri));
  assert.deepEqual(files?.map((f) => f.lines), [result.lines], 'the report names the one file it covers');

  const journey = fromDocument.traces.find((t) => t.queueIds.length > 1)!;
  const withEvents = await session.client.connection.sendRequest(TraceAtRequest, { textDocument: { uri: result.uri }, line: journey.firstLine });
  assert.equal(withEvents!.events.length, journey.lines.length);
  const text = await session.client.connection.sendRequest(JourneyTextRequest, { uri: result.uri, line: journey.firstLine });
  const lines = GENERATED.split('\n');
  assert.equal(text!.text, journey.lines.map((l) => lines[l]).join('\n') + '\n');
  assert.deepEqual(text!.queueIds, journey.queueIds);
});

test('indexing can be cancelled, and a missing file gets a clear error', async () => {
  const file = path.join(session.dir, 'bigger.maillog');
  fs.writeFileSync(file, GENERATED.repeat(24)); // ~6 MB: several chunks
  const source = new CancellationTokenSource();
  const pending = session.client.connection.sendRequest(OpenLargeFileRequest, { path: file }, source.token);
  source.cancel();
  await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
  await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: path.join(session.dir, 'missing.maillog') }), /cannot read/);
  await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: 'relative.maillog' }), /absolute/);
});

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const staleError = (pattern: RegExp) => (error: { code?: number; message?: string }) =>
  error.code === LARGE_FILE_STALE && pattern.test(error.message ?? '');
/** The server's descriptors open on a file. */
const descriptorsOn = (file: string) =>
  fs.readdirSync(`/proc/${session.client.pid}/fd`).filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/${session.client.pid}/fd/${fd}`) === file;
    } catch {
      return false; // closed meanwhile
    }
  }).length;

test('a log that grows while it is indexed is indexed to the size it had when opened, and its last line reads whole', async () => {
  const file = path.join(session.dir, 'live.maillog');
  const base = GENERATED.repeat(48); // ~12 MB: many chunks, so the append lands while they are read
  fs.writeFileSync(file, base);
  const appended = 'Aug 19 23:59:58 mail postfix/smtpd[1]: 9F9F9F9F9F: session.client=late[192.0.2.9]\nAug 19 23:59:59 mail postfix/qmgr[7739]: 9F9F9F9F9F: removed\n';
  let grown = false;
  session.client.connection.onProgress(WorkDoneProgress.type, 'live-1', (value) => {
    if (value.kind === 'report' && !grown) {
      grown = true;
      fs.appendFileSync(file, appended);
    }
  });
  const result = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file, workDoneToken: 'live-1' });
  assert.ok(grown, 'the file grew during indexing');
  assert.equal(result.lines, lineCount(base));
  const lastLine = result.lines - 1;
  const last = await session.client.connection.sendRequest(JourneyTextRequest, { uri: result.uri, line: lastLine });
  const baseLines = base.split('\n');
  assert.ok(last && last.lines.includes(lastLine));
  assert.equal(last.text, last.lines.map((l) => baseLines[l]).join('\n') + '\n');
  const filtered = await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: result.uri }, filter: 'noreply@example.org', withoutEvents: true });
  assert.ok(filtered.total > 0);
});

test('a live log: lines appended after indexing are indexed when next asked about, a line still being written once it ends', async () => {
  const file = path.join(session.dir, 'following.maillog');
  fs.writeFileSync(file, GENERATED);
  const { uri, lines } = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file });
  const late = 'Aug 19 23:59:58 mail postfix/pickup[1]: 8D8D8D8D8D: uid=0 from=<root>\n';
  const stillWritten = 'Aug 19 23:59:59 mail postfix/qmgr[2]: 8D8D8D8D8D: from=<root@mail.example>, size=1, nr';
  fs.appendFileSync(file, late + stillWritten);
  const ask = () => session.client.connection.sendRequest(TracesRequest, { textDocument: { uri }, filter: '8D8D8D8D8D', withoutEvents: true });
  const first = await ask();
  assert.deepEqual(first.traces.map((t) => t.lines), [[lines]], 'the whole appended line, not the one still written');
  fs.appendFileSync(file, 'cpt=1 (queue active)\n');
  const second = await ask();
  assert.deepEqual(second.traces.map((t) => [t.lines, t.status]), [[[lines, lines + 1], 'active']]);
  const text = await session.client.connection.sendRequest(JourneyTextRequest, { uri, line: lines + 1 });
  assert.equal(text?.text, `${late}${stillWritten}cpt=1 (queue active)\n`);
});

test('a large file truncated, replaced or deleted after indexing is reported as such, and can be indexed again', async () => {
  const open = async (file: string) => (await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file })).uri;
  const journeyOfLine = (uri: string, line: number) => session.client.connection.sendRequest(JourneyTextRequest, { uri, line });
  const truncated = path.join(session.dir, 'truncated.maillog');
  fs.writeFileSync(truncated, GENERATED);
  const truncatedUri = await open(truncated);
  fs.truncateSync(truncated, 1000);
  await assert.rejects(journeyOfLine(truncatedUri, 1500), staleError(/truncated/));
  await assert.rejects(session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: truncatedUri } }), staleError(/truncated/));

  const rotated = path.join(session.dir, 'rotated.maillog');
  fs.writeFileSync(rotated, GENERATED);
  const rotatedUri = await open(rotated);
  fs.renameSync(rotated, `${rotated}.1`);
  fs.writeFileSync(rotated, 'x'.repeat(GENERATED.length * 2)); // a new, bigger file under the same name
  await assert.rejects(journeyOfLine(rotatedUri, 5), staleError(/replaced/));

  const deleted = path.join(session.dir, 'deleted.maillog');
  fs.writeFileSync(deleted, GENERATED);
  const deletedUri = await open(deleted);
  fs.rmSync(deleted);
  await assert.rejects(journeyOfLine(deletedUri, 5), staleError(/deleted/));

  // indexing again, on request, reads the file as it is now
  fs.writeFileSync(truncated, GENERATED);
  assert.equal(await open(truncated), truncatedUri);
  const again = await journeyOfLine(truncatedUri, 1500);
  assert.equal(again?.text, again!.lines.map((l) => GENERATED.split('\n')[l]).join('\n') + '\n');
});

test('named pipes are refused at once: the server never waits on them, and large files still index afterwards', { timeout: 60_000 }, async () => {
  const fifo = path.join(session.dir, 'pipe.maillog');
  execFileSync('mkfifo', [fifo]);
  for (let i = 0; i < 6; i++) {
    await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: fifo }), /cannot read .*named pipe/);
  }
  await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: session.dir }), /directory/);
  await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: '/dev/zero' }), /device/);
  const file = path.join(session.dir, 'after-pipes.maillog');
  fs.writeFileSync(file, GENERATED);
  assert.equal((await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file })).lines, lineCount(GENERATED));
});

test('a gzip file (told by its content) indexes as its text does; xz is refused by name', async () => {
  const gzip = path.join(session.dir, 'rotated.maillog.2'); // no .gz: the content tells
  fs.writeFileSync(gzip, zlib.gzipSync(GENERATED));
  const plain = path.join(session.dir, 'rotated-plain.maillog');
  fs.writeFileSync(plain, GENERATED);
  const fromGzip = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: gzip });
  const fromPlain = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: plain });
  assert.equal(fromGzip.lines, lineCount(GENERATED));
  assert.equal(fromGzip.endedEarly, undefined, 'a whole gzip file does not end early');
  const page = (uri: string) => session.client.connection.sendRequest(TracesRequest, { textDocument: { uri }, filter: 'noreply', withoutEvents: true });
  assert.deepEqual(await page(fromGzip.uri), await page(fromPlain.uri));
  const last = await session.client.connection.sendRequest(JourneyTextRequest, { uri: fromGzip.uri, line: fromGzip.lines - 1 });
  assert.equal(last?.text, last!.lines.map((l) => GENERATED.split('\n')[l]).join('\n') + '\n');
  // cut short (a rotation interrupted, a full disk): its lines up to the cut are read, and the answer says so
  const compressed = zlib.gzipSync(GENERATED);
  const cut = path.join(session.dir, 'cut.maillog.gz');
  fs.writeFileSync(cut, compressed.subarray(0, Math.floor(compressed.length / 2)));
  const fromCut = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: cut });
  assert.equal(fromCut.endedEarly, true);
  assert.ok(fromCut.lines > 0 && fromCut.lines < lineCount(GENERATED), `${fromCut.lines} lines`);
  const xz = path.join(session.dir, 'rotated.maillog.3');
  fs.writeFileSync(xz, Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3]));
  await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: xz }), /cannot read .*xz-compressed/);
  // a cancelled gzip index leaves no descriptor open on its file
  const bigger = path.join(session.dir, 'bigger.maillog.gz');
  fs.writeFileSync(bigger, zlib.gzipSync(GENERATED.repeat(48)));
  const source = new CancellationTokenSource();
  const pending = session.client.connection.sendRequest(OpenLargeFileRequest, { path: bigger }, source.token);
  source.cancel();
  await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
  await session.client.ping();
  assert.equal(descriptorsOn(bigger), 0);
});

test('only file: URIs are indexed: a virtual workspace path names no local file', async () => {
  const file = path.join(session.dir, 'virtual.maillog');
  fs.writeFileSync(file, GENERATED);
  await assert.rejects(session.client.connection.sendRequest(OpenLargeFileRequest, { path: file, source: `vscode-vfs://github${file}` }), /only files on disk/);
  const local = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file, source: pathToFileURL(file).toString() });
  assert.equal(local.lines, lineCount(GENERATED));
});

test('large files are released: on request, and the least recently used beyond a few, with their descriptors', async () => {
  const files = Array.from({ length: KEPT_LARGE_LOGS + 2 }, (_, i) => path.join(session.dir, `many-${i}.maillog`));
  const uris: string[] = [];
  for (const file of files) {
    fs.writeFileSync(file, GENERATED);
    uris.push((await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file })).uri);
    // the first stays in use, so it is not the least recently used
    await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri: uris[0] }, limit: 1 });
  }
  const ask = (uri: string) => session.client.connection.sendRequest(TracesRequest, { textDocument: { uri }, limit: 1 });
  assert.ok((await ask(uris[0])).total > 0, 'used recently: kept');
  for (const released of [1, 2]) {
    await assert.rejects(ask(uris[released]), staleError(/no longer indexed/));
    assert.equal(descriptorsOn(files[released]), 0, `descriptor of ${files[released]} closed`);
  }
  assert.equal(descriptorsOn(files[files.length - 1]), 1);
  await session.client.connection.sendNotification(CloseLargeFileNotification, { uri: uris[files.length - 1] });
  await assert.rejects(ask(uris[files.length - 1]), staleError(/no longer indexed/));
  assert.equal(descriptorsOn(files[files.length - 1]), 0);
});

test('a file big enough for parse workers: the real server indexes it (workers parse, this thread links) as the same text opened as a document', { timeout: 120_000 }, async () => {
  const file = path.join(session.dir, 'big.maillog');
  const text = GENERATED.repeat(Math.ceil((PARALLEL_MIN_BYTES + 1) / Buffer.byteLength(GENERATED)));
  fs.writeFileSync(file, text);
  assert.ok(logRowsWorkerCount(Buffer.byteLength(text)) > 0 || os.availableParallelism() < 2, 'this machine parses such a file in workers');
  const result = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file });
  const openUri = await session.client.open('big.maillog', text);
  const page = (uri: string) => session.client.connection.sendRequest(TracesRequest, { textDocument: { uri }, withoutEvents: true, limit: 200 });
  const fromDocument = await page(openUri);
  assert.equal(result.journeys, fromDocument.total);
  const facts = (t: Journey) => [t.queueIds, t.status, t.lines, t.start, t.end, t.recipients];
  assert.deepEqual((await page(result.uri)).traces.map(facts), fromDocument.traces.map(facts));
  // The summary takes the deliveries' facts the workers read: the same report as the document's.
  const summaryOf = (uri: string) => session.client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  const { files: _files, ...report } = (await summaryOf(result.uri))!;
  assert.deepEqual(report, await summaryOf(openUri));
  await session.client.close(openUri);
});
