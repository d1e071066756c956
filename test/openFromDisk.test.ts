import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { serverSession } from './support/serverSession';
import { SEED } from './support/paths';
import { TracesRequest, OpenFromDiskRequest, type OpenFromDiskParams } from '../server/src/protocol';
import { FINGERPRINT_CHUNK, textFingerprint } from '../server/src/textFingerprint';
import { readMatchingText } from '../server/src/diskText';

// What the extension sends for a saved log instead of didOpen's text (client/src/openFromDisk.ts).
const seedText = fs.readFileSync(SEED, 'utf8');
const session = serverSession('maillog-disk-');

function paramsFor(file: string, text: string): OpenFromDiskParams {
  return {
    textDocument: { uri: pathToFileURL(file).toString(), languageId: 'maillog', version: 1 },
    path: file,
    ...textFingerprint(text),
  };
}

async function journeys(uri: string): Promise<string[]> {
  const page = await session.client.connection.sendRequest(TracesRequest, { textDocument: { uri }, withoutEvents: true });
  return page.traces.map((t) => t.queueIds.join(' -> '));
}

async function hover(uri: string, line: number): Promise<string | undefined> {
  return session.client.hoverMarkdown(uri, line, 0);
}

test('a saved log is read from its file: the server answers as if didOpen had carried the text', async () => {
  const file = path.join(session.dir, 'same.maillog');
  fs.writeFileSync(file, seedText);
  const params = paramsFor(file, seedText);
  assert.equal(await session.client.connection.sendRequest(OpenFromDiskRequest, params), true);
  assert.deepEqual(await journeys(params.textDocument.uri), ['EA8FF222F6', '974C6222F6 -> 01373222F7']);
  assert.match((await hover(params.textDocument.uri, 4)) ?? '', /active queue/);
});

test('a log that grew after the editor read it: only the bytes the editor has are the document', async () => {
  const file = path.join(session.dir, 'grown.maillog');
  const firstTrace = seedText.split('\n').slice(0, 8).join('\n') + '\n';
  fs.writeFileSync(file, seedText); // the file has both traces, the editor only the first 8 lines
  const params = paramsFor(file, firstTrace);
  assert.equal(await session.client.connection.sendRequest(OpenFromDiskRequest, params), true);
  assert.deepEqual(await journeys(params.textDocument.uri), ['EA8FF222F6']);
  // the editor then sends what it reloads as a change, which applies to the same text
  await session.client.change(params.textDocument.uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: seedText.slice(firstTrace.length) }]);
  assert.deepEqual(await journeys(params.textDocument.uri), ['EA8FF222F6', '974C6222F6 -> 01373222F7']);
});

test('a file that differs from the editor text is refused, and changes wait for the usual didOpen', async () => {
  const file = path.join(session.dir, 'edited.maillog');
  fs.writeFileSync(file, seedText.replace('EA8FF222F6', 'EA8FF222F7'));
  const params = paramsFor(file, seedText);
  const uri = params.textDocument.uri;
  assert.equal(await session.client.connection.sendRequest(OpenFromDiskRequest, params), false);
  // a change sent meanwhile has no document to apply to; it must not create one
  await session.client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  assert.equal(await hover(uri, 4), undefined);
  await session.client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'maillog', version: 3, text: seedText } });
  assert.deepEqual(await journeys(uri), ['EA8FF222F6', '974C6222F6 -> 01373222F7']);
});

test('a missing file, a shorter file and nonsense lengths are refused without harm', async () => {
  const short = path.join(session.dir, 'short.maillog');
  fs.writeFileSync(short, seedText.slice(0, 100));
  for (const params of [
    paramsFor(path.join(session.dir, 'missing.maillog'), seedText),
    paramsFor(short, seedText),
    { ...paramsFor(short, seedText), byteLength: -1 },
    { ...paramsFor(short, seedText), byteLength: 1.5 },
    { ...paramsFor(session.dir, seedText) }, // a directory
  ]) {
    assert.equal(await session.client.connection.sendRequest(OpenFromDiskRequest, params), false, JSON.stringify(params));
  }
  assert.equal(session.client.exited, false);
});

test('a named pipe is refused at once and the server keeps answering (opening it waited for a writer)', { timeout: 30_000 }, async () => {
  const fifo = path.join(session.dir, 'pipe.maillog');
  execFileSync('mkfifo', [fifo]);
  assert.equal(await session.client.connection.sendRequest(OpenFromDiskRequest, paramsFor(fifo, seedText)), false);
  const uri = await session.client.open('after-pipe.maillog', seedText);
  assert.deepEqual(await journeys(uri), ['EA8FF222F6', '974C6222F6 -> 01373222F7']);
});

test('the text read from disk is the editor text, whether the file is ASCII (read as a copy) or UTF-8', () => {
  const utf8 = `${seedText}Aug 19 05:49:43 mail postfix/smtp[1]: 01373222F7: to=<josé@例え.jp>, relay=none, status=bounced (用户不存在)\n`;
  for (const [name, text] of [['ascii.maillog', seedText], ['utf8.maillog', utf8]]) {
    const file = path.join(session.dir, name);
    fs.writeFileSync(file, text);
    const { byteLength, sha1 } = textFingerprint(text);
    assert.equal(readMatchingText(file, byteLength, sha1)?.text, text, name);
  }
});

test('the fingerprint is the SHA-1 and length of the text\'s UTF-8, whatever character falls where the text is cut to be encoded', () => {
  const reference = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    return { byteLength: bytes.length, sha1: createHash('sha1').update(bytes).digest('hex') };
  };
  for (const around of [FINGERPRINT_CHUNK, 3 * FINGERPRINT_CHUNK]) {
    for (let shift = -2; shift <= 1; shift++) {
      for (const character of ['😀', 'é', '例', '\n']) {
        const text = `${'a'.repeat(around + shift)}${character}${'b'.repeat(7)}${character}`;
        assert.deepEqual(textFingerprint(text), reference(text), `${JSON.stringify(character)} at ${around + shift}`);
      }
    }
  }
  assert.deepEqual(textFingerprint(''), reference(''));
  const lone = `${'a'.repeat(FINGERPRINT_CHUNK - 1)}\ud83d`; // a lone high surrogate at the very end: U+FFFD, as anywhere
  assert.deepEqual(textFingerprint(lone), reference(lone));
});
