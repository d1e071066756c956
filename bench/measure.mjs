// The measurements of our server, over LSP as an editor sees it and in-process.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startClient, documentUri } from './lsp.mjs';
import { linesWithOwnId, randomPositions } from './logs.mjs';
import { run, now, min, median, max, percentile, Random, log, ms } from './util.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const POSITIONS = 1000;
export const APPEND_ROUNDS = 10;
export const APPEND_LINES = 1000;
export const EDIT_ROUNDS = 5;
export const TRACES_ROUNDS = 5;
export const PAGE = 500;

/**
 * Opens the document as the extension does: a saved log of a megabyte or more is read by the
 * server from its file; smaller ones, and `route: 'text'`, go in didOpen as any LSP client sends them.
 */
export function openDocument(client, uri, file, text, route) {
  if (route === 'text' || text.length < 1_000_000) return client.openUri(uri, text);
  return client.openFromDisk(uri, file, text).then((read) => {
    if (read !== true) throw new Error('maillog/openFromDisk: the server did not read the file');
  });
}

/**
 * Parse + index in a fresh server: open sent -> answer of `maillog/traces` with limit 1,
 * which needs every journey, hence the whole index. Best of `runs` fresh servers.
 */
export async function coldParseIndex(serverPath, file, text, runs, route = 'disk') {
  const all = [];
  const opens = [];
  let total;
  for (let i = 0; i < runs; i++) {
    const client = await startClient(serverPath);
    try {
      const uri = documentUri(file);
      const started = now();
      const opening = openDocument(client, uri, file, text, route);
      // Answered once the open was handled: transport, JSON and whatever opening does eagerly.
      await client.ping();
      await opening;
      const opened = now() - started;
      const page = await client.request('maillog/traces', { textDocument: { uri }, limit: 1, withoutEvents: true });
      all.push(now() - started);
      opens.push(opened);
      total = page.total;
    } finally {
      await client.stop();
    }
  }
  const best = all.indexOf(min(all));
  return { ms: all[best], openMs: opens[best], all, journeys: total };
}

/** The engine without LSP, each run in a fresh process (as cold as a server that just started). */
export async function inProcess(bundle, file, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = await run(process.execPath, ['--expose-gc', path.join(HERE, 'inprocess.mjs'), bundle, file]);
    if (out.code !== 0) return { error: out.stderr.trim().split('\n').slice(-3).join(' ') };
    results.push(JSON.parse(out.stdout));
  }
  const bestRun = results.reduce((a, b) => (a.parseMs + a.indexMs <= b.parseMs + b.indexMs ? a : b));
  return { ms: bestRun.parseMs + bestRun.indexMs, parseMs: bestRun.parseMs, indexMs: bestRun.indexMs, heapUsed: min(results.map((r) => r.heapUsed)), messages: bestRun.messages, all: results.map((r) => r.parseMs + r.indexMs) };
}

/**
 * One editor session on the document: open and first hover, then hovers, definitions and
 * references at random positions, the traces page, appends and mid-document edits each
 * followed by a hover on the changed lines, and the server's peak memory at the end.
 */
