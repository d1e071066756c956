import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { check, type Diagnostics } from 'recheck';
import { CATALOG } from '../server/src/engine/catalog';
import { HEADER_PATTERNS } from '../server/src/engine/model/syslogHeader';
import { QUEUE_ID_PATTERN } from '../server/src/engine/model/queueId';

// Every regex that runs over log text must match in time linear in the line: the text is a
// stranger's (HELO names, addresses, reasons), and a quadratic pattern lets 2,000 crafted lines
// block the server for seconds. recheck (https://makenowjust-labs.github.io/recheck/) decides it
// for each pattern: the catalog's patterns and extract patterns, the header and queue-ID regexes,
// and every regex literal in the engine (the field scanner, field hovers, DSN codes, the syslog
// header, the journey index, the summary's keys).
//
// Anything but `safe` fails, `unknown` included: a pattern recheck cannot decide within the
// timeout (or cannot analyse) is one a reader cannot be sure of either, and is to be simplified.
// Safe verdicts are cached by recheck version and pattern in node_modules/.cache, so a run only
// checks what changed; a clean clone checks everything (about a minute on two cores).

const ROOT = path.resolve(__dirname, '../..');
const ENGINE = path.join(ROOT, 'server/src/engine');
/** Every engine file: any regex literal there may see log text (the catalog's entries are also checked as loaded, below). */
const LINE_READERS = (fs.readdirSync(ENGINE, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
/** Per pattern; generous for a loaded machine (the slowest takes about 10 s under load). */
const TIMEOUT_MS = 120_000;
const CONCURRENCY = 2;
const CACHE = path.join(ROOT, 'node_modules/.cache/maillog-recheck.json');

interface Checked {
  readonly where: string;
  readonly pattern: RegExp;
}

function literalsIn(file: string): Checked[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ENGINE, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Checked[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ where: `${file}:${line + 1}`, pattern: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function everyPattern(): Checked[] {
  const all: Checked[] = [];
  for (const entry of CATALOG) {
    all.push({ where: `${entry.kind} pattern`, pattern: entry.pattern });
    entry.extract?.forEach((pattern, i) => all.push({ where: `${entry.kind} extract ${i}`, pattern }));
  }
  HEADER_PATTERNS.forEach((pattern, i) => all.push({ where: `syslog header format ${i}`, pattern }));
  all.push({ where: 'queue ID', pattern: QUEUE_ID_PATTERN });
  for (const file of LINE_READERS) all.push(...literalsIn(file));
  const seen = new Set<string>();
  return all.filter(({ pattern }) => {
    const key = `/${pattern.source}/${pattern.flags}`;
    return !seen.has(key) && seen.add(key);
  });
}

function recheckVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
}

function readCache(version: string): Set<string> {
  try {
    const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as { version: string; safe: string[] };
    return new Set(cached.version === version ? cached.safe : []);
  } catch {
    return new Set();
  }
}

function verdict(where: string, result: Diagnostics): string | undefined {
  if (result.status === 'safe') return undefined;
  if (result.status === 'vulnerable') {
    const { attack, complexity } = result;
    return `${where}: ${complexity.type}${complexity.type === 'polynomial' ? ` (degree ${complexity.degree})` : ''}, attack ${attack.pattern.slice(0, 160)}`;
  }
  return `${where}: recheck could not decide (${result.error.kind}); simplify the pattern`;
}

test('every regex over log text matches in linear time (recheck)', { timeout: 30 * 60_000 }, async () => {
  const patterns = everyPattern();
  assert.ok(patterns.length > CATALOG.length, `${patterns.length} patterns found`);
  const version = recheckVersion();
  const safe = readCache(version);
  const key = (p: RegExp): string => `/${p.source}/${p.flags}`;
  const todo = patterns.filter(({ pattern }) => !safe.has(key(pattern)));
  const problems: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const { where, pattern } = todo[next++];
      // A fixed seed keeps the fuzzing checker's verdict the same from run to run.
      const result = await check(pattern.source, pattern.flags, { timeout: TIMEOUT_MS, randomSeed: 20260301 });
      const problem = verdict(where, result);
      if (problem) problems.push(problem);
      else safe.add(key(pattern));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  fs.mkdirSync(path.dirname(CACHE), { recursive: true });
  fs.writeFileSync(CACHE, JSON.stringify({ version, safe: [...safe].sort() }));
  console.log(`recheck: ${patterns.length} patterns, ${todo.length} checked now, ${patterns.length - todo.length} known safe from the cache`);
  assert.deepEqual(problems.sort(), [], `patterns that are not linear:\n${problems.join('\n')}`);
});
