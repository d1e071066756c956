#!/usr/bin/env node
// Benchmark of "Fast on real log sizes": the bundled language server driven over stdio as an
// editor drives it, on generated logs of real sizes, against pflogsumm and lnav on the same files.
//
//   npm run bench                                  (builds for production, then runs this)
//   node bench/run.mjs [--sizes 25000,100000,250000] [--parts sizes,hostile,large]
//                      [--large-sizes 250000,1000000] [--huge] [--seed 42] [--note TEXT] [--write]
//
// --parts picks the sections; --huge adds 4M lines (517 MB, several minutes) to the large files;
// --note adds a line under the environment (e.g. "the machine was shared").
// Prints one markdown table and a "targets missed" line; `--write` also writes them to bench/results.md
// (only when asked, so that a run does not dirty the working tree).
// Exits 0 whether targets are met or not: it is a report. Exits 1 only when it cannot measure.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLog, BENCH_DIR } from './logs.mjs';
import { buildEngineBundle } from './bundle.mjs';
import { detectCompetitors, timePflogsumm, timeLnav, timeCliSummary, INSTALL_HINT } from './competitors.mjs';
import { coldParseIndex, inProcess, session, APPEND_LINES, APPEND_ROUNDS } from './measure.mjs';
import { table, environment } from './report.mjs';
import { measureHostile, hostileTable, HOSTILE_LIMIT, HOSTILE_NOTES } from './hostile.mjs';
import { measureLarge, largeTable, LARGE_NOTES } from './large.mjs';
import { log, ms, mb, lines as k, now } from './util.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const DIST_SERVER = path.join(ROOT, 'dist', 'server.js');
const DIST_CLI = path.join(ROOT, 'dist', 'cli.js');
// The run uses private copies of the bundles (self-contained, esbuild bundles every dependency):
// a rebuild of dist/ by someone else during the run must not swap the server under it.
const SNAPSHOT = path.join(BENCH_DIR, `dist-${process.pid}`);
const SERVER = path.join(SNAPSHOT, 'server.js');
const CLI = path.join(SNAPSHOT, 'cli.js');

/** The sections of the report: logs opened as documents, crafted logs, large files (--huge adds 4M lines). */
const PARTS = ['sizes', 'hostile', 'large'];
const LARGE_SIZES = [250_000, 1_000_000];
const HUGE_SIZE = 4_000_000;
const USAGE = `usage: node bench/run.mjs [--sizes 25000,100000,250000] [--parts ${PARTS.join(',')}] [--large-sizes 250000,1000000] [--huge] [--seed 42] [--note TEXT] [--write]`;

function usageError(message) {
  return Object.assign(new Error(message), { usage: true });
}

function options(argv) {
  const value = (name, fallback) => {
    const at = argv.indexOf(name);
    if (at < 0) return fallback;
    const v = argv[at + 1];
    if (v === undefined || v.startsWith('--')) throw usageError(`${name} needs a value`);
    return v;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const sizeList = (name, fallback) => {
    const list = value(name, fallback).split(',').map((s) => Number(s.trim().replace(/_/g, '')));
    if (list.some((n) => !Number.isInteger(n) || n < 1000)) throw usageError(`${name}: whole numbers of lines, at least 1000 each`);
    return list;
  };
  const sizes = sizeList('--sizes', '25000,100000,250000');
  const largeSizes = [...sizeList('--large-sizes', LARGE_SIZES.join(',')), ...(argv.includes('--huge') ? [HUGE_SIZE] : [])];
  const seed = Number(value('--seed', '42'));
  if (!Number.isInteger(seed)) throw usageError('--seed: a whole number');
  const parts = value('--parts', PARTS.join(',')).split(',').map((p) => p.trim());
  if (parts.some((p) => !PARTS.includes(p))) throw usageError(`--parts: some of ${PARTS.join(', ')}`);
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), seed, dir: BENCH_DIR, write: argv.includes('--write'), parts, note: value('--note', ''),
    largeSizes: [...new Set(largeSizes)].sort((a, b) => a - b) };
}

/** Fewer repetitions for big files, so the whole run stays within a few minutes. */
const runsFor = (size) => (size <= 100_000 ? 3 : 2);
const slowRunsFor = (size) => (size <= 100_000 ? 3 : 1);

