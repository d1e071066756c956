import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { expandLogPaths, readLogSet } from '../server/src/engine/model/logInput';
import { isMaillogName, MAILLOG_FILENAME_PATTERNS, MAILLOG_FILENAMES } from '../server/src/engine/model/logNames';
import type { LargeLog } from '../server/src/engine/model/largeLog';
import { journeyPage, type Journey } from '../server/src/engine/features/journeyReports';
import { summarize } from '../server/src/engine/features/summary';
import { CLI, ROOT } from './support/paths';
import { MBOX, MXA } from './support/twoHosts';

const GENERATOR = path.join(ROOT, '..', 'shared', 'tools', 'gen-maillog.mjs');
const NO_GENERATOR = fs.existsSync(GENERATOR) ? false : `the log generator is not at ${GENERATOR}`;
let dir: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-set-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What a journey is, whatever file its lines are in. */
function journeys(log: LargeLog) {
  const facts = (t: Journey) => ({
    queueIds: t.queueIds,
    status: t.status,
    recipients: t.recipients.map((r) => `${r.address} ${r.status}`).sort(),
  });
  return journeyPage(log, 'en', { withoutEvents: true }).traces.map(facts);
}

/** A deterministic shuffle (a linear congruential generator): a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('a rotated series (gzip and plain, given shuffled) has the same journeys and totals as the unsplit log, and so does standard input', { skip: NO_GENERATOR }, async () => {
  const text = execFileSync(process.execPath, [GENERATOR, '--lines', '20000', '--seed', '14'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const lines = text.split('\n').filter((line) => line !== '');
  const whole = path.join(dir, 'whole.maillog');
  fs.writeFileSync(whole, text);
  // Boundaries where no line would tell them apart: arbitrary, the last file ends without a newline.
  const cuts = [0, 4321, 9876, 15003, lines.length];
  const names = ['mail.log.3.gz', 'mail.log.2.gz', 'mail.log.1', 'mail.log'];
  const rotated = fs.mkdtempSync(path.join(dir, 'rotated-'));
  names.forEach((name, i) => {
    const part = lines.slice(cuts[i], cuts[i + 1]).join('\n') + (i < 3 ? '\n' : '');
    fs.writeFileSync(path.join(rotated, name), name.endsWith('.gz') ? zlib.gzipSync(part) : part);
  });

  const unsplit = (await readLogSet([whole])).log;
  const given = shuffled(names, 3).map((name) => path.join(rotated, name));
  const set = (await readLogSet(given)).log;
  const piped = (await readLogSet(['-'], {}, Readable.from([Buffer.from(text)]))).log;
  try {
    assert.deepEqual(set.files.map((f) => [path.basename(f.name), f.lines]), names.map((name, i) => [name, cuts[i + 1] - cuts[i]]));
    assert.equal(set.lineCount, lines.length);
    const expected = journeys(unsplit);
    assert.ok(expected.length > 1000 && expected.some((j) => j.queueIds.length > 1), 'the log has journeys of several hops');
    assert.deepEqual(journeys(set), expected);
    assert.deepEqual(journeys(piped), expected);
    assert.deepEqual(summarize(set), summarize(unsplit));
    assert.deepEqual(summarize(piped), summarize(unsplit));
    // A line is read back from its own file, gzip ones from their copy.
    for (const line of [0, cuts[1] - 1, cuts[1], cuts[2] + 7, cuts[3], lines.length - 1]) assert.equal(set.text(line), lines[line]);
    assert.deepEqual(set.whereIs(cuts[2] + 7), { file: 2, line: 7 });
  } finally {
    for (const log of [unsplit, set, piped]) log.close();
  }
  // The CLI reads the same way: the set given shuffled, and the whole log on standard input.
  type CliSummary = { files: { file: string; lines: number }[] } & Record<string, unknown>;
  const cli = (args: string[], input?: string) =>
    JSON.parse(execFileSync(process.execPath, [CLI, 'summary', '--json', ...args], { encoding: 'utf8', input, maxBuffer: 64 << 20 })) as CliSummary;
  const { files, ...ofSet } = cli(given);
  const { files: stdinFiles, ...ofStdin } = cli(['-'], text);
  assert.deepEqual(files.map((f) => path.basename(f.file)), names);
  assert.deepEqual(stdinFiles.map((f) => f.lines), [lines.length]);
  assert.deepEqual(ofSet, ofStdin);
});

test('two hosts: a relay with `queued as` joins both hosts\' hops into one journey, and equal queue IDs of the two hosts stay apart', async () => {
  const site = fs.mkdtempSync(path.join(dir, 'site-'));
  for (const [host, text] of [['mxa', MXA], ['mbox', MBOX]]) {
    fs.mkdirSync(path.join(site, host));
    fs.writeFileSync(path.join(site, host, 'mail.log'), text);
  }
  const files = await expandLogPaths([site]);
  assert.deepEqual(files.map((f) => path.relative(site, f)).sort(), ['mbox/mail.log', 'mxa/mail.log']);
  const { log, byHost } = await readLogSet(files);
  try {
    assert.equal(byHost, true);
    // One timeline: mbox's first line (10:00:02) comes after mxa's first five (10:00:00-01), before mxa's delivery.
    assert.deepEqual(log.files.map((f) => [path.relative(site, f.name), f.lines]), [['mxa/mail.log', 11], ['mbox/mail.log', 11]]);
    assert.deepEqual([4, 5, 9].map((line) => log.whereIs(line)), [{ file: 0, line: 4 }, { file: 1, line: 0 }, { file: 0, line: 5 }]);
    assert.equal(log.text(5), MBOX.split('\n')[0]);
    const all = journeys(log);
    const relayed = all.filter((j) => j.queueIds.includes('1111AAAA11'));
    assert.deepEqual(relayed, [{ queueIds: ['1111AAAA11', '2222BBBB22'], status: 'bounced', recipients: ['u@example.net bounced'] }]);
    const same = all.filter((j) => j.queueIds.includes('3333CCCC33'));
    assert.deepEqual(same.map((j) => [j.queueIds, j.recipients]).sort(), [
      [['3333CCCC33'], ['ops@outside.example.com sent']],
      [['3333CCCC33'], ['root@mbox.example.net deferred']],
    ]);
    assert.equal(all.length, 3);
  } finally {
    log.close();
  }
  // `maillog trace` follows the relay too, each line prefixed with its file and line there.
  const traced = execFileSync(process.execPath, [CLI, 'trace', ...files, '2222BBBB22'], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  assert.match(traced, /1111AAAA11 -> 2222BBBB22 \(bounced/);
  assert.match(traced, /mxa\/mail\.log:6: .*queued as 2222BBBB22/);
  assert.match(traced, /mbox\/mail\.log:6: .*status=bounced/);
});

test('one host\'s lines alone are not keyed by host, and a relay to a host outside the set links nothing', async () => {
  const only = path.join(dir, 'mxa.maillog');
  fs.writeFileSync(only, MXA);
  const { log, byHost } = await readLogSet([only]);
  try {
    assert.equal(byHost, false);
    assert.deepEqual(journeys(log).map((j) => j.queueIds), [['1111AAAA11'], ['3333CCCC33']]);
  } finally {
    log.close();
  }
});

test('a folder means the mail logs in it by the names package.json gives the language, and their gzip rotations', async () => {
  type Manifest = { contributes: { languages: { filenames: string[]; filenamePatterns: string[] }[] } };
  const languages = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest).contributes.languages[0];
  assert.deepEqual([...MAILLOG_FILENAMES], languages.filenames);
  assert.deepEqual([...MAILLOG_FILENAME_PATTERNS], languages.filenamePatterns);
  for (const name of ['mail.log', 'mail.log.1', 'mail.log.2.gz', 'maillog-20240101.gz', 'mail.log-20240101.gz', 'mail.err-2024010112', 'x.maillog', 'mail.err']) assert.ok(isMaillogName(name), name);
  for (const name of ['syslog', 'syslog.2.gz', 'syslog-20240101.gz', 'mail.log~', 'notmail.log', 'amaillog', 'backup.tar.gz']) assert.ok(!isMaillogName(name), name);
  const folder = fs.mkdtempSync(path.join(dir, 'folder-'));
  for (const name of ['mail.log', 'mail.log.1', 'mail.log.2.gz', 'syslog', 'auth.log.1.gz']) fs.writeFileSync(path.join(folder, name), '');
  assert.deepEqual((await expandLogPaths([folder])).map((f) => path.basename(f)), ['mail.log', 'mail.log.1', 'mail.log.2.gz']);
});

test('a gzip file cut short (a rotation interrupted, a full disk): its lines up to the cut are read, the set opens, and it is named as ending early', async () => {
  const folder = fs.mkdtempSync(path.join(dir, 'cut-'));
  const older = MXA.split('\n').filter(Boolean);
  const text = older.join('\n') + '\n';
  const gzip = zlib.gzipSync(Buffer.from(text.repeat(40)));
  fs.writeFileSync(path.join(folder, 'mail.log.2.gz'), gzip.subarray(0, Math.floor(gzip.length * 0.7)));
  fs.writeFileSync(path.join(folder, 'mail.log.1.gz'), zlib.gzipSync(Buffer.from(text)));
  const names = ['mail.log.2.gz', 'mail.log.1.gz'].map((name) => path.join(folder, name));
  const set = await readLogSet(names);
  try {
    assert.deepEqual(set.endedEarly, [names[0]]);
    const read = set.log.files.find((file) => file.name === names[0])!;
    assert.ok(read.lines > older.length && read.lines < older.length * 40, `${read.lines} lines read up to the cut`);
    assert.equal(set.log.files.find((file) => file.name === names[1])!.lines, older.length, 'the whole file after it too');
    for (let line = 0; line < read.lines - 1; line++) assert.equal(set.log.text(line), older[line % older.length]);
  } finally {
    set.log.close();
  }
  // The command line says so and goes on.
  const out = spawnSync(process.execPath, [CLI, 'summary', ...names], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stderr, /mail\.log\.2\.gz ends early \(a gzip file cut short\)/);
  assert.doesNotMatch(out.stderr, /mail\.log\.1\.gz/);
});
