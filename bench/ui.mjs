#!/usr/bin/env node
// What a user waits for in the real workbench (issue 15): code-server + chromium through the e2e harness
// (test/e2e/codeServer.js), for generated logs of 25k, 100k and 250k lines, each opened like a person
// opens a file (Ctrl+P, its name, Enter; the clock starts at Enter):
//   - without the extension (baseline, same run): the editor shows the file's text;
//   - with it: the editor shows text, the first line hover has its text, Mail Traces lists journeys,
//     a queue-ID hover has its text;
//   - the renderer's CPU time to open a second copy of the file and go idle, with the extension's
//     grammar and as plain text (the grammar should cost at most 1.5x plain text).
//
//   npm run bench:ui                                 (builds for production, then runs this)
//   node bench/ui.mjs [--sizes 25000,100000,250000] [--vsix dist/maillog.vsix] [--note TEXT] [--write]
//                     [--grammar-only] [--grammar FILE]
// --write writes the table to bench/results-ui.md. --grammar-only measures only the renderer CPU of the
// grammar against plain text (quick, while changing the grammar); --grammar FILE uses another grammar file. Without --vsix the repository is loaded as a
// development extension (dist/ as built). Exit 0 with a report; 1 only when it cannot measure.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureLog, BENCH_DIR } from './logs.mjs';
import { log, ms, times, lines as k, mb } from './util.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const { startCodeServer, launchBrowser } = createRequire(import.meta.url)(path.join(ROOT, 'test/e2e/codeServer.js'));
// Each workbench the harness starts adds exit and signal handlers of its own (they kill its processes).
process.setMaxListeners(50);

const VIEW = 'Mail Traces';
/** The grammar's renderer CPU may be at most this times plain text's. */
const GRAMMAR_LIMIT = 1.5;
/** VS Code does not tokenize files over 20 MB (editor.largeFileOptimizations): no grammar cost to judge. */
const UNTOKENIZED_BYTES = 20 * 1024 * 1024;
const WAIT_MS = 120_000;
const SETTINGS = {
  'editor.hover.delay': 100, 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern',
  'editor.occurrencesHighlight': 'off', 'editor.selectionHighlight': false,
  // The web workbench asks before opening a file over 10 MB; a desktop VS Code opens it.
  'workbench.editorLargeFileConfirmation': 1024,
};

function options(argv) {
  const value = (name, fallback) => {
    const at = argv.indexOf(name);
    return at < 0 ? fallback : argv[at + 1];
  };
  const sizes = value('--sizes', '25000,100000,250000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1000)) throw new Error('--sizes: whole numbers of lines, at least 1000 each');
  const vsix = value('--vsix', undefined);
  const grammar = value('--grammar', undefined);
  return { sizes, vsix: vsix && path.resolve(vsix), write: argv.includes('--write'), note: value('--note', ''), seed: 42,
    grammarOnly: argv.includes('--grammar-only'), grammar: grammar && path.resolve(grammar) };
}

// --- the renderer's CPU: every chromium renderer process started by this process, from /proc

const TICKS = 100; // USER_HZ on Linux

function processTable() {
  const table = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** CPU seconds used so far by this process's chromium renderers (workers included: they are threads). */
function rendererCpu() {
  const table = processTable();
  let total = 0;
  for (const [pid, info] of table) {
    let ancestor = info.ppid;
    while (ancestor > 1 && ancestor !== process.pid) ancestor = table.get(ancestor)?.ppid ?? 0;
    if (ancestor !== process.pid) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.includes('--type=renderer')) total += info.cpu;
  }
  return total;
}

/** Waits until the renderers stay idle (under 5% of a core for 1.5 s); resolves with their CPU seconds since `from`. */
async function cpuUntilIdle(page, from) {
  const end = Date.now() + WAIT_MS;
  let last = rendererCpu();
  let quiet = 0;
  while (Date.now() < end && quiet < 3) {
    await page.waitForTimeout(500);
    const current = rendererCpu();
    quiet = current - last < 0.025 ? quiet + 1 : 0;
    last = current;
  }
  return last - from;
}

// --- the workbench, driven like a person

async function palette(page, entry) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
  await page.keyboard.type(entry);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: entry }).first().click({ timeout: 30000 });
}

/**
 * Ctrl+P, the file's name, Enter once its row is listed: resolves with the time Enter was pressed.
 * The list may still be re-rendered by the file search and lose the key: then the row is clicked.
 */