async function measureSize(size, opts, competitors, bundle) {
  const { file, appendFile } = await ensureLog(ROOT, size, opts.seed, APPEND_LINES * APPEND_ROUNDS);
  const text = fs.readFileSync(file, 'utf8');
  const appendLines = fs.readFileSync(appendFile, 'utf8').split('\n').filter((line) => line !== '');
  const lineCount = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
  const result = { size, lines: lineCount, bytes: Buffer.byteLength(text), file };
  log(`\n${k(size)} lines, ${mb(result.bytes)}: ${file}`);
  const runs = runsFor(size);

  result.pflogsumm = await timePflogsumm(competitors, file, runs);
  log(`  pflogsumm: ${describe(result.pflogsumm)}`);
  result.lnav = await timeLnav(competitors, file, runs, lineCount);
  log(`  lnav: ${describe(result.lnav)}`);
  result.cliSummary = await timeCliSummary(competitors, CLI, file, slowRunsFor(size));
  log(`  cli summary: ${result.cliSummary.missing ? 'not supported by this build' : describe(result.cliSummary)}`);

  result.inProcess = bundle.error ? { error: bundle.error } : await inProcess(bundle.path, file, runs);
  log(`  in-process parse + index: ${result.inProcess.error ?? `${ms(result.inProcess.ms)} = ${ms(result.inProcess.parseMs)} + ${ms(result.inProcess.indexMs)} (runs: ${result.inProcess.all.map(ms).join(', ')})`}`);

  for (const [key, route, label] of [['lspCold', 'disk', 'open as the extension does'], ['lspColdText', 'text', 'didOpen with the text']]) {
    try {
      result[key] = await coldParseIndex(SERVER, file, text, runs, route);
      log(`  over LSP, ${label} -> journeyPage(limit 1): ${ms(result[key].ms)} (runs: ${result[key].all.map(ms).join(', ')}; ${result[key].journeys} journeys)`);
    } catch (error) {
      result[key] = { error: error.message };
      log(`  over LSP parse + index (${label}) failed: ${error.message}`);
    }
  }

  log('  editor session:');
  try {
    result.session = await session(SERVER, file, text, appendLines, opts.seed * 1_000_003 + size);
  } catch (error) {
    result.session = { error: error.message };
    log(`  session failed: ${error.message}`);
  }
  result.errors = [
    result.lspCold.error && `parse and index over LSP: ${result.lspCold.error}`,
    result.lspColdText.error && `parse and index over LSP with didOpen's text: ${result.lspColdText.error}`,
    result.inProcess.error && `in-process: ${result.inProcess.error}`,
    result.session.error && `editor session: ${result.session.error}`,
  ].filter(Boolean);
  return result;
}

function describe(result) {
  if (result.missing) return `not installed (${INSTALL_HINT})`;
  if (result.error) return `failed: ${result.error}`;
  return `${ms(result.ms)} (runs: ${result.all.map(ms).join(', ')})`;
}

/** The main table: each size opened as a document, over LSP and in-process, with the competitors. */
async function sizesSection(opts, competitors, missed) {
  let bundle;
  try {
    bundle = { path: await buildEngineBundle() };
  } catch (error) {
    bundle = { error: `engine bundle: ${error.message.split('\n')[0]}` };
    log(bundle.error);
  }
  const results = [];
  try {
    for (const size of opts.sizes) results.push(await measureSize(size, opts, competitors, bundle));
  } finally {
    if (bundle.path) fs.rmSync(bundle.path, { force: true });
  }
  const { markdown, missed: sizeMissed } = table(results);
  missed.push(...sizeMissed);
  const errors = results.flatMap((r) => r.errors.map((e) => `errors at ${k(r.size)}: ${e}`));
  return ['### Logs opened as documents', '', markdown, '', ...SIZES_NOTES, ...(errors.length ? ['', ...errors] : [])].join('\n');
}

/** The options that shape the figures, as typed (not --write, not --note and its text). */
function commandOptions(argv) {
  return argv.filter((arg, i) => arg !== '--write' && arg !== '--note' && argv[i - 1] !== '--note');
}

/** Large files as "Open Traces of a Large File..." reads them, the CLI and the competitors; the engine's steps. */
async function largeSection(opts, competitors, missed) {
  let bundlePath;
  try {
    bundlePath = await buildEngineBundle();
  } catch (error) {
    log(`engine bundle: ${error.message.split('\n')[0]}`);
  }
  const results = [];
  try {
    for (const size of opts.largeSizes) {
      results.push(await measureLarge(size, { root: ROOT, seed: opts.seed, serverPath: SERVER, cliPath: CLI, competitors, bundlePath }));
    }
  } finally {
    if (bundlePath) fs.rmSync(bundlePath, { force: true });
  }
  const { markdown, missed: largeMissed } = largeTable(results);
  missed.push(...largeMissed);
  return ['### Large files: `maillog/openLargeFile`, the CLI, pflogsumm and lnav', '', markdown, '', ...LARGE_NOTES].join('\n');
}

