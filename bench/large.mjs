// The large-file section of the benchmark (issue 15): logs of a busy server, 250k to 4M lines, read
// as "Open Traces of a Large File..." reads them (`maillog/openLargeFile`), by the CLI, and by
// pflogsumm and lnav on the same files in the same run; the cost of each engine step; the growth.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { ensureLog } from './logs.mjs';
import { withFreshServer } from './lsp.mjs';
import { timePflogsumm, timeLnav, timeCliSummary, timeCliParse, INSTALL_HINT } from './competitors.mjs';
import { run, now, log, ms, mb, times, lines as k } from './util.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Time or memory counts as growing linearly up to this much above the size ratio. */
const LINEAR_SLACK = 1.25;

/** A fresh server indexes the file; then its summary and first traces page. */
function openLargeFile(serverPath, file) {
  return withFreshServer(serverPath, async (client, result) => {
    const started = now();
    const opened = await client.request('maillog/openLargeFile', { path: file }, 1_800_000);
    result.indexMs = now() - started;
    result.lines = opened.lines;
    result.journeys = opened.journeys;
    result.hwm = client.memory().hwm;
    const textDocument = { uri: opened.uri };
    let at = now();
    const summary = await client.request('maillog/summary', { textDocument }, 600_000);
    result.summaryMs = now() - at;
    result.summaryAnswered = summary !== null;
    at = now();
    await client.request('maillog/traces', { textDocument, offset: 0, limit: 500, withoutEvents: true });
    result.tracesMs = now() - at;
    result.afterHwm = client.memory().hwm;
  });
}

/** Files of the rotated set the same lines are split into (issue 14): the older half gzip-compressed, as logrotate leaves them. */
const SET_FILES = 8;

/**
 * The log cut at line boundaries into a rotated series in its own folder: `mail.log.7.gz` (oldest)
 * ... `mail.log.4.gz`, `mail.log.3` ... `mail.log.1`, `mail.log` (newest). Made once per log.
 */
async function rotatedSet(file) {
  const folder = `${file}.set`;
  if (fs.existsSync(path.join(folder, 'mail.log'))) return folder;
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder);
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  const cuts = [0];
  const probe = Buffer.alloc(1 << 16);
  for (let i = 1; i < SET_FILES; i++) {
    const at = Math.floor((size * i) / SET_FILES);
    const read = fs.readSync(fd, probe, 0, probe.length, at);
    const newline = probe.subarray(0, read).indexOf(10);
    cuts.push(newline < 0 ? size : at + newline + 1);
  }
  fs.closeSync(fd);
  cuts.push(size);
  for (let i = 0; i < SET_FILES; i++) {
    const age = SET_FILES - 1 - i;
    const name = age === 0 ? 'mail.log' : `mail.log.${age}${age > SET_FILES / 2 - 1 ? '.gz' : ''}`;
    const source = fs.createReadStream(file, { start: cuts[i], end: cuts[i + 1] - 1 });
    const target = fs.createWriteStream(path.join(folder, name));
    await (name.endsWith('.gz') ? pipeline(source, zlib.createGzip(), target) : pipeline(source, target));
  }
  return folder;
}

/** A fresh server indexes the rotated set of the same lines (`maillog/openLogSet` on its folder). */
function openLogSet(serverPath, folder) {
  return withFreshServer(serverPath, async (client, result) => {
    const started = now();
    const opened = await client.request('maillog/openLogSet', { paths: [folder] }, 1_800_000);
    result.indexMs = now() - started;
    result.lines = opened.lines;
    result.journeys = opened.journeys;
    result.files = opened.files.length;
    result.hwm = client.memory().hwm;
  });
}

const STEPS = ['read', 'parse', 'index', 'summary', 'workers'];

/**
 * Each engine step in its own process: `{ read: { ms, peakRss } | { error }, ... }`. The parse
 * workers' script goes beside the engine bundle, as it is beside the server's.
 */
