import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inOrderInWorkers, WorkerPool } from '../../server/src/engine/model/rangeWorkers';
import { inScratchFolder } from '../support/scratch';

/** A worker script answering each task `{ index, ms }` with its index times ten, after `ms` milliseconds. */
const ANSWERING = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ index, ms }) => setTimeout(() => parentPort.postMessage({ index, result: index * 10 }), ms));`;

test('range workers hand results over in task order, whichever worker finishes first, and serve a second run', async () => {
  await inScratchFolder(async (dir) => {
    const script = path.join(dir, 'answering.js');
    fs.writeFileSync(script, ANSWERING);
    const pool = new WorkerPool(script, 3);
    try {
      for (const run of [0, 1]) {
        const taken: [number, number][] = [];
        // Early tasks take longest: later ones finish first and wait for their turn.
        await inOrderInWorkers<{ index: number; ms: number }, number>(pool, 9, (index) => ({ index, ms: (9 - index) * 3 }), (result, index) => {
          taken.push([index, result]);
          return undefined;
        });
        assert.deepEqual(taken, Array.from({ length: 9 }, (_, i) => [i, i * 10]), `run ${run}`);
        assert.ok(pool.usable);
      }
    } finally {
      await pool.end();
    }
  });
});

test('a worker that fails between runs ends its pool, not the process', async () => {
  await inScratchFolder(async (dir) => {
    const script = path.join(dir, 'failing.js');
    fs.writeFileSync(script, `setTimeout(() => { throw new Error('failed while idle'); }, 20);`);
    const pool = new WorkerPool(script, 2);
    for (let waited = 0; pool.usable && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(pool.usable, false);
    await pool.end();
  });
});
