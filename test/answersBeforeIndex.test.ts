import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { HoverRequest, DefinitionRequest, WorkDoneProgress, WorkDoneProgressCreateRequest, type Hover, type Location } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient';
import { GENERATED_2K } from './support/paths';
import { TracesRequest } from '../server/src/protocol';

const hoverText = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

test('a line hover is answered while the journey index of a big log is still being built; queue-ID hovers, definition and traces once it is', async () => {
  const client = await LspClient.start('en', { window: { workDoneProgress: true } });
  try {
    // What happened, in the order the client saw it.
    const events: string[] = [];
    client.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') events.push('indexed');
      });
      return null;
    });
    const text = fs.readFileSync(GENERATED_2K, 'utf8').repeat(50);
    const lines = text.split('\n');
    const uri = await client.open('big.maillog', text);
    // The Mail Traces view asks first, as the extension does on open; the hovers come after it.
    const traces = client.connection.sendRequest(TracesRequest, { textDocument: { uri }, limit: 1, withoutEvents: true })
      .then((answer) => (events.push('traces'), answer));
    const queueIdLine = 1;
    const queueId = lines[queueIdLine].split(': ')[1];
    const idHover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: queueIdLine, character: lines[queueIdLine].indexOf(queueId) + 1 } })
      .then((answer) => (events.push('queue-ID hover'), answer));
    const definition = client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 2, character: lines[2].indexOf(queueId) + 1 } })
      .then((answer) => (events.push('definition'), answer));
    // On `connect from`: a line hover.
    const lineHover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: lines[0].indexOf('connect from') + 2 } })
      .then((answer) => (events.push('line hover'), answer));
    // Far into the log: on the message of a line that has a queue ID, and on a port shaped like a short queue ID.
    const clientLine = lines.findIndex((line, i) => i > lines.length / 2 && /: client=/.test(line));
    const clientHover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: clientLine, character: lines[clientLine].indexOf('client=') + 2 } })
      .then((answer) => (events.push('hover on a line with a queue ID'), answer));
    const portLine = lines.findIndex((line, i) => i > lines.length / 2 && /\]:\d{5}\b/.test(line));
    const portHover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: portLine, character: lines[portLine].search(/\]:\d{5}\b/) + 3 } })
      .then((answer) => (events.push('hover on a port'), answer));
    const [tracesAnswer, idAnswer, definitionAnswer, lineAnswer, clientAnswer] = await Promise.all([traces, idHover, definition, lineHover, clientHover, portHover]);
    const deadline = Date.now() + 30_000;
    while (!events.includes('indexed') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    assert.match(hoverText(lineAnswer), /connect/i, 'the line hover explains its line');
    assert.equal(events[0], 'line hover', `the line hover comes first, before the index is complete: ${events.join(', ')}`);
    assert.ok(events.indexOf('line hover') < events.indexOf('indexed'), events.join(', '));
    assert.ok(clientLine > 0 && portLine > 0, 'the log has a client= line and a port far into it');
    assert.ok(events.indexOf('hover on a line with a queue ID') < events.indexOf('indexed'), events.join(', '));
    assert.ok(events.indexOf('hover on a port') < events.indexOf('indexed'), events.join(', '));
    assert.match(hoverText(clientAnswer), /client/i);
    // The answers that need the index are whole: they waited for it rather than answer from part of it.
    assert.ok(tracesAnswer.total > 1000, `traces over the whole log: ${tracesAnswer.total}`);
    assert.match(hoverText(idAnswer), new RegExp(`Message ${queueId}`));
    assert.match(hoverText(idAnswer), /sender: /);
    assert.equal((definitionAnswer as Location).range.start.line, queueIdLine);
  } finally {
    await client.stop();
  }
});