async function engineSteps(bundlePath, file, serverPath) {
  const worker = serverPath ? path.join(path.dirname(serverPath), 'logRowsWorker.js') : '';
  if (bundlePath && serverPath && fs.existsSync(worker)) fs.copyFileSync(worker, path.join(path.dirname(bundlePath), 'logRowsWorker.js'));
  const steps = {};
  for (const step of STEPS) {
    if (!bundlePath) {
      steps[step] = { error: 'no engine bundle' };
      continue;
    }
    const out = await run(process.execPath, [path.join(HERE, 'steps.mjs'), bundlePath, file, step], { timeoutMs: 1_800_000 });
    steps[step] = out.code === 0 ? JSON.parse(out.stdout) : { error: out.stderr.trim().split('\n').slice(-2).join(' ') };
  }
  return steps;
}

export async function measureLarge(size, { root, seed, serverPath, cliPath, competitors, bundlePath }) {
  const { file } = await ensureLog(root, size, seed, 0);
  const result = { size, file };
  log(`\nlarge file, ${k(size)} lines: ${file}`);
  result.server = await openLargeFile(serverPath, file);
  log(`  maillog/openLargeFile: ${result.server.error ?? `${ms(result.server.indexMs)}, VmHWM ${mb(result.server.hwm)}; summary ${ms(result.server.summaryMs)}${result.server.summaryAnswered ? '' : ' (null)'}`}`);
  result.bytes = fs.statSync(file).size;
  result.set = await openLogSet(serverPath, await rotatedSet(file));
  log(`  maillog/openLogSet (${SET_FILES} files, half gzip): ${result.set.error ?? `${ms(result.set.indexMs)}, VmHWM ${mb(result.set.hwm)}, ${result.set.journeys} journeys (one file: ${result.server.journeys})`}`);
  result.steps = await engineSteps(bundlePath, file, serverPath);
  log(`  engine steps: ${STEPS.map((s) => `${s} ${result.steps[s].error ?? ms(result.steps[s].ms)}`).join(', ')}`);
  result.cliSummary = await timeCliSummary(competitors, cliPath, file, 1);
  result.cliParse = await timeCliParse(cliPath, file, 1);
  result.pflogsumm = await timePflogsumm(competitors, file, 1);
  result.lnav = await timeLnav(competitors, file, 1, result.server.lines ?? NaN);
  for (const key of ['cliSummary', 'cliParse', 'pflogsumm', 'lnav']) log(`  ${key}: ${describeRun(result[key])}`);
  return result;
}

function describeRun(r) {
  if (!r || r.missing) return `not available (${INSTALL_HINT})`;
  if (r.error) return `failed (${r.error})`;
  return `${ms(r.ms)}, peak ${mb(r.rss)}`;
}

const value = (r) => (r && !r.missing && !r.error ? r.ms : undefined);
const isHuge = (r) => r.size >= 4_000_000;

