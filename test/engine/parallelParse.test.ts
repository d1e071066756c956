import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { inScratchFolder } from '../support/scratch';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { LargeLog } from '../../server/src/engine/model/largeLog';
import type { IndexedLog } from '../../server/src/engine/model/lineSource';
import { summarize } from '../../server/src/engine/features/summary';
import { lineAlignedRanges, PARALLEL_MIN_BYTES, parseFileInWorkers } from '../../server/src/engine/model/parallelParse';
import { CORPUS_DIR } from '../support/corpus';
import { GENERATED_2K, ROOT } from '../support/paths';

const GENERATOR = path.join(ROOT, '..', 'shared', 'tools', 'gen-maillog.mjs');
const NO_GENERATOR = fs.existsSync(GENERATOR) ? false : `the log generator is not at ${GENERATOR}`;

/** Everything the index and the hovers know of a document: each line's parse, each message and its journey. */
function snapshot(document: IndexedLog) {
  const lines = [];
  for (let line = 0; line < document.lineCount; line++) {
    const p = document.parsed(line);
    lines.push([p.program, p.pid, p.time, p.year, p.utcOffset, p.queueId, p.queueIdStart, p.bodyStart, p.entry, document.entryOf(line)]);
  }
  const journeys = document.journeys;
  const messages = journeys.allMessages().map((m) => ({
    serial: m.serial, queueId: m.queueId, instance: m.instance, birthLine: m.birthLine, lines: m.lines, related: m.related,
    from: m.from, outcome: m.outcome, removed: m.removed, firstTime: m.firstTime, lastTime: m.lastTime,
    previous: m.previous?.serial, next: m.next.map((n) => n.serial), root: m.root.serial, session: m.session?.lines,
    deliveries: m.deliveries.map((d) => [d.address, d.status, d.dsn, d.relay, d.reason, d.line, d.queuedAs, d.outcome, d.nextHop]),
  }));
  return { lines, messages, journeys: journeys.journeyCount };
}

