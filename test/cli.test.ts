import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { CLI, SEED } from './support/paths';
import { MaillogDocument } from '../server/src/engine/model/document';
import { summarize } from '../server/src/engine/features/summary';
import type { MailSummary } from '../server/src/engine/features/summaryTypes';

const run = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

test('parse prints one JSON object per line with program, queue ID, kind, fields and links', () => {
  const objects = run('parse', SEED).trim().split('\n').map((l) => JSON.parse(l) as { linkedQueueIds: string[] });
  assert.equal(objects.length, fs.readFileSync(SEED, 'utf8').trim().split('\n').length);
  assert.deepEqual(objects[4], {
    file: SEED, line: 5, program: 'postfix/qmgr', pid: 7739, queueId: 'EA8FF222F6', kind: 'qmgr.active',
    fields: { from: 'test01@unotes.co', size: '1725', nrcpt: '1', queue_state: 'active' }, linkedQueueIds: [],
  });
  assert.deepEqual(objects[30].linkedQueueIds, ['01373222F7']);
  assert.deepEqual(objects[29].linkedQueueIds, ['01373222F7'], 'amavis queued_as');
});

test('trace prints every line of every hop with its explanation', () => {
  const out = run('trace', SEED, '01373222F7');
  assert.match(out, /^# Journey 974C6222F6 -> 01373222F7 \(sent, /);
  assert.match(out, /974C6222F6: client=mail-wr1-f42\.google\.com/);
  assert.match(out, /# qmgr moved the message into the active queue/);
  assert.match(out, /# pipe delivered the message for test01@codemax\.cn/);
  assert.equal(out.split('\n').filter((l) => l.startsWith('Aug')).length, 20, 'lines 11-12 and 17-34 of the seed');
  const zh = execFileSync(process.execPath, [CLI, 'trace', SEED, 'EA8FF222F6', '--lang', 'zh-cn'], { encoding: 'utf8' });
  assert.match(zh, /qmgr 把邮件放入 active 队列/);
});

test('unknown queue IDs, missing files and bad usage exit non-zero with a message', () => {
  const missingId = spawnSync(process.execPath, [CLI, 'trace', SEED, 'FFFFFFFFFF'], { encoding: 'utf8' });
  assert.equal(missingId.status, 1);
  assert.match(missingId.stderr, /No message with queue ID FFFFFFFFFF/);
  const missingFile = spawnSync(process.execPath, [CLI, 'parse', '/nonexistent/maillog'], { encoding: 'utf8' });
  assert.equal(missingFile.status, 1);
  assert.match(missingFile.stderr, /cannot read/);
  const usage = spawnSync(process.execPath, [CLI, 'frobnicate'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage/);
});

const seedText = fs.readFileSync(SEED, 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-cli-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let fifos = 0;

/** Runs the CLI on a named pipe that the test writes `text` into (as `<(zcat ...)` or a FIFO would give it). */
async function runOnPipe(args: (pipe: string) => string[], text: string): Promise<{ stdout: string; status: number | null }> {
  const pipe = path.join(dir, `pipe-${fifos++}`);
  execFileSync('mkfifo', [pipe]);
  const child = spawn(process.execPath, [CLI, ...args(pipe)], { env: { ...process.env, LANG: 'C' } });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  fs.createWriteStream(pipe).end(text);
  const [status] = (await once(child, 'exit')) as [number | null];
  return { stdout, status };
}

test('parse, trace and summary read pipes and standard input as they read files', { timeout: 60_000 }, async () => {
  for (const args of [['parse'], ['trace', '01373222F7'], ['summary', '--json'], ['summary']]) {
    const fromFile = run(args[0], SEED, ...args.slice(1));
    const fromPipe = await runOnPipe((pipe) => [args[0], pipe, ...args.slice(1)], seedText);
    assert.equal(fromPipe.status, 0, args.join(' '));
    // parse names each line's file: the pipe's path, or - for standard input
    const named = (out: string, name: string) => out.split(JSON.stringify(name)).join(JSON.stringify(SEED));
    assert.equal(named(fromPipe.stdout, path.join(dir, `pipe-${fifos - 1}`)), fromFile, `${args.join(' ')} from a pipe`);
    const fromStdin = execFileSync(process.execPath, [CLI, args[0], '-', ...args.slice(1)], { input: seedText, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(named(fromStdin, '-'), fromFile, `${args.join(' ')} from standard input`);
  }
});

test('an endless line costs no memory: summary of /dev/zero reads on with a bounded footprint', { timeout: 120_000 }, async () => {
  const child = spawn(process.execPath, [CLI, 'summary', '/dev/zero'], { stdio: 'ignore' });
  try {
    const status = (name: string) => fs.readFileSync(`/proc/${child.pid}/${name}`, 'utf8');
    const readBytes = () => Number(/rchar: (\d+)/.exec(status('io'))![1]);
    while (readBytes() < 600e6) await new Promise((resolve) => setTimeout(resolve, 50));
    const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status('status'))![1]);
    assert.ok(peakKb < 300_000, `peak memory ${peakKb} kB after reading 600 MB of one line`);
  } finally {
    child.kill();
  }
});

test('JSON output escapes C1 controls and bidi overrides as \\u escapes; line numbers count from 1 everywhere', () => {
  const file = path.join(dir, 'c1.maillog');
  fs.writeFileSync(file, [
    'Aug 19 07:00:00 mail postfix/smtpd[1]: 1A2B3C4D5E: client=evil\u009b31m\u202eexe[192.0.2.1]',
    'Aug 19 07:00:01 mail postfix/qmgr[2]: 1A2B3C4D5E: from=<a\u009bb\u202e@x.example>, size=1, nrcpt=1 (queue active)',
    'Aug 19 07:00:02 mail postfix/qmgr[2]: 1A2B3C4D5E: removed',
  ].join('\n'));
  for (const out of [run('parse', file), run('summary', file, '--json')]) {
    assert.doesNotMatch(out, /[\u0080-\u009f\u202a-\u202e]/);
    assert.match(out, /a\\u009bb\\u202e@x\.example/);
  }
  const seedLines = seedText.split('\n');
  const report = JSON.parse(run('summary', SEED, '--json')) as { top: { senders: { byCount: { filter: string; lines: number[] }[] } } };
  const sender = report.top.senders.byCount.find((e) => e.filter === 'test.redhat@gmail.com')!;
  assert.ok(sender.lines.length > 0 && sender.lines.every((line) => seedLines[line - 1].includes('974C6222F6: client=')), `lines ${sender.lines.join(', ')}: the birth of its message`);
  const usage = spawnSync(process.execPath, [CLI], { encoding: 'utf8' });
  assert.match(usage.stderr, /count from 1/);
  assert.match(usage.stderr, /- for standard input/);
});

test('parse prints blank lines too: one object per input line', () => {
  const lines = seedText.split('\n').slice(0, 4);
  const text = [lines[0], '', lines[1], '', '', lines[2]].join('\n') + '\n';
  const objects = execFileSync(process.execPath, [CLI, 'parse', '-'], { input: text, encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l) as { line: number; program: string | null });
  assert.deepEqual(objects.map((o) => [o.line, o.program]), [[1, 'postfix/smtps/smtpd'], [2, null], [3, 'postfix/smtps/smtpd'], [4, null], [5, null], [6, 'postfix/cleanup']]);
});

test('trace shows every message that had a reused queue ID, each with its time span', () => {
  const message = (hour: string, to: string) => [
    `Aug 19 ${hour}:00:00 mail postfix/pickup[1]: 7B7B7B7B7B: uid=0 from=<root>`,
    `Aug 19 ${hour}:00:01 mail postfix/qmgr[2]: 7B7B7B7B7B: from=<root@mail.example>, size=100, nrcpt=1 (queue active)`,
    `Aug 19 ${hour}:00:02 mail postfix/local[3]: 7B7B7B7B7B: to=<${to}@mail.example>, relay=local, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (delivered to mailbox)`,
    `Aug 19 ${hour}:00:03 mail postfix/qmgr[2]: 7B7B7B7B7B: removed`,
  ];
  const file = path.join(dir, 'reused.maillog');
  fs.writeFileSync(file, [...message('08', 'first'), ...message('11', 'second')].join('\n') + '\n');
  const out = run('trace', file, '7B7B7B7B7B');
  const headings = out.split('\n').filter((l) => l.startsWith('# Journey'));
  assert.equal(headings.length, 2, out);
  assert.match(headings[0], /\(sent, \d{4}-08-19 08:00:00 - \d{4}-08-19 08:00:03\)$/);
  assert.match(headings[1], /\(sent, \d{4}-08-19 11:00:00 - \d{4}-08-19 11:00:03\)$/);
  assert.ok(out.indexOf('first@mail.example') < out.indexOf('# Journey', 1) && out.includes('second@mail.example'));
});

test('trace headings give the times as the lines show them, in the zone the log wrote', () => {
  const file = path.join(dir, 'zoned.maillog');
  fs.writeFileSync(file, [
    '2024-03-10T23:59:59.250+08:00 mail postfix/pickup[1]: 5E5E5E5E5E: uid=0 from=<root>',
    '2024-03-11T00:00:01-05:00 mail postfix/qmgr[2]: 5E5E5E5E5E: removed', // 13 hours later, written in another zone
  ].join('\n') + '\n');
  const heading = run('trace', file, '5E5E5E5E5E').split('\n')[0];
  assert.match(heading, /\(removed, 2024-03-10 23:59:59 - 2024-03-11 00:00:01\)$/);
});

test('several files, plain or gzip by content, are one log in the order of their timestamps; journeys cross them', () => {
  const lines = seedText.trimEnd().split('\n');
  const rotated = fs.mkdtempSync(path.join(dir, 'rotated-'));
  const file = (name: string) => path.join(rotated, name);
  fs.writeFileSync(file('mail.log.2'), zlib.gzipSync(lines.slice(0, 10).join('\n') + '\n')); // gzip, no .gz in its name
  fs.writeFileSync(file('mail.log.1'), lines.slice(10, 20).join('\n') + '\n');
  fs.writeFileSync(file('mail.log'), lines.slice(20).join('\n')); // no final newline
  const names = [file('mail.log'), file('mail.log.1'), file('mail.log.2')];
  const objects = run('parse', ...names).trim().split('\n').map((l) => JSON.parse(l) as { file: string; line: number; kind: string });
  assert.deepEqual(objects.map((o) => `${path.basename(o.file)}:${o.line}`), [
    ...lines.slice(0, 10).map((_, i) => `mail.log.2:${i + 1}`),
    ...lines.slice(10, 20).map((_, i) => `mail.log.1:${i + 1}`),
    ...lines.slice(20).map((_, i) => `mail.log:${i + 1}`),
  ]);
  assert.deepEqual(objects.map((o) => o.kind), run('parse', SEED).trim().split('\n').map((l) => (JSON.parse(l) as { kind: string }).kind));
  // the journey of 974C6222F6 -> 01373222F7 starts in mail.log.1 and ends in mail.log
  const out = run('trace', ...names, '01373222F7');
  assert.match(out, /^# Journey 974C6222F6 -> 01373222F7 \(sent, /);
  assert.match(out, /mail\.log\.1:7: Aug 19 06:09:15 mail postfix\/smtpd\[10077\]: 974C6222F6: client=/);
  assert.match(out, /mail\.log:13: Aug 19 06:09:17 mail postfix\/pipe\[\d+\]: 01373222F7: to=<test01@codemax\.cn>/);
  const { files, ...report } = JSON.parse(run('summary', ...names, '--json')) as { files: { file: string; firstLine: number; lines: number }[] };
  const { files: seedFiles, ...seedReport } = JSON.parse(run('summary', SEED, '--json')) as { files: unknown };
  assert.deepEqual(report, seedReport);
  assert.deepEqual(seedFiles, [{ file: SEED, firstLine: 1, lines: lines.length }]);
  assert.deepEqual(files, [
    { file: file('mail.log.2'), firstLine: 1, lines: 10 },
    { file: file('mail.log.1'), firstLine: 11, lines: 10 },
    { file: file('mail.log'), firstLine: 21, lines: lines.length - 20 },
  ]);
  // standard input takes part like any file, gzip or not
  const fromStdin = execFileSync(process.execPath, [CLI, 'parse', file('mail.log'), '-'], { input: fs.readFileSync(file('mail.log.2')), encoding: 'utf8' });
  assert.deepEqual(fromStdin.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file), [...lines.slice(0, 10).map(() => '-'), ...lines.slice(20).map(() => file('mail.log'))]);
});

test('files without years are ordered by time across a year boundary: a later month means last year', () => {
  // A rotated file from a month after this one can only be last year's (in January: December's);
  // a naive month order would put it after this month's file.
  const month = (offset: number) => new Date(2000, (new Date().getMonth() + offset) % 12, 1).toLocaleString('en', { month: 'short' });
  const rotated = path.join(dir, 'maillog.1');
  const current = path.join(dir, 'maillog');
  fs.writeFileSync(rotated, `${month(1)} 28 23:59:58 mail postfix/pickup[1]: 5C5C5C5C5C: uid=0 from=<root>\n${month(1)} 28 23:59:59 mail postfix/qmgr[2]: 5C5C5C5C5C: from=<root@mail.example>, size=1, nrcpt=1 (queue active)\n`);
  fs.writeFileSync(current, `${month(0)}  1 00:00:01 mail postfix/local[3]: 5C5C5C5C5C: to=<a@mail.example>, relay=local, delay=3, delays=0/0/0/3, dsn=2.0.0, status=sent (delivered to mailbox)\n${month(0)}  1 00:00:02 mail postfix/qmgr[2]: 5C5C5C5C5C: removed\n`);
  const files = run('parse', current, rotated).trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
  assert.deepEqual(files, [rotated, rotated, current, current]);
  assert.match(run('trace', current, rotated, '5C5C5C5C5C'), /\(sent, /);
});

test('xz, bzip2 and zstd are refused with the name of their format', () => {
  for (const [format, magic] of [['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]], ['bzip2', [0x42, 0x5a, 0x68, 0x39]], ['zstd', [0x28, 0xb5, 0x2f, 0xfd]]] as const) {
    const file = path.join(dir, `log.${format}`);
    fs.writeFileSync(file, Buffer.from([...magic, 1, 2, 3, 4]));
    const result = spawnSync(process.execPath, [CLI, 'summary', SEED, file], { encoding: 'utf8' });
    assert.equal(result.status, 1, format);
    assert.match(result.stderr, new RegExp(`cannot read .*log\\.${format}: ${format}-compressed`));
  }
});

test('output to a slow or departing reader: every line reaches a slow one, a closed pipe ends quietly', { timeout: 120_000 }, () => {
  const generated = fs.readFileSync(path.join(path.dirname(SEED), 'generated-2k.maillog'));
  const big = path.join(dir, 'big.maillog.gz');
  fs.writeFileSync(big, zlib.gzipSync(Buffer.concat(Array.from({ length: 20 }, () => generated)))); // 40k lines, about 5 MB of JSON
  const lines = 20 * (generated.toString('utf8').trimEnd().split('\n').length);
  const shell = (script: string) => spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, CLI, BIG: big, NODE: process.execPath } });
  const slow = shell('"$NODE" "$CLI" parse "$BIG" | (sleep 1; wc -l); echo "status ${PIPESTATUS[0]}"');
  assert.equal(slow.stdout.trim().split(/\s+/).join(' '), `${lines} status 0`, slow.stderr);
  const departing = shell('"$NODE" "$CLI" parse "$BIG" | head -n 1 >/dev/null; echo "status ${PIPESTATUS[0]}"');
  assert.equal(departing.stdout.trim(), 'status 0');
  assert.equal(departing.stderr, '');
});

test('summary counts lines as the open document does: none for an empty file, a final newline starts none', () => {
  for (const text of ['', 'x\n', 'x\n\n', 'x', '\n']) {
    const file = path.join(dir, 'count.maillog');
    fs.writeFileSync(file, text);
    const counted = (JSON.parse(run('summary', file, '--json')) as { lineCount: number }).lineCount;
    assert.equal(counted, summarize(new MaillogDocument(text)).lineCount, JSON.stringify(text));
  }
  assert.match(run('summary', '/dev/null'), /^0 lines/m);
});

test('CLI: `summary FILE` prints pflogsumm-like sections, `--json` the MailSummary, `--lang zh-cn` Chinese headings', () => {
  const text = execFileSync(process.execPath, [CLI, 'summary', SEED], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  assert.match(text, /^Grand Totals\n-{12}$/m);
  assert.match(text, /^ +2 {2}received$/m);
  assert.match(text, /^ +2 {2}delivered$/m);
  assert.match(text, /^ +1 {2}handed to a content filter/m);
  assert.match(text, /^Deferrals by DSN code and relay host$/m);
  assert.match(text, /^ {2}count {2}bytes {2}line {2}sender$/m);
  // Columns line up: every row of the senders table has its name at the same column.
  const senders = text.slice(text.indexOf('Senders by message count'));
  const rows = senders.split('\n').slice(2, 6);
  const at = rows[0].indexOf('sender');
  assert.equal(rows[2].indexOf('test.redhat@gmail.com'), at);
  assert.equal(rows[3].indexOf('test01@unotes.co'), at);

  const json = JSON.parse(execFileSync(process.execPath, [CLI, 'summary', SEED, '--json'], { encoding: 'utf8' })) as MailSummary;
  assert.equal(json.totals.received, 2);
  assert.equal(json.totals.delivered, 2);
  assert.equal(json.totals.forwardedToFilter, 1);

  const zh = execFileSync(process.execPath, [CLI, 'summary', SEED, '--lang', 'zh-cn'], { encoding: 'utf8' });
  assert.match(zh, /^总计$/m);
  assert.match(zh, /^ +1 {2}转交内容过滤器/m);
  assert.match(zh, /^推迟原因/m);
});