/** Rows: [figure, target, cell(r) -> { text, value, state }, growth kind]. */
function largeRows() {
  const timed = (pick, extra) => (r) => {
    const run = pick(r);
    if (!run || run.missing) return { text: 'not available' };
    if (run.error) return { text: `failed (${run.error})`, state: false };
    return { value: run.ms, text: `${ms(run.ms)}, peak ${mb(run.rss)}${extra ? extra(r, run) : ''}` };
  };
  const server = (pick, format, target) => (r) => {
    if (r.server.error) return { text: `failed (${r.server.error})`, state: target ? false : undefined };
    const v = pick(r.server);
    if (v === undefined || Number.isNaN(v)) return { text: 'n/a' };
    return { value: v, text: format(v, r), state: target ? target(v, r) : undefined };
  };
  const step = (key) => (r) => {
    const s = r.steps[key];
    if (s.error) return { text: `not offered by this engine (${s.error})` };
    const own = key === 'read' || key === 'summary' ? '' : `; this step ${ms(s.ms - r.steps[key === 'parse' ? 'read' : 'parse'].ms)}`;
    return { value: s.ms, text: `${ms(s.ms)}${r.steps[key === 'parse' ? 'read' : 'parse']?.ms !== undefined ? own : ''}, peak ${mb(s.peakRss)}` };
  };
  return [
    ['`maillog/openLargeFile` -> answered (fresh server: read, parse, index); (lnav time / ours)', '≤ 0.5x lnav\'s time',
      server((s) => s.indexMs, (v, r) => `${ms(v)}${value(r.lnav) ? ` (${times(value(r.lnav) / v)})` : ''}`, (v, r) => (value(r.lnav) ? v <= 0.5 * value(r.lnav) : undefined)), 'linear'],
    ['server peak memory after indexing (VmHWM); (x file size)', '≤ 400 MB at 4M lines',
      server((s) => s.hwm, (v, r) => `${mb(v)} (${times(v / r.bytes)})`, (v, r) => (isHuge(r) ? v <= 400 * 1024 * 1024 : undefined)), 'linear'],
    [`\`maillog/openLogSet\`: the same lines as a rotated set of ${SET_FILES} files, half gzip (fresh server); (x openLargeFile's time); journeys (x one file's)`, '≤ 1.3x openLargeFile\'s time, the same journeys',
      (r) => {
        if (r.set?.error || r.server.error) return { text: `failed (${r.set?.error ?? r.server.error})`, state: false };
        const ratio = r.set.indexMs / r.server.indexMs;
        return { value: r.set.indexMs, text: `${ms(r.set.indexMs)} (${times(ratio)}); ${r.set.journeys} journeys (${r.set.journeys === r.server.journeys ? 'the same' : `one file: ${r.server.journeys}`})`, state: ratio <= 1.3 && r.set.journeys === r.server.journeys };
      }, 'linear'],
    ['server peak memory after indexing the rotated set (VmHWM); (x the one file\'s)', 'the same bound as one file',
      (r) => (r.set?.error || r.server.error ? { text: 'n/a' } : { value: r.set.hwm, text: `${mb(r.set.hwm)} (${times(r.set.hwm / r.server.hwm)})`, state: isHuge(r) ? r.set.hwm <= 400 * 1024 * 1024 : undefined }), 'linear'],
    ['`maillog/summary` on the indexed large file', '< 2 s',
      (r) => (!r.server.error && !r.server.summaryAnswered
        ? { text: `answered null in ${ms(r.server.summaryMs)} (no summary of a large file)`, state: false }
        : server((s) => s.summaryMs, (v) => ms(v), (v) => v < 2000)(r)), 'linear'],
    ['`maillog/traces` first page (limit 500) after indexing', '< 100 ms', server((s) => s.tracesMs, (v) => ms(v), (v) => v < 100)],
    ['`cli.js summary FILE`; peak RSS; (pflogsumm time / ours)', '≤ pflogsumm\'s time / 3; ≤ 300 MB at 4M lines',
      (r) => {
        const cell = timed((x) => x.cliSummary, (x, run) => (value(x.pflogsumm) ? ` (${times(value(x.pflogsumm) / run.ms)})` : ''))(r);
        if (cell.value !== undefined && value(r.pflogsumm)) cell.state = cell.value <= value(r.pflogsumm) / 3 && (!isHuge(r) || !(r.cliSummary.rss > 300 * 1024 * 1024));
        return cell;
      }, 'linear'],
    ['`cli.js parse FILE` (JSON Lines to /dev/null); (x cli summary)', '≤ 2x cli summary',
      (r) => {
        const cell = timed((x) => x.cliParse, (x, run) => (value(x.cliSummary) ? ` (${times(run.ms / value(x.cliSummary))})` : ''))(r);
        if (cell.value !== undefined && value(r.cliSummary)) cell.state = cell.value <= 2 * value(r.cliSummary);
        return cell;
      }, 'linear'],
    { section: 'cost of each step in the engine, in-process (bench/steps.mjs: each step in a fresh process, repeating the steps before it)' },
    ['read: the file streamed in 1 MB chunks, lines counted; peak RSS', '', step('read'), 'linear'],
    ['read + parse: `LargeLog.read(file, { index: false })`; this step alone; peak RSS', '', step('parse'), 'linear'],
    ['read + parse + index/link: `LargeLog.read(file)`; this step alone; peak RSS', '', step('index'), 'linear'],
    ['summary: `summarize()` of the indexed large log (alone); peak RSS of index + summary', '', step('summary'), 'linear'],
    ['read + parse + index/link as the server reads: `LargeLog.read(file)` with its parse workers; each worker\'s parse time; this thread linking / waiting for a worker; peak RSS', '', (r) => {
      const s = r.steps.workers;
      if (!s || s.error) return { text: `not offered by this engine (${s?.error ?? 'no such step'})` };
      const c = s.costs;
      if (!c || c.workers === 0) return { value: s.ms, text: `${ms(s.ms)}: no workers on this machine or engine, peak ${mb(s.peakRss)}` };
      return { value: s.ms, text: `${ms(s.ms)}: ${c.workers} worker${c.workers > 1 ? 's' : ''}, ${c.ranges} ranges, parse ${ms(c.parseMs / c.workers)} each; linking ${ms(c.linkMs)}, waiting ${ms(c.waitMs)}; peak ${mb(s.peakRss)}` };
    }, 'linear'],
    { section: 'competitors, same file, same run' },
    ['pflogsumm FILE; peak RSS', '', timed((r) => r.pflogsumm), 'linear'],
    ['lnav -n -c \';SELECT count(*) FROM syslog_log\' FILE; peak RSS', '', timed((r) => r.lnav), 'linear'],
  ];
}

