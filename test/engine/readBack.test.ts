import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileChanged, LargeLog } from '../../server/src/engine/model/largeLog';
import { BLOCK_BYTES, ReadBackCache } from '../../server/src/engine/model/readBackCache';
import { Random } from '../support/random';
import { GENERATED_2K } from '../support/paths';

test('lines read back from a large file are its lines, in any order, across stretch boundaries and longer than a stretch', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-readback-'));
  try {
    const random = new Random(7);
    const generated = fs.readFileSync(GENERATED_2K, 'utf8').split('\n').filter(Boolean);
    // Ordinary lines, with some longer than a stretch and some with multi-byte characters.
    const lines = generated.map((line, i) => (i % 97 === 5 ? `${line} ${'x'.repeat(BLOCK_BYTES + i)}` : i % 31 === 0 ? `${line} 邮件 é` : line));
    const file = path.join(dir, 'mail.log');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const log = await LargeLog.read(file, { index: false });
    try {
      assert.equal(log.lineCount, lines.length);
      const order = Array.from({ length: lines.length }, (_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const line of order) assert.equal(log.text(line), lines[line], `line ${line}`);
      for (let line = lines.length - 1; line >= 0; line--) assert.equal(log.text(line), lines[line], `line ${line}, backwards`);
      // Lines outside the log are empty, never an error (a request may name any line).
      for (const line of [-1, lines.length]) {
        assert.equal(log.text(line), '');
        assert.equal(log.parsed(line).program, undefined);
        log.check(); // what was parsed last is forgotten: still nothing of it shows
        assert.equal(log.parsed(line).program, undefined, `line ${line} after a check`);
      }

      // Lines kept from before a truncation are not shown as the file's: the next request's check says what happened.
      fs.truncateSync(file, 100);
      assert.throws(() => log.check(), (error: unknown) => error instanceof FileChanged && error.change === 'truncated');
      assert.throws(() => log.text(lines.length - 1), (error: unknown) => error instanceof FileChanged);
    } finally {
      log.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the read-back cache keeps its most recent stretches, and a stretch kept again takes no other one\'s place', () => {
  const cache = new ReadBackCache();
  const stretch = (n: number) => Buffer.alloc(BLOCK_BYTES, n % 256);
  for (let n = 0; n < 128; n++) cache.keep(0, n * BLOCK_BYTES, stretch(n));
  cache.keep(0, 5 * BLOCK_BYTES, stretch(5)); // read again (the file grew past it): still 128 kept
  for (let n = 0; n < 128; n++) assert.equal(cache.find(0, n * BLOCK_BYTES + 10, 4)?.[0], n, `stretch ${n}`);
  assert.equal(cache.find(1, 10, 4), undefined, 'another input\'s stretch at the same place is another stretch');
  assert.equal(cache.find(0, BLOCK_BYTES - 2, 4), undefined, 'bytes across the end of a stretch are not in it');
  cache.keep(0, 128 * BLOCK_BYTES, stretch(128)); // one more: the least recently used goes
  assert.equal(cache.find(0, 10, 4), undefined);
  assert.equal(cache.find(0, 128 * BLOCK_BYTES, 4)?.[0], 128);
});
