import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { CLI, SEED } from './support/paths';

const run = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

test('parse prints one JSON object per line with program, queue ID, kind, fields and links', () => {
  const objects = run('parse', SEED).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(objects.length, fs.readFileSync(SEED, 'utf8').trim().split('\n').length);
  assert.deepEqual(objects[4], {
    line: 5, program: 'postfix/qmgr', pid: 7739, queueId: 'EA8FF222F6', kind: 'qmgr.active',
    fields: { from: 'test01@unotes.co', size: '1725', nrcpt: '1', queue_state: 'active' }, linkedQueueIds: [],
  });
  assert.deepEqual(objects[30].linkedQueueIds, ['01373222F7']);
  assert.deepEqual(objects[29].linkedQueueIds, ['01373222F7'], 'amavis queued_as');
});

test('trace prints every line of every hop with its explanation', () => {
  const out = run('trace', SEED, '01373222F7');
  assert.match(out, /^# Journey 974C6222F6 -> 01373222F7 \(sent\)/);
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
