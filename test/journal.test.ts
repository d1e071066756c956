import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './support/lspClient';
import { SEED } from './support/paths';
import { JourneyTextRequest, OpenJournalRequest, TracesRequest } from '../server/src/protocol';

// A stand-in journalctl on PATH: it prints the seed log as `journalctl -o short-iso` would, and
// records its arguments; asked for `--since broken`, it fails as journalctl does on a bad time.
const SEED_ISO = fs.readFileSync(SEED, 'utf8').replace(/^Aug 19 (\d\d:\d\d:\d\d)/gm, '2018-08-19T$1+0000');
let dir: string;
let client: LspClient;
const savedPath = process.env.PATH;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-journal-'));
  fs.writeFileSync(path.join(dir, 'journal.txt'), SEED_ISO);
  fs.writeFileSync(path.join(dir, 'journalctl'), `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(path.join(dir, 'args.json'))}, JSON.stringify(args));
if (args.includes('broken')) { process.stderr.write('Failed to parse timestamp: broken\\n'); process.exit(1); }
process.stdout.write(fs.readFileSync(${JSON.stringify(path.join(dir, 'journal.txt'))}));
`, { mode: 0o755 });
  process.env.PATH = `${dir}${path.delimiter}${savedPath}`;
  client = await LspClient.start();
});
after(async () => {
  process.env.PATH = savedPath;
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('maillog/openJournal reads Postfix\'s units from journalctl -o short-iso over a time span, as a log set', async () => {
  const result = await client.connection.sendRequest(OpenJournalRequest, { since: 'today', until: '2h ago' });
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'args.json'), 'utf8')), ['-o', 'short-iso', '--no-pager', '-q', '-u', 'postfix*', '--since', 'today', '--until', '2h ago']);
  assert.equal(result.lines, SEED_ISO.split('\n').length - 1);
  const page = await client.connection.sendRequest(TracesRequest, { textDocument: { uri: result.uri }, withoutEvents: true });
  assert.deepEqual(page.traces.map((t) => t.queueIds.join(' -> ')), ['EA8FF222F6', '974C6222F6 -> 01373222F7']);
  const text = await client.connection.sendRequest(JourneyTextRequest, { uri: result.uri, line: page.traces[0].firstLine });
  assert.match(text!.text, /^2018-08-19T\d\d:\d\d:\d\d\+0000 mail /);
});

test('maillog/openJournal answers clearly: a time that could be an option, a failing journalctl, none at all', async () => {
  await assert.rejects(client.connection.sendRequest(OpenJournalRequest, { since: '--output=json' }), /not a journal time/);
  await assert.rejects(client.connection.sendRequest(OpenJournalRequest, { since: 'broken' }), /journalctl failed: Failed to parse timestamp: broken/);
  process.env.PATH = fs.mkdtempSync(path.join(dir, 'empty-'));
  const without = await LspClient.start();
  process.env.PATH = `${dir}${path.delimiter}${savedPath}`;
  try {
    await assert.rejects(without.connection.sendRequest(OpenJournalRequest, { since: 'today' }), /journalctl is not available on this machine/);
  } finally {
    await without.stop();
  }
});