/** The markdown table of the large sizes, with the growth column, and the missed targets. */
export function largeTable(results) {
  const first = results[0];
  const last = results[results.length - 1];
  const sizeRatio = last.size / first.size;
  const header = ['figure', 'target', ...results.map((r) => `${k(r.size)} lines (${mb(r.bytes)})`), `growth ${k(first.size)} -> ${k(last.size)} (size x${sizeRatio.toFixed(0)}; linear: ≤ x${(sizeRatio * LINEAR_SLACK).toFixed(0)})`, 'verdict'];
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  const missed = [];
  for (const row of largeRows()) {
    if (row.section) {
      out.push(`| **${row.section}** |${header.slice(1).map(() => ' ').join('|')}|`);
      continue;
    }
    const [figure, target, cell, growthKind] = row;
    const cells = results.map((r) => {
      try {
        return cell(r);
      } catch (error) {
        return { text: `error: ${error.message}` };
      }
    });
    let growth = '';
    let superlinear = false;
    if (growthKind && results.length > 1 && cells[0].value > 0 && cells[cells.length - 1].value !== undefined) {
      const ratio = cells[cells.length - 1].value / cells[0].value;
      superlinear = ratio > sizeRatio * LINEAR_SLACK;
      growth = `${times(ratio)}${superlinear ? ' ✗' : ' ✓'}`;
    }
    let verdict = '—';
    if (target) {
      const failedAt = results.filter((_, i) => cells[i].state === false).map((r) => k(r.size));
      const reasons = [...(failedAt.length ? [`at ${failedAt.join(', ')}`] : []), ...(superlinear ? ['grows faster than the file'] : [])];
      if (reasons.length) {
        verdict = `**missed** (${reasons.join('; ')})`;
        missed.push(`large files: ${figure.split(/[;(]/)[0].replace(/`/g, '').trim()} ${reasons.join('; ')}`);
      } else verdict = cells.some((c) => c.state !== undefined) ? 'met' : 'not measured';
    } else if (superlinear) verdict = 'grows faster than the file';
    const mark = (state) => (state === true ? ' ✓' : state === false ? ' ✗' : '');
    out.push(`| ${[figure, target, ...cells.map((c) => `${c.text}${mark(c.state)}`), growth, verdict].join(' | ')} |`);
  }
  return { markdown: out.join('\n'), missed };
}

export const LARGE_NOTES = [
  'Each size once (these runs take long): our server, the CLI and the competitors one after the other on the same file.',
  'Peak memory of a command is GNU time\'s maximum resident set size; of the server, VmHWM from /proc after the request.',
  'The step rows run the engine bundled from server/src, each step in a fresh child process that repeats the steps before',
  'it; "not offered by this engine" means the engine has no such step (e.g. no summary of a large log yet), and says why.',
];
