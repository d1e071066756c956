// TypeScript sources the benchmark runs directly, bundled at run time with the production build's
// settings: the engine alone (to time parse and index in-process, without LSP in between) and the
// test suite's LSP client (one client for tests and bench).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BENCH_DIR } from './logs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles ROOT/entry (a path, or esbuild's `stdin` source) and everything it imports into one
 * CommonJS file in BENCH_DIR; returns its path.
 */
export async function bundle(entry, name) {
  const esbuild = await import('esbuild');
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const outfile = path.join(BENCH_DIR, `${name}-${process.pid}.cjs`);
  await esbuild.build({
    absWorkingDir: ROOT,
    ...(typeof entry === 'string' ? { entryPoints: [path.join(ROOT, entry)] } : { stdin: entry }),
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

/** What the in-process runs use, found by what each file exports (the engine's layout may change). */
const ENGINE_EXPORTS = [
  ['MaillogDocument', /^export class MaillogDocument\b/m],
  ['LargeLog', /^export class LargeLog\b/m],
  ['summarize', /^export function summarize\b/m],
];

function sourcesUnder(dir) {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

/** The engine's MaillogDocument, LargeLog and summarize in one bundle (those it finds). */
export async function buildEngineBundle() {
  const files = sourcesUnder(path.join(ROOT, 'server', 'src', 'engine'));
  const lines = [];
  for (const [name, declaration] of ENGINE_EXPORTS) {
    const file = files.find((f) => declaration.test(fs.readFileSync(f, 'utf8')));
    if (file) lines.push(`export { ${name} } from ${JSON.stringify(`./${path.relative(ROOT, file).replace(/\\/g, '/').replace(/\.ts$/, '')}`)};`);
  }
  return bundle({ contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-engine.ts' }, 'engine');
}

/** Bundles a module, loads it, and removes the bundle again (it is loaded once, into this process). */
export async function load(entry, name) {
  const file = await bundle(entry, name);
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
