// `maillog/summary` for a large file indexed from disk (`maillog-large:` URI): the same report
// as for the same text opened as a document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serverSession } from './support/serverSession';
import { GENERATED_2K } from './support/paths';
import { OpenLargeFileRequest, SummaryRequest } from '../server/src/protocol';

const GENERATED = fs.readFileSync(GENERATED_2K, 'utf8');
const session = serverSession('maillog-large-summary-');

test('a large file has a summary, the same as the same text opened as a document', async () => {
  const file = path.join(session.dir, 'generated.maillog');
  fs.writeFileSync(file, GENERATED);
  const { uri, journeys } = await session.client.connection.sendRequest(OpenLargeFileRequest, { path: file });
  const fromDisk = await session.client.connection.sendRequest(SummaryRequest, { textDocument: { uri } });
  const openUri = await session.client.open('generated.maillog', GENERATED);
  const fromDocument = await session.client.connection.sendRequest(SummaryRequest, { textDocument: { uri: openUri } });
  assert.ok(fromDisk && fromDocument);
  assert.ok(fromDisk.totals.delivered > 0 && fromDisk.totals.received > 0);
  const { files, ...report } = fromDisk;
  assert.deepEqual(report, fromDocument);
  assert.deepEqual(files, [{ file, firstLine: 0, lines: fromDisk.lineCount }], 'the report names the file it covers');
  assert.equal(fromDisk.totals.journeys, journeys, 'one journey count, named the same after opening the file and in its summary');
  const unknown = await session.client.connection.sendRequest(SummaryRequest, { textDocument: { uri: `maillog-large:${path.join(session.dir, 'never-opened.maillog')}` } });
  assert.equal(unknown, null);
});