/** The same text parsed on this thread and in `parts` workers from its file: the index must be the same. */
async function assertSameIndex(name: string, text: string, parts: number): Promise<MaillogDocument> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-parallel-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const single = new MaillogDocument(text, { defaultYear: 2024 });
    const parallel = new MaillogDocument(text, { defaultYear: 2024 });
    const byteLength = Buffer.byteLength(text);
    assert.equal(lineAlignedRanges(file, byteLength, parts).length, parts, 'the file is cut into as many ranges as asked');
    const ranges = await parseFileInWorkers(file, byteLength, parallel.yearForUndated, parts);
    assert.equal(ranges.length, parts);
    assert.ok(parallel.adoptParsedRows(ranges, parallel.edits), 'the workers\' rows are taken');
    assert.ok(parallel.parsedAll);
    assert.deepEqual(snapshot(parallel), snapshot(single));
    return parallel;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('parsing a generated log in workers gives exactly the index one thread gives', { skip: NO_GENERATOR }, async () => {
  const text = execFileSync(process.execPath, [GENERATOR, '--lines', '20000', '--seed', '11'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const document = await assertSameIndex('generated.maillog', text, 4);
  assert.ok(document.journeys.journeyCount > 1000);
});

test('parsing the test corpus (every format and daemon) in workers gives exactly the index one thread gives', async () => {
  const logs = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.log')).sort();
  const text = logs.map((f) => fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')).join('');
  await assertSameIndex('corpus.maillog', text, 7);
});

test('a range that starts after New Year takes its year from the range before, as a single pass does', async () => {
  const december = Array.from({ length: 3000 }, (_, i) => `Dec 31 23:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} mail postfix/smtpd[${100 + i}]: connect from unknown[10.0.0.${i % 250}]`);
  const january = Array.from({ length: 3000 }, (_, i) => (i % 500 === 0 ? 'not a syslog line' : `Jan  1 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} mail postfix/smtpd[${100 + i}]: disconnect from unknown[10.0.0.${i % 250}]`));
  // CRLF line ends, and a final line without one.
  const document = await assertSameIndex('new-year.maillog', [...december, ...january].join('\r\n'), 5);
  assert.equal(document.parsed(0).year, 2024);
  assert.equal(document.parsed(5999).year, 2025, 'the last range is in the next year');
});

test('rows parsed in workers are not taken once the document changed: its lines are parsed where they are', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-parallel-'));
  try {
    const text = fs.readFileSync(GENERATED_2K, 'utf8');
    const file = path.join(dir, 'edited.maillog');
    fs.writeFileSync(file, text);
    const document = new MaillogDocument(text, { defaultYear: 2024 });
    const edits = document.edits;
    const ranges = parseFileInWorkers(file, Buffer.byteLength(text), document.yearForUndated, 3);
    document.applyChange({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, '');
    assert.equal(document.adoptParsedRows(await ranges, edits), false);
    const expected = new MaillogDocument(text.slice(text.indexOf('\n') + 1), { defaultYear: 2024 });
    assert.deepEqual(snapshot(document), snapshot(expected));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The same file read as a large file on one thread and with its lines parsed in two workers, in
 * ranges of `rangeBytes` (small: many range boundaries), while this thread links: the same index.
 */
async function assertSameLargeIndex(
  name: string, text: string, rangeBytes: number, defaultYear: number | undefined, check: (log: LargeLog, readBack: { single: number; workers: number }) => void = () => undefined,
): Promise<void> {
  await inScratchFolder(async (dir) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const single = await LargeLog.read(file, { workers: 0, defaultYear });
    const parallel = await LargeLog.read(file, { workers: 2, rangeBytes, defaultYear });
    try {
      const ranges = lineAlignedRanges(file, Buffer.byteLength(text), Math.ceil(Buffer.byteLength(text) / rangeBytes)).length;
      assert.ok(ranges > 3, 'several ranges');
      // Where the time went: the workers' parse, this thread's linking and waiting, every range counted.
      const costs = parallel.readCosts;
      assert.deepEqual([costs.workers, costs.ranges], [2, ranges]);
      assert.ok(costs.parseMs > 0 && costs.linkMs > 0 && costs.waitMs >= 0, JSON.stringify(costs));
      assert.deepEqual(single.readCosts, { workers: 0, ranges: 0, parseMs: 0, linkMs: 0, waitMs: 0 });
      // First the summary, counting the lines it reads back from the file.
      const linesRead = (log: LargeLog) => {
        const lines = new Set<number>();
        const read = log.text.bind(log);
        log.text = (line: number) => (lines.add(line), read(line));
        return lines;
      };
      const singleRead = linesRead(single);
      const workersRead = linesRead(parallel);
      assert.deepEqual(summarize(parallel), summarize(single));
      const readBack = { single: singleRead.size, workers: workersRead.size };
      assert.equal(parallel.lineCount, single.lineCount);
      for (let line = 0; line < single.lineCount; line++) {
        assert.equal(parallel.text(line), single.text(line), `line ${line}`);
        assert.equal(parallel.wallTime(line), single.wallTime(line), `line ${line}`);
      }
      assert.deepEqual(snapshot(parallel), snapshot(single));
      check(parallel, readBack);
    } finally {
      single.close();
      parallel.close();
    }
  });
}

test('a large file whose lines are parsed in workers while they are linked has exactly the index of one thread: generated log and corpus', { skip: NO_GENERATOR }, async () => {
  const text = execFileSync(process.execPath, [GENERATOR, '--lines', '20000', '--seed', '11'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  await assertSameLargeIndex('generated.maillog', text, 64 * 1024, 2024, (log, readBack) => {
    assert.ok(log.journeys.journeyCount > 1000);
    // The workers read each delivery's and queue-active line's facts ahead: the summary reads those lines no more.
    const deliveryLines = text.split('\n').filter((line) => / to=<.*, status=/.test(line)).length;
    assert.ok(deliveryLines > 1000 && readBack.single - readBack.workers >= deliveryLines * 0.9, `the summary read ${readBack.single} lines back on one thread, ${readBack.workers} after workers (${deliveryLines} deliveries)`);
  });
  const logs = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.log')).sort();
  await assertSameLargeIndex('corpus.maillog', logs.map((f) => fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')).join(''), 16 * 1024, 2024);
});

test('a large file parsed in workers: years across New Year and range boundaries, CRLF, a lone CR, endless and empty lines, no final newline', async () => {
  const december = Array.from({ length: 3000 }, (_, i) => `Dec 31 23:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} mail postfix/smtpd[${100 + i}]: connect from unknown[10.0.0.${i % 250}]`);
  const january = Array.from({ length: 3000 }, (_, i) => (i % 500 === 0 ? 'not a syslog line\rwith a lone CR' : i % 700 === 0 ? '' : `Jan  1 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} mail postfix/smtpd[${100 + i}]: disconnect from unknown[10.0.0.${i % 250}]`));
  january[1234] = `Jan  1 00:20:34 mail postfix/cleanup[9]: 4B5C6D7E8F: warning: header Subject: ${'x'.repeat(100_000)}`;
  // Its year from its head (a December log read now is last year's, or this year's in December).
  await assertSameLargeIndex('new-year.maillog', [...december, ...january].join('\r\n'), 32 * 1024, undefined, (log) => {
    assert.equal(log.parsed(5999).year, log.parsed(0).year + 1, 'the last ranges are in the next year');
  });
});

test('a large file parsed in workers whose hostnames go beyond ASCII (bytes and characters differ before each queue ID) has the index of one thread', async () => {
  const lines = fs.readFileSync(GENERATED_2K, 'utf8').split('\n').map((line, i) => line.replace(/^(\S+ +\S+ \S+) (\S+) /, i % 3 === 0 ? '$1 почта-$2 ' : '$1 $2 '));
  assert.ok(lines.filter((line) => line.includes(' почта-') && / [0-9A-F]{10}: /.test(line)).length > 100);
  await assertSameLargeIndex('hosts.maillog', lines.join('\n'), 32 * 1024, 2024);
});

test('a followed log rotated into a new file big enough for workers: its last line, still being written, waits for its newline', async () => {
  await inScratchFolder(async (dir) => {
    const live = path.join(dir, 'mail.log');
    const lines = fs.readFileSync(GENERATED_2K, 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(live, lines.slice(0, 100).join('\n') + '\n');
    const log = await LargeLog.readSet(live, [{ name: live }], { followRotation: true, defaultYear: 2024 });
    try {
      assert.equal(log.lineCount, 100);
      // logrotate: the live file becomes .1, and a new one grows past the size from which workers parse.
      fs.renameSync(live, `${live}.1`);
      const whole = [];
      while (whole.join('\n').length <= PARALLEL_MIN_BYTES) whole.push(...lines);
      fs.writeFileSync(live, whole.join('\n') + '\n' + lines[0].slice(0, 30));
      await log.followAppends();
      assert.equal(log.lineCount, 100 + whole.length, 'the half-written line is not a line yet');
      fs.appendFileSync(live, lines[0].slice(30) + '\n');
      await log.followAppends();
      assert.equal(log.lineCount, 100 + whole.length + 1);
      assert.equal(log.text(log.lineCount - 1), lines[0]);
    } finally {
      log.close();
    }
  });
});

test('a log rotated while its ranges are parsed: workers never read the new file under its name, and the index is the one of the file opened', async () => {
  await inScratchFolder(async (dir) => {
    const file = path.join(dir, 'mail.log');
    const text = fs.readFileSync(GENERATED_2K, 'utf8').repeat(4);
    fs.writeFileSync(file, text);
    const single = await LargeLog.read(file, { workers: 0, defaultYear: 2024 });
    // The new file has lines of the same lengths at the same places, other programs: rows taken from it would count right.
    const other = text.replace(/postfix\/smtp\[/g, 'postfix/qmgr[');
    assert.notEqual(other, text);
    let rotated = false;
    const rotate = () => {
      if (rotated) return;
      rotated = true;
      fs.renameSync(file, `${file}.1`);
      fs.writeFileSync(file, other);
    };
    const parallel = await LargeLog.read(file, { workers: 1, rangeBytes: 16 * 1024, defaultYear: 2024, onProgress: rotate });
    try {
      assert.ok(rotated);
      assert.deepEqual(snapshot(parallel), snapshot(single));
    } finally {
      single.close();
      parallel.close();
    }
  });
});

test('a document\'s parse workers refuse the file under its name when it is no longer the one its text was read from', async () => {
  await inScratchFolder(async (dir) => {
    const file = path.join(dir, 'mail.log');
    const text = fs.readFileSync(GENERATED_2K, 'utf8');
    fs.writeFileSync(file, text);
    const read = fs.statSync(file);
    const byteLength = Buffer.byteLength(text);
    assert.equal((await parseFileInWorkers(file, byteLength, 2024, 2, { dev: read.dev, ino: read.ino })).length, 2);
    fs.renameSync(file, `${file}.1`);
    fs.writeFileSync(file, text);
    await assert.rejects(parseFileInWorkers(file, byteLength, 2024, 2, { dev: read.dev, ino: read.ino }), /another file/);
  });
});

test('a stream (a gzip member) copied aside and read in ranges by workers has the index of the same lines read as a file on one thread', async () => {
  await inScratchFolder(async (dir) => {
    const file = path.join(dir, 'mail.log');
    const lines = fs.readFileSync(GENERATED_2K, 'utf8').split('\n');
    // CRLF ends, an endless line, and no final newline: cut and kept as a file's.
    lines[700] = `${lines[700]} ${'y'.repeat(70_000)}`;
    const text = lines.join('\r\n').repeat(3).trimEnd();
    fs.writeFileSync(file, text);
    const single = await LargeLog.read(file, { workers: 0 });
    try {
      // Chunks smaller than the endless line (it goes on from chunk to chunk), and larger (it is whole in one).
      for (const size of [50_000, 200_000]) {
        const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => Buffer.from(text.slice(i * size, (i + 1) * size)));
        const parallel = await LargeLog.fromStream('mail.log.gz', Readable.from(chunks), { workers: 2, rangeBytes: 32 * 1024 });
        try {
          assert.equal(parallel.lineCount, single.lineCount);
          for (let line = 0; line < single.lineCount; line++) assert.equal(parallel.text(line), single.text(line), `line ${line}, chunks of ${size}`);
          assert.deepEqual(snapshot(parallel), snapshot(single));
          assert.deepEqual(summarize(parallel), summarize(single));
        } finally {
          parallel.close();
        }
      }
    } finally {
      single.close();
    }
  });
});
