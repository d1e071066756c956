// `npm test`: every test of the project, in order, with one summary at the end.
//   tools      pflogsumm and lnav from apt, which the summary tests compare against
//   build      esbuild bundles dist/extension.js, dist/server.js, dist/cli.js
//   compile    tsc type-checks everything and compiles the tests to out/
//   unit       node:test: engine, catalog corpus, summary, protocol (real server over stdio), hostile input
//   grammar    vscode-tmgrammar-test on test/grammar/*.test.maillog
//   e2e        the packaged extension in a real VS Code (scripts/e2e.sh)
// Set MAILLOG_TEST_ONLY=unit,grammar to run a subset.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const steps = [
  ['tools', 'bash', ['scripts/test-tools.sh']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['compile', 'npx', ['tsc', '-p', '.']],
  ['unit', process.execPath, ['--test', '--test-reporter=spec', 'out/test/']],
  ['grammar', 'npm', ['run', '--silent', 'test:grammar']],
  ['e2e', 'bash', ['scripts/e2e.sh']],
];
const only = process.env.MAILLOG_TEST_ONLY?.split(',');
const results = [];
rmSync('out', { recursive: true, force: true });
for (const [name, command, args] of steps) {
  if (only && !only.includes(name)) continue;
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push([name, status === 0, ((Date.now() - started) / 1000).toFixed(1)]);
  // Later steps need the bundle and the compiled tests.
  if (status !== 0 && (name === 'build' || name === 'compile')) break;
}
console.log('\n=== npm test summary');
for (const [name, ok, seconds] of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(8)} ${seconds} s`);
process.exitCode = results.every(([, ok]) => ok) ? 0 : 1;
