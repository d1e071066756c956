import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { CLI, GENERATED_2K, ROOT, SEED } from './support/paths';
import { PARALLEL_MIN_BYTES } from '../server/src/engine/model/parallelParse';

test('the `maillog` bin: npm packs the CLI bundle, which runs alone, without any node_modules', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.equal(manifest.bin.maillog, 'dist/cli.js');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
  assert.ok(packed[0].files.some((f) => f.path === 'dist/cli.js'), 'npm pack carries dist/cli.js');
  for (const worker of ['jsonLinesWorker.js', 'logRowsWorker.js']) {
    assert.ok(packed[0].files.some((f) => f.path === `dist/${worker}`), `and ${worker}, which it starts for big files`);
  }
  assert.ok(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'), 'an executable script (npm makes the bin executable)');
  // Where no node_modules can be found from: the bundle needs none at run time.
  const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-bin-'));
  try {
    fs.copyFileSync(CLI, path.join(alone, 'maillog'));
    const out = execFileSync(process.execPath, [path.join(alone, 'maillog'), 'summary', '--json', SEED], { cwd: alone, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
    assert.equal((JSON.parse(out) as { totals: { received: number } }).totals.received, 2);
  } finally {
    fs.rmSync(alone, { recursive: true, force: true });
  }
});

test('`maillog parse` and `summary` of a big file print the same with their worker scripts beside them (as installed) and without', { timeout: 120_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-bin-'));
  try {
    // Over the size from which parse uses worker threads (PARALLEL_MIN_BYTES).
    const big = path.join(dir, 'big.maillog');
    const text = fs.readFileSync(GENERATED_2K, 'utf8');
    fs.writeFileSync(big, text.repeat(Math.ceil((PARALLEL_MIN_BYTES + 1) / Buffer.byteLength(text))));
    const parse = (cli: string) => execFileSync(process.execPath, [cli, 'parse', big], { encoding: 'utf8', maxBuffer: 1 << 30, env: { PATH: process.env.PATH, LANG: 'C' } });
    const installed = path.join(dir, 'installed');
    const alone = path.join(dir, 'alone');
    for (const folder of [installed, alone]) fs.mkdirSync(folder);
    fs.copyFileSync(CLI, path.join(installed, 'cli.js'));
    for (const worker of ['jsonLinesWorker.js', 'logRowsWorker.js']) fs.copyFileSync(path.join(path.dirname(CLI), worker), path.join(installed, worker));
    fs.copyFileSync(CLI, path.join(alone, 'cli.js'));
    const withWorker = parse(path.join(installed, 'cli.js'));
    assert.equal(withWorker.split('\n').length - 1, fs.readFileSync(big, 'utf8').split('\n').length - 1, 'one JSON object per line');
    assert.equal(parse(path.join(alone, 'cli.js')), withWorker);
    const summary = (cli: string) => execFileSync(process.execPath, [cli, 'summary', '--json', big], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
    const summarized = summary(path.join(installed, 'cli.js'));
    assert.ok((JSON.parse(summarized) as { totals: { delivered: number } }).totals.delivered > 1000);
    assert.equal(summary(path.join(alone, 'cli.js')), summarized);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
