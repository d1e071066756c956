// The engine alone, bundled from server/src/engine/document.ts with the production build's
// settings, so the benchmark can time parse and index in-process, without LSP in between.
import * as path from 'node:path';
import { BENCH_DIR } from './logs.mjs';

export async function buildEngineBundle(root) {
  const esbuild = await import('esbuild');
  const outfile = path.join(BENCH_DIR, `engine-document-${process.pid}.cjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'server', 'src', 'engine', 'document.ts')],
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
