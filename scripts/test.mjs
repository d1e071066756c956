// `npm test`: every test of the project, in order, with one summary at the end.
//   tools      pflogsumm and lnav from apt, which the summary tests compare against
//   build      esbuild bundles dist/extension.js, dist/server.js, dist/cli.js
//   compile    tsc type-checks everything and compiles the tests to out/
//   lint       ESLint with typescript-eslint over client, server, tests, bench and scripts
//   unit       node:test: engine, catalog corpus, summary, protocol (real server over stdio), hostile input
//   grammar    vscode-tmgrammar-test on test/grammar/*.test.maillog
//   e2e        the packaged extension in a real VS Code (scripts/e2e.sh)
// A subset: `node scripts/test.mjs compile unit` (or MAILLOG_TEST_ONLY=compile,unit).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';

/** The compiled test files (Node 20's --test takes files, not globs; support/ holds no tests). */
const unitTests = () => readdirSync('out/test', { recursive: true }).filter((f) => f.endsWith('.test.js')).map((f) => path.join('out/test', f)).sort();

const steps = [
  ['tools', 'bash', ['scripts/test-tools.sh']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['compile', 'npx', ['tsc', '-p', '.']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit', process.execPath, () => ['--test', '--test-reporter=spec', ...unitTests()]],
  ['grammar', 'npm', ['run', '--silent', 'test:grammar']],
  ['e2e', 'bash', ['scripts/e2e.sh']],
];
const asked = process.argv.slice(2);
const only = asked.length > 0 ? asked : process.env.MAILLOG_TEST_ONLY?.split(',');
const results = [];
if (!only || only.includes('compile')) rmSync('out', { recursive: true, force: true });
for (const [name, command, argsOrList] of steps) {
  if (only && !only.includes(name)) continue;
  const args = typeof argsOrList === 'function' ? argsOrList() : argsOrList;
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