async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await page.keyboard.type(name);
  const row = page.locator('.quick-input-list .label-name').filter({ hasText: new RegExp(`^${name.replace(/[.]/g, '\\.')}$`) }).first();
  await row.waitFor({ timeout: 15000 });
  await page.waitForTimeout(300); // the file search's results replace the first list
  const started = Date.now();
  await page.keyboard.press('Enter');
  for (let attempt = 0; attempt < 5 && (await input.isVisible()); attempt++) {
    await page.waitForTimeout(500);
    if (await input.isVisible()) await row.click({ timeout: 2000 }).catch(() => {});
  }
  return started;
}

/** Screen box of `needle` inside the editor line that contains `lineText`, or null. */
function textBox(page, lineText, needle) {
  return page.evaluate(([lineText, needle]) => {
    const nbsp = (s) => s.replace(/\u00a0/g, ' ');
    const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => nbsp(l.textContent).includes(lineText));
    if (!line) return null;
    const at = nbsp(line.textContent).indexOf(needle);
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let offset = 0;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const length = node.textContent.length;
      if (at < offset + length) {
        const range = document.createRange();
        range.setStart(node, at - offset);
        range.setEnd(node, Math.min(length, at - offset + needle.length));
        const b = range.getBoundingClientRect();
        return { x: b.x + Math.min(4, b.width / 2), y: b.y + b.height / 2 };
      }
      offset += length;
    }
    return null;
  }, [lineText, needle]);
}

const hoverText = (page) => page.evaluate(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')]
  .map((hover) => hover.innerText.trim()).find((text) => text !== '') ?? '');

const visibleText = (page, needle) => page.evaluate((needle) => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
  .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle)), needle);

const journeyRows = (page) => page.evaluate((view) => {
  const pane = [...document.querySelectorAll('.pane')].find((p) => p.querySelector('.pane-header')?.textContent.includes(view));
  return pane ? pane.querySelectorAll('.monaco-list-row[aria-level="1"]').length : 0;
}, VIEW);

/**
 * Rests the mouse on a spot until the hover there shows text that `done` accepts; the hover shows
 * "Loading..." while the provider works, and is called up again if it does not show or closes.
 * Resolves with when (Date.now()), or NaN at the deadline.
 */
async function hoverUntil(page, spot, done, deadline, onTick = async () => {}) {
  while (Date.now() < deadline) {
    await page.mouse.move(5, 5);
    await page.mouse.move(spot.x, spot.y, { steps: 2 });
    let shownOnce = false;
    for (const calledUp = Date.now(); Date.now() < deadline; ) {
      await page.waitForTimeout(50);
      const text = await hoverText(page);
      if (done(text)) return Date.now();
      await onTick();
      if (text !== '') shownOnce = true;
      else if (shownOnce || Date.now() - calledUp > 1000) break; // closed, or never came: call it up again
    }
  }
  return NaN;
}

/** The lines the measurements point at: the first line's text, a word of it, line 2's queue ID. */
function landmarks(file) {
  const head = fs.readFileSync(file, 'utf8').slice(0, 20000).split('\n');
  const first = head[0];
  const word = /\]: (\S+)/.exec(first)?.[1] ?? first.split(' ')[5];
  for (const line of head) {
    const own = /\]: ([0-9A-F]{6,20}): /.exec(line);
    if (own) return { first: first.slice(0, 60), firstWord: word, idLine: line.slice(0, own.index + 3 + own[1].length), queueId: own[1] };
  }
  throw new Error(`no queue ID near the start of ${file}`);
}

/** One timed open in a workbench; `withExtension` adds the hovers and the journeys. */
async function timedOpen(page, file, withExtension) {
  const marks = landmarks(file);
  const started = await quickOpen(page, path.basename(file));
  const deadline = started + WAIT_MS;
  const result = {};
  while (Date.now() < deadline && !(await visibleText(page, marks.first))) await page.waitForTimeout(20);
  result.editor = Date.now() - started;
  if (!withExtension) return result;

  let traces = NaN;
  const watchTraces = async () => {
    if (Number.isNaN(traces) && (await journeyRows(page)) > 0) traces = Date.now() - started;
  };
  const lineSpot = await textBox(page, marks.first, marks.firstWord);
  if (lineSpot) {
    const at = await hoverUntil(page, lineSpot, (t) => t !== '' && !/^Loading/.test(t), deadline, watchTraces);
    result.lineHover = at - started;
  }
  const idSpot = await textBox(page, marks.idLine, marks.queueId);
  if (idSpot) {
    const at = await hoverUntil(page, idSpot, (t) => /first seen/.test(t), deadline, watchTraces);
    result.queueIdHover = at - started;
  }
  await page.mouse.move(5, 5);
  while (Number.isNaN(traces) && Date.now() < deadline) {
    await watchTraces();
    await page.waitForTimeout(50);
  }
  result.traces = traces;
  return result;
}

