// TypeScript sources the benchmark runs directly, bundled at run time with the production build's
// settings: the engine alone (to time parse and index in-process, without LSP in between) and the
// test suite's LSP client (one client for tests and bench).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BENCH_DIR } from './logs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles ROOT/entry (and everything it imports) into one CommonJS file in BENCH_DIR; returns its path. */
export async function bundle(entry, name) {
  const esbuild = await import('esbuild');
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const outfile = path.join(BENCH_DIR, `${name}-${process.pid}.cjs`);
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    logLevel: 'error',
  });
  return outfile;
}

export const buildEngineBundle = () => bundle('server/src/engine/document.ts', 'engine-document');

/** Bundles a module, loads it, and removes the bundle again (it is loaded once, into this process). */
export async function load(entry, name) {
  const file = await bundle(entry, name);
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
