import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type ProgressToken } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient';
import { GENERATED_2K } from './support/paths';
import { TracesRequest } from '../server/src/protocol';

test('opening a big log shows the progress of its indexing; a small log and an append to a big one do not', async () => {
  const client = await LspClient.start('en', { window: { workDoneProgress: true } });
  try {
    const tokens: ProgressToken[] = [];
    const kinds: string[] = [];
    client.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      tokens.push(token);
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => kinds.push(value.kind));
      return null;
    });
    const text = fs.readFileSync(GENERATED_2K, 'utf8').repeat(30);
    const uri = await client.open('big.maillog', text);
    const traces = await client.connection.sendRequest(TracesRequest, { textDocument: { uri }, limit: 1, withoutEvents: true });
    assert.ok(traces.total > 1000);
    const deadline = Date.now() + 10_000;
    while (!kinds.includes('end') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(tokens.length, 1);
    assert.equal(kinds[kinds.length - 1], 'end');
    // Progress is created while a change is handled, so it would be asked for before the ping's answer.
    const small = await client.open('small.maillog', text.slice(0, 5000));
    await client.connection.sendRequest(TracesRequest, { textDocument: { uri: small }, limit: 1 });
    await client.ping();
    assert.equal(tokens.length, 1, 'small logs index without a progress report');
    const lines = text.split('\n').length - 1;
    await client.change(uri, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: text.slice(0, 100_000) }]);
    await client.connection.sendRequest(TracesRequest, { textDocument: { uri }, limit: 1 });
    await client.ping();
    assert.equal(tokens.length, 1, 'an append indexes only its lines, without a progress report');
  } finally {
    await client.stop();
  }
});