/** Opens the CPU copy of the file with nothing else going on, and measures the renderers until idle. */
async function cpuOpen(page, file) {
  await palette(page, 'View: Close All Editors');
  await cpuUntilIdle(page, 0);
  const before = rendererCpu();
  const started = await quickOpen(page, path.basename(file));
  const cpu = await cpuUntilIdle(page, before);
  return { cpu, seconds: (Date.now() - started) / 1000 };
}

/** Copies of the log under the names the workbench sees: one to time, one for the CPU pass. */
async function ensureFolder(size, seed) {
  const { file } = await ensureLog(ROOT, size, seed, 0);
  const folder = path.join(BENCH_DIR, `ui-${size}`);
  fs.mkdirSync(folder, { recursive: true });
  const copies = { timed: path.join(folder, `maillog-${k(size)}.log`), cpu: path.join(folder, `maillog-${k(size)}-cpu.log`) };
  for (const copy of Object.values(copies)) if (!fs.existsSync(copy)) fs.copyFileSync(file, copy);
  return { folder, ...copies, bytes: fs.statSync(file).size };
}

/**
 * The grammar alone, as an extension of its own (the repository's language and grammar contributions,
 * nothing else): the CPU it costs, apart from what the language server's answers cost to show.
 */
function grammarOnlyExtension(grammarFile, name = 'grammar-only') {
  const dir = path.join(BENCH_DIR, `${name}-${process.pid}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.mkdirSync(path.join(dir, 'syntaxes'), { recursive: true });
  for (const grammar of manifest.contributes.grammars) fs.copyFileSync(grammarFile ?? path.join(ROOT, grammar.path), path.join(dir, grammar.path));
  const languages = manifest.contributes.languages.map(({ configuration, ...language }) => language);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'maillog-grammar-only', publisher: 'maillog-bench', version: '0.0.0', engines: manifest.engines,
    contributes: { languages, grammars: manifest.contributes.grammars },
  }));
  return dir;
}

/**
 * One workbench for one log: 'plain' (no extension, *.log as plain text), 'empty' (a grammar that
 * matches nothing), 'grammar' (the Maillog grammar alone) or 'extension' (the whole extension, Mail
 * Traces open). The timed open (plain and extension), then the CPU pass on the second copy.
 */
async function workbench(logs, mode, opts) {
  const settings = mode === 'plain' ? { ...SETTINGS, 'files.associations': { '*.log': 'plaintext' } } : SETTINGS;
  const devPaths = { grammar: [opts.grammarExtension], empty: [opts.emptyGrammarExtension], extension: opts.vsix ? [] : [ROOT], plain: [] }[mode];
  const cs = await startCodeServer({ settings, vsix: mode === 'extension' && opts.vsix ? [opts.vsix] : [] });
  const browser = await launchBrowser(cs.state);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(cs.url({ folder: logs.folder, devPaths }));
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    if (mode === 'extension') {
      // Mail Traces is open in the Explorer, as it is by default: the extension is active before the file opens.
      await palette(page, `Focus on ${VIEW} View`);
      await page.locator('.pane-header', { hasText: VIEW }).first().waitFor({ timeout: 15000 });
    }
    await cpuUntilIdle(page, 0);
    const timed = mode === 'plain' || mode === 'extension' ? await timedOpen(page, logs.timed, mode === 'extension') : {};
    const cpu = await cpuOpen(page, logs.cpu);
    return { ...timed, ...cpu };
  } finally {
    await browser.close().catch(() => {});
    cs.stop();
  }
}

const MODES = ['plain', 'empty', 'grammar', 'extension'];

/** A workbench step can time out on a busy machine: one more try in a fresh workbench before it counts as failed. */
async function workbenchWithRetry(logs, mode, opts) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await workbench(logs, mode, opts);
    } catch (error) {
      const message = String(error.message ?? error).split('\n')[0];
      if (attempt === 2) return { error: message };
      log(`  ${mode}: ${message}; trying again`);
    }
  }
}

function describe(mode, r) {
  if (r.error) return `${mode}: failed (${r.error})`;
  const cpu = `renderer CPU ${r.cpu.toFixed(2)} s`;
  if (mode === 'plain') return `without the extension: editor ${ms(r.editor)}; ${cpu} as plain text`;
  if (mode === 'empty') return `an empty grammar: ${cpu}`;
  if (mode === 'grammar') return `the grammar alone: ${cpu}`;
  return `with the extension: editor ${ms(r.editor)}, line hover ${ms(r.lineHover)}, Mail Traces ${ms(r.traces)}, queue-ID hover ${ms(r.queueIdHover)}; ${cpu}`;
}

function table(results) {
  const header = ['figure (from Enter in quick open)', 'target', ...results.map((r) => `${k(r.size)} lines (${mb(r.bytes)})`)];
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  const missed = [];
  const failed = (...runs) => runs.find((run) => run.error)?.error;
  const cpu = (run) => (run.error ? `failed (${run.error})` : undefined);
  const cell = (r, pick, run) => {
    if (run.error) return `failed (${run.error})`;
    const v = pick(r);
    return v === undefined || Number.isNaN(v) ? 'not seen' : ms(v);
  };
  const rows = [
    ['editor shows the text, without the extension (baseline)', '', (r) => cell(r, (x) => x.plain.editor, r.plain)],
    ['editor shows the text, with the extension', '', (r) => cell(r, (x) => x.extension.editor, r.extension)],
    ['first line hover shows its text; (after the editor)', 'within 0.5 s of the editor at 25k and 100k', (r) => targetCell(r, 'lineHover', 500)],
    ['Mail Traces lists journeys; (after the editor)', 'within 1 s of the editor at 25k and 100k', (r) => targetCell(r, 'traces', 1000)],
    ['queue-ID hover shows its text (journey, first seen)', '', (r) => cell(r, (x) => x.extension.queueIdHover, r.extension)],
    ['renderer CPU to open a copy and go idle: as plain text (no extension)', '', (r) => cpu(r.plain) ?? `${r.plain.cpu.toFixed(2)} s (idle after ${r.plain.seconds.toFixed(1)} s)`],
    ['renderer CPU to open a copy and go idle: a grammar that matches nothing (VS Code\'s tokenization alone); (x plain text)', '', (r) => cpu(r.empty) ?? `${r.empty.cpu.toFixed(2)} s (${times(r.empty.cpu / Math.max(r.plain.cpu, 0.01))})`],
    ['renderer CPU to open a copy and go idle: the Maillog grammar alone; (x plain text; x the empty grammar)', `≤ ${GRAMMAR_LIMIT}x plain text`, (r) => grammarCell(r)],
    ['renderer CPU to open a copy and go idle: the whole extension (grammar, diagnostics, Mail Traces); (x plain text)', '', (r) => cpu(r.extension) ?? `${r.extension.cpu.toFixed(2)} s (${times(r.extension.cpu / Math.max(r.plain.cpu, 0.01))})`],
  ];
  function targetCell(r, key, limit) {
    const applies = r.size <= 100_000;
    const name = key === 'traces' ? 'Mail Traces listed' : 'first line hover';
    if (r.extension.error) {
      if (applies) missed.push(`${name} at ${k(r.size)}: not measured`);
      return `failed (${r.extension.error})`;
    }
    const v = r.extension[key];
    if (v === undefined || Number.isNaN(v)) return 'not seen ✗';
    const after = v - r.extension.editor;
    const met = after <= limit;
    if (applies && !met) missed.push(`${name} at ${k(r.size)}: ${ms(after)} after the editor`);
    return `${ms(v)} (+${ms(after)})${applies ? (met ? ' ✓' : ' ✗') : ''}`;
  }
  function grammarCell(r) {
    const error = failed(r.plain, r.empty, r.grammar);
    if (error) {
      missed.push(`grammar CPU at ${k(r.size)}: not measured`);
      return `failed (${error})`;
    }
    const ratio = r.grammar.cpu / Math.max(r.plain.cpu, 0.01);
    const figure = `${r.grammar.cpu.toFixed(2)} s (${times(ratio)}; ${times(r.grammar.cpu / Math.max(r.empty.cpu, 0.01))})`;
    if (r.bytes > UNTOKENIZED_BYTES) return `${figure}: not coloured by VS Code at this size, no verdict`;
    const met = ratio <= GRAMMAR_LIMIT;
    if (!met) missed.push(`grammar CPU at ${k(r.size)}: ${times(ratio)} plain text`);
    return `${figure}${met ? ' ✓' : ' ✗'}`;
  }
  for (const [figure, target, make] of rows) out.push(`| ${[figure, target, ...results.map(make)].join(' | ')} |`);
  return { markdown: out.join('\n'), missed };
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (!opts.vsix && !fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js not found: npm run build first');
  const loadAtStart = os.loadavg()[0];
  opts.grammarExtension = grammarOnlyExtension(opts.grammar);
  // The floor of any grammar: VS Code tokenizing the whole file with one that matches nothing.
  fs.writeFileSync(path.join(BENCH_DIR, `empty-grammar-${process.pid}.json`), JSON.stringify({ name: 'Maillog', scopeName: 'text.log.maillog', patterns: [] }));
  opts.emptyGrammarExtension = grammarOnlyExtension(path.join(BENCH_DIR, `empty-grammar-${process.pid}.json`), 'empty-grammar');
  fs.rmSync(path.join(BENCH_DIR, `empty-grammar-${process.pid}.json`));
  const results = [];
  for (const size of opts.sizes) {
    const logs = await ensureFolder(size, opts.seed);
    log(`\n${k(size)} lines, ${mb(logs.bytes)}`);
    const result = { size, bytes: logs.bytes };
    for (const mode of opts.grammarOnly ? ['plain', 'empty', 'grammar'] : MODES) {
      result[mode] = await workbenchWithRetry(logs, mode, opts);
      log(`  ${describe(mode, result[mode])}`);
    }
    results.push(result);
  }
  for (const dir of [opts.grammarExtension, opts.emptyGrammarExtension]) fs.rmSync(dir, { recursive: true, force: true });
  if (opts.grammarOnly) {
    for (const r of results) {
      const error = [r.plain, r.empty, r.grammar].find((run) => run.error)?.error;
      process.stdout.write(`${k(r.size)} lines: ${error ? `failed (${error})` : `renderer CPU plain ${r.plain.cpu.toFixed(2)} s, empty grammar ${r.empty.cpu.toFixed(2)} s, grammar ${r.grammar.cpu.toFixed(2)} s (${times(r.grammar.cpu / Math.max(r.plain.cpu, 0.01))} plain, ${times(r.grammar.cpu / Math.max(r.empty.cpu, 0.01))} empty)`}\n`);
    }
    return 0;
  }
  const { markdown, missed } = table(results);
  const cpus = os.cpus();
  const report = [
    '## Benchmark in the real workbench: what the user waits for',
    '',
    `${new Date().toISOString().slice(0, 10)}: \`node bench/ui.mjs --sizes ${opts.sizes.join(',')}\`; load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${os.loadavg()[0].toFixed(1)}, on ${cpus.length} cores  `,
    `code-server ${codeServerVersion()} with headless chromium (test/e2e/codeServer.js); the extension ${opts.vsix ? `installed from ${path.relative(ROOT, opts.vsix)}` : 'loaded from the repository (dist/ as built)'}  `,
    ...(opts.note ? [`${opts.note}  `] : []),
    '',
    markdown,
    '',
    'Each log is opened once per workbench, from Enter in quick open (Ctrl+P, the file name): first in a workbench without',
    'the extension (`*.log` as plain text), then in one with a language whose grammar matches nothing and in one with only',
    'the extension\'s language and grammar (CPU only), then in',
    'one with the whole extension, where Mail Traces is open in the Explorer (so the extension',
    'is active before the file opens, as it is for a user who keeps the view open). The mouse rests on the first line\'s',
    'text until its hover shows more than "Loading...", then on line 2\'s queue ID until its hover shows the journey.',
    'Renderer CPU: all chromium renderer processes (workers are their threads) from Enter in quick open on a second copy',
    'of the file (a fresh text model) until they stay under 5% of a core for 1.5 s. VS Code skips tokenization for files',
    'over 20 MB or 300k lines (editor.largeFileOptimizations), so at 250k lines both run without colouring.',
    '',
    missed.length ? `targets missed: ${missed.join('; ')}` : 'targets missed: none',
    '',
  ].join('\n');
  if (opts.write) fs.writeFileSync(path.join(HERE, 'results-ui.md'), report);
  process.stdout.write(`\n${report}`);
  return 0;
}

function codeServerVersion() {
  try {
    const { CS } = createRequire(import.meta.url)(path.join(ROOT, 'test/e2e/codeServer.js'));
    return JSON.parse(fs.readFileSync(path.join(CS, 'package.json'), 'utf8')).version;
  } catch {
    return '(version unknown)';
  }
}

main().then((code) => process.exit(code), (error) => {
  log(`bench:ui failed: ${error.stack ?? error}`);
  process.exit(1);
});
