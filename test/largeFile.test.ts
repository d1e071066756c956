import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient';
import { ROOT } from './support/paths';
import { JourneyTextRequest, OpenLargeFileRequest, TraceAtRequest, TracesRequest, type Trace } from '../server/src/protocol';

const GENERATED = fs.readFileSync(path.join(ROOT, 'test/fixtures/generated-2k.maillog'), 'utf8');
let client: LspClient;
let dir: string;

before(async () => {
  client = await LspClient.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-large-'));
});
after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a file indexed from disk has the same journeys as the same text opened as a document', async () => {
  const file = path.join(dir, 'generated.maillog');
  fs.writeFileSync(file, GENERATED);
  const reports: number[] = [];
  client.connection.onProgress(WorkDoneProgress.type, 'large-1', (value) => {
    if (value.kind === 'report' && value.percentage !== undefined) reports.push(value.percentage);
  });
  const result = await client.connection.sendRequest(OpenLargeFileRequest, { path: file, workDoneToken: 'large-1' });
  assert.equal(result.uri, `maillog-large:${file}`);
  assert.equal(result.lines, GENERATED.split('\n').length - (GENERATED.endsWith('\n') ? 1 : 0));
  assert.ok(reports.length > 0 && reports[reports.length - 1] === 100, `progress reported: ${reports.join(',')}`);

  const openUri = await client.open('generated.maillog', GENERATED);
  const fromDisk = await client.connection.sendRequest(TracesRequest, { textDocument: { uri: result.uri }, withoutEvents: true });
  const fromDocument = await client.connection.sendRequest(TracesRequest, { textDocument: { uri: openUri }, withoutEvents: true });
  assert.equal(result.journeys, fromDocument.total);
  const facts = (t: Trace) => [t.queueIds, t.status, t.lines, t.start, t.end]; // times too: both infer the same year
  assert.deepEqual(fromDisk.traces.map(facts), fromDocument.traces.map(facts));

  const journey = fromDocument.traces.find((t) => t.queueIds.length > 1)!;
  const withEvents = await client.connection.sendRequest(TraceAtRequest, { textDocument: { uri: result.uri }, line: journey.firstLine });
  assert.equal(withEvents!.events.length, journey.lines.length);
  const text = await client.connection.sendRequest(JourneyTextRequest, { uri: result.uri, line: journey.firstLine });
  const lines = GENERATED.split('\n');
  assert.equal(text!.text, journey.lines.map((l) => lines[l]).join('\n') + '\n');
  assert.deepEqual(text!.queueIds, journey.queueIds);
});

test('indexing can be cancelled, and a missing file gets a clear error', async () => {
  const file = path.join(dir, 'bigger.maillog');
  fs.writeFileSync(file, GENERATED.repeat(24)); // ~6 MB: several chunks
  const source = new CancellationTokenSource();
  const pending = client.connection.sendRequest(OpenLargeFileRequest, { path: file }, source.token);
  source.cancel();
  await assert.rejects(pending, (error: { code?: number }) => error.code === -32800);
  await assert.rejects(client.connection.sendRequest(OpenLargeFileRequest, { path: path.join(dir, 'missing.maillog') }), /cannot read/);
  await assert.rejects(client.connection.sendRequest(OpenLargeFileRequest, { path: 'relative.maillog' }), /absolute/);
});