export async function session(serverPath, file, text, appendLines, seed) {
  const random = new Random(seed);
  const lines = text.split('\n');
  const positions = randomPositions(lines, POSITIONS, random);
  const client = await startClient(serverPath);
  const result = {};
  try {
    result.idleHwm = client.memory().hwm;
    const uri = documentUri(file);
    const textDocument = { uri };

    // didOpen -> first line hover (the middle line's text: it needs only its line), then the first
    // hover at a random queue ID (it needs the journey index); both from the open.
    const first = positions[0];
    const midLine = Math.floor((lines.length - 1) / 2);
    const opened = now();
    const opening = openDocument(client, uri, file, text, 'disk');
    const lineHover = await client.request('textDocument/hover', { textDocument, position: { line: midLine, character: Math.max(0, lines[midLine].length - 3) } });
    result.firstLineHover = now() - opened;
    result.firstLineHoverAnswered = lineHover !== null;
    const firstHover = await client.request('textDocument/hover', { textDocument, position: first });
    result.firstHover = now() - opened;
    result.firstHoverAnswered = firstHover !== null;
    await opening;
    const diagnosed = await client.nextDiagnostics(uri, 0);
    result.openDiagnostics = diagnosed - opened;
    result.openHwm = client.memory().hwm;
    log(`    didOpen -> first line hover ${ms(result.firstLineHover)}, -> first queue-ID hover ${ms(result.firstHover)}, -> diagnostics ${ms(result.openDiagnostics)}`);

    // Random positions, each request awaited before the next. One warm-up each beforehand.
    await client.request('textDocument/definition', { textDocument, position: first });
    await client.request('textDocument/references', { textDocument, position: first, context: { includeDeclaration: true } });
    for (const [name, method, extra] of [
      ['hover', 'textDocument/hover', {}],
      ['definition', 'textDocument/definition', {}],
      ['references', 'textDocument/references', { context: { includeDeclaration: true } }],
    ]) {
      const samples = [];
      let answered = 0;
      let answeredOnIds = 0;
      for (const { line, character, onQueueId } of positions) {
        const started = now();
        const answer = await client.request(method, { textDocument, position: { line, character }, ...extra });
        samples.push(now() - started);
        const nonEmpty = Array.isArray(answer) ? answer.length > 0 : answer !== null;
        if (nonEmpty) answered++;
        if (nonEmpty && onQueueId) answeredOnIds++;
      }
      result[name] = { p50: median(samples), p99: percentile(samples, 99), max: max(samples), answered, answeredOnIds, onIds: positions.filter((p) => p.onQueueId).length };
      log(`    ${name}: p50 ${ms(result[name].p50)}, p99 ${ms(result[name].p99)}, max ${ms(result[name].max)} (${answered}/${positions.length} non-empty)`);
    }

    // The Mail Traces view's first page.
    const pages = [];
    for (let i = 0; i < TRACES_ROUNDS; i++) {
      const started = now();
      const page = await client.request('maillog/traces', { textDocument, offset: 0, limit: PAGE, withoutEvents: true });
      pages.push(now() - started);
      result.tracesTotal = page.total;
      result.tracesPage = page.traces.length;
    }
    result.traces = { median: median(pages), first: pages[0], max: max(pages) };
    result.requestsHwm = client.memory().hwm;
    log(`    maillog/traces page of ${result.tracesPage} (of ${result.tracesTotal}): median ${ms(result.traces.median)}, first ${ms(result.traces.first)}`);

    // Appends at the end, as a growing log does; each followed by a hover on a new line's queue ID.
    let lineCount = lines.length; // the last line is the empty one after the final newline
    const appendSamples = [];
    const appendDiagnostics = [];
    let appendAnswered = 0;
    for (let round = 0; round < APPEND_ROUNDS; round++) {
      const chunk = appendLines.slice(round * APPEND_LINES, (round + 1) * APPEND_LINES);
      if (chunk.length < APPEND_LINES) break;
      const at = { line: lineCount - 1, character: 0 };
      const target = random.pick(linesWithOwnId(chunk)) ?? { line: 0, start: 0, end: 1 };
      const position = { line: at.line + target.line, character: target.start + random.int(target.end - target.start) };
      const seen = client.publishCount(uri);
      const started = now();
      // a dead server shows as the hover's error
      client.change(uri, [{ range: { start: at, end: at }, text: `${chunk.join('\n')}\n` }]).catch(() => {});
      const answer = await client.request('textDocument/hover', { textDocument, position });
      appendSamples.push(now() - started);
      if (answer !== null) appendAnswered++;
      lineCount += chunk.length;
      appendDiagnostics.push((await client.nextDiagnostics(uri, seen)) - started);
    }
    result.append = { median: median(appendSamples), max: max(appendSamples), rounds: appendSamples.length, answered: appendAnswered, diagnostics: median(appendDiagnostics) };
    result.appendHwm = client.memory().hwm;
    log(`    append ${APPEND_LINES} lines -> hover: median ${ms(result.append.median)}, max ${ms(result.append.max)}; -> diagnostics ${ms(result.append.diagnostics)}`);

    // One-line edits in the middle (a character typed at the end of a line), then a hover on its queue ID.
    const middle = linesWithOwnId(lines, Math.floor(lines.length * 0.4), Math.floor(lines.length * 0.6));
    const editSamples = [];
    const editDiagnostics = [];
    let editAnswered = 0;
    for (let round = 0; round < EDIT_ROUNDS && middle.length > 0; round++) {
      const target = random.pick(middle);
      const end = { line: target.line, character: lines[target.line].length };
      lines[target.line] += 'x';
      const seen = client.publishCount(uri);
      const started = now();
      client.change(uri, [{ range: { start: end, end }, text: 'x' }]).catch(() => {});
      const answer = await client.request('textDocument/hover', { textDocument, position: { line: target.line, character: target.start + random.int(target.end - target.start) } });
      editSamples.push(now() - started);
      if (answer !== null) editAnswered++;
      editDiagnostics.push((await client.nextDiagnostics(uri, seen)) - started);
    }
    result.edit = { median: median(editSamples), max: max(editSamples), rounds: editSamples.length, answered: editAnswered, diagnostics: median(editDiagnostics) };
    log(`    edit a middle line -> hover: median ${ms(result.edit.median)}, max ${ms(result.edit.max)}; -> diagnostics ${ms(result.edit.diagnostics)}`);

    const memory = client.memory();
    result.hwm = memory.hwm;
    result.rss = memory.rss;
  } catch (error) {
    // Keep what was measured; the figures after the failure show as failed.
    result.error = error.message;
    log(`    session failed: ${error.message}`);
  } finally {
    await client.stop();
    if (client.stderr.trim()) log(`    server stderr: ${client.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  return result;
}