const SIZES_NOTES = [
  'Each size runs in its own processes, one after the other: competitors and our in-process runs are the best of',
  '3 runs (above 100k lines: 2, and 1 for the CLI summary), "over LSP" the best of as many fresh servers. Every request is',
  'awaited before the next. Random positions come from a seeded PRNG; the first hover warms the server before',
  'the p99 loops; each didChange is followed by a hover on a queue ID of a changed line (which needs the journey',
  'index), and by waiting for the diagnostics it triggers, so one round does not land on the next.',
  '"Over LSP" starts when the client begins to open the document, as the extension does: a saved log of a megabyte',
  'or more goes as `maillog/openFromDisk` (path, UTF-8 length and SHA-1 of the text, hashed in the timed span), which the',
  'server answers after reading and checking the file; smaller logs, and the "didOpen with the text" row, go as didOpen,',
  'so they include serialising the text to JSON, the pipe and the server\'s JSON parse. "Opened" is when the server answers',
  'a request it does not know, sent right after (messages are handled in order). In-process times the engine bundle alone',
  'on the same text.',
  'Growth: the figure at the largest size divided by the figure at the smallest.',
];

async function main() {
  const started = now();
  const loadAtStart = os.loadavg()[0];
  const opts = options(process.argv.slice(2));
  if (!fs.existsSync(DIST_SERVER)) {
    log(`${DIST_SERVER} not found: build first (npm run build, or npm run bench which builds for production)`);
    return 1;
  }
  fs.mkdirSync(SNAPSHOT, { recursive: true });
  try {
    return await benchmark(opts, started, loadAtStart);
  } finally {
    fs.rmSync(SNAPSHOT, { recursive: true, force: true });
  }
}

async function benchmark(opts, started, loadAtStart) {
  fs.copyFileSync(DIST_SERVER, SERVER);
  if (fs.existsSync(DIST_CLI)) fs.copyFileSync(DIST_CLI, CLI);
  // The worker scripts the bundles start, beside them as in dist/.
  for (const worker of ['parseWorker.js', 'jsonLinesWorker.js', 'logRowsWorker.js']) {
    const built = path.join(path.dirname(DIST_SERVER), worker);
    if (fs.existsSync(built)) fs.copyFileSync(built, path.join(SNAPSHOT, worker));
  }
  const development = /sourceMappingURL=\S+\s*$/.test(fs.readFileSync(SERVER, 'utf8').slice(-300));
  opts.serverBuilt = `${fs.statSync(DIST_SERVER).mtime.toISOString()}, ${development ? 'a development build (not minified)' : 'a production build'}`;
  log(`maillog benchmark: ${opts.parts.join(', ')}; sizes ${opts.sizes.join(', ')}, seed ${opts.seed}; dist/server.js built ${opts.serverBuilt}`);

  const probeLog = await ensureLog(ROOT, opts.sizes[0] ?? 25_000, opts.seed, 0);
  const competitors = await detectCompetitors(CLI, probeLog.file);
  if (!competitors.cliSummary) log(`note: \`node dist/cli.js summary\` not available in this build (exit ${competitors.cliSummaryProbe.code}); skipped`);

  const sections = [];
  const missed = [];
  if (opts.parts.includes('sizes')) sections.push(await sizesSection(opts, competitors, missed));
  if (opts.parts.includes('hostile')) {
    const { markdown, missed: notWithin } = hostileTable(await measureHostile(ROOT, SERVER, opts.seed));
    missed.push(...notWithin.map((figure) => `hostile ${figure} not within ${HOSTILE_LIMIT}x of the normal log`));
    sections.push(['### Hostile input: crafted logs against a normal log of the same size', '', markdown, '', ...HOSTILE_NOTES].join('\n'));
  }

  if (opts.parts.includes('large')) sections.push(await largeSection(opts, competitors, missed));

  opts.load = { start: loadAtStart, end: os.loadavg()[0] };
  const targets = missed.length ? `targets missed: ${missed.join('; ')}` : 'targets missed: none (all targets met)';
  const report = [
    `## Benchmark: fast on real log sizes`,
    '',
    `${new Date().toISOString().slice(0, 10)}: \`${['node bench/run.mjs', ...commandOptions(process.argv.slice(2))].join(' ')}\``,
    '',
    environment(opts, competitors).split('\n').map((line) => `${line}  `).join('\n'),
    ...(opts.note ? [`${opts.note}  `] : []),
    '',
    sections.join('\n\n'),
    '',
    targets,
    '',
    'What the user waits for in the real workbench, and the grammar\'s renderer CPU: [results-ui.md](results-ui.md) (`npm run bench:ui`).',
    '',
  ].join('\n');
  if (opts.write) fs.writeFileSync(path.join(HERE, 'results.md'), report);
  process.stdout.write(`\n${report}`);
  log(`(${((now() - started) / 1000).toFixed(0)} s; ${opts.write ? 'written to bench/results.md' : 'bench/results.md left as it was: --write writes it'})`);
  return 0;
}

main().then((code) => (process.exitCode = code), (error) => {
  log(error.usage ? `${error.message}\n${USAGE}` : `benchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
