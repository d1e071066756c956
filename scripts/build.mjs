// Bundles the client, the server and the CLI with esbuild, so the .vsix carries no node_modules.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts', parseWorker: 'server/src/engine/model/parseWorker.ts', jsonLinesWorker: 'server/src/engine/model/jsonLinesWorker.ts', logRowsWorker: 'server/src/engine/model/logRowsWorker.ts' }, outdir: 'dist' },
];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
