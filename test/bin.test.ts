import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { CLI, ROOT, SEED } from './support/paths';

test('the `maillog` bin: npm packs the CLI bundle, which runs alone, without any node_modules', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.equal(manifest.bin.maillog, 'dist/cli.js');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
  assert.ok(packed[0].files.some((f) => f.path === 'dist/cli.js'), 'npm pack carries dist/cli.js');
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
