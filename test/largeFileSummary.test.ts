// `maillog/summary` for a large file indexed from disk (`maillog-large:` URI): the same report
// as for the same text opened as a document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './support/lspClient';
import { ROOT } from './support/paths';
import { OpenLargeFileRequest, SummaryRequest } from '../server/src/protocol';

const GENERATED = fs.readFileSync(path.join(ROOT, 'test/fixtures/generated-2k.maillog'), 'utf8');
let client: LspClient;
let dir: string;

before(async () => {
  client = await LspClient.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-large-summary-'));
});
after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a large file has a summary, the same as the same text opened as a document', async () => {
  const file = path.join(dir, 'generated.maillog');
  fs.writeFileSync(file, GENERATED);
  const { uri, journeys } = await client.connection.sendRequest(OpenLargeFileRequest, { path: file });
  const fromDisk = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  const openUri = await client.open('generated.maillog', GENERATED);
  const fromDocument = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri: openUri } });
  assert.ok(fromDisk && fromDocument);
  assert.ok(fromDisk.totals.delivered > 0 && fromDisk.totals.received > 0);
  const { files, ...report } = fromDisk;
  assert.deepEqual(report, fromDocument);
  assert.deepEqual(files, [{ file, firstLine: 0, lines: fromDisk.lineCount }], 'the report names the file it covers');
  assert.equal(fromDisk.totals.journeys, journeys, 'one journey count, named the same after opening the file and in its summary');
  const unknown = await client.connection.sendRequest(SummaryRequest, { textDocument: { uri: `maillog-large:${path.join(dir, 'never-opened.maillog')}` } });
  assert.equal(unknown, null);
});
