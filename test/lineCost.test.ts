import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../server/src/engine/model/document';
import { lineDetails } from '../server/src/engine/model/parse';
import { CATALOG, MATCH_LIMIT, entryValues, type CatalogEntry } from '../server/src/engine/catalog';
import { loadCorpus, type CorpusLine } from './support/corpus';

// A crafted line must cost about what an ordinary line of the same length costs: the attacker
// writes HELO names, addresses and reasons, and syslog truncation drops closing brackets. Each
// corpus line is grown to the match limit twice: with ordinary text, and with the separators the
// patterns look for repeated (`; from=<` many times over), and the two are compared by ratio, so
// a loaded machine slows both alike. A pattern that backtracks over the line for each separator
// costs hundreds of times the ordinary line at this length; a linear one a few times at most.

/** Hostile over ordinary: generous for timer noise, far below what quadratic matching costs at 4 kB. */
const MAX_RATIO = 20;
/** Below this the clock says nothing: both lines are cheap whatever the ratio. */
const NOISE_FLOOR_MS = 0.2;
const LENGTH = MATCH_LIMIT;
/** Measurements of a suspect line before it is judged by its best one. */
const ROUNDS = 4;

/** Separators that catalog patterns search for, and the openers that truncation leaves unclosed. */
const KNOWN_SEPARATORS = [
  '; from=<', "'; from=<'", ' from x; to=<', ', to=<', ', status=sent (delivered to command: <', ', status=sent (delivered to file: <',
  '[::1]<', ', relay=[', ' -> <', '<', '>,<', 'Message-ID: <', 'Queue-ID: ', 'queued as ', 'tests=[', '{', 'mid=<', 'user=<',
  'session=<', ' queue-id: <', 'qid: <', ' from: <', ':id: <', '(default: F (', ', ', ' (', '(', ' ', '=', ': ', '0d', '[',
];

/** Literal runs of a pattern's source (`; from=<` of `(?:; from=<(?<from>[^>]*)>)?`): what it scans for. */
function literalRuns(pattern: RegExp): string[] {
  const runs: string[] = [];
  const source = pattern.source;
  let run = '';
  const flush = (): void => {
    if (run.length >= 2) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[++i] ?? '';
      if (/[A-Za-z0-9]/.test(next)) flush();
      else run += next;
    } else if (c === '[') {
      flush();
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      flush();
      if (source[i + 1] === '?') i = source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? source.indexOf('>', i) : i + 2;
    } else if ('*+?{'.includes(c)) {
      run = run.slice(0, -1);
      flush();
      if (c === '{') i = source.indexOf('}', i);
    } else if ('.)|^$'.includes(c)) {
      flush();
    } else {
      run += c;
    }
  }
  flush();
  return runs;
}

function separatorsOf(entry: CatalogEntry): string[] {
  const runs = [entry.pattern, ...(entry.extract ?? [])].flatMap(literalRuns);
  return [...new Set([...KNOWN_SEPARATORS, ...runs])];
}

function grow(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Everything the server does with a line: header, queue ID, entry, fields, and the index's values. */
function parseLine(text: string): void {
  const document = new MaillogDocument(text);
  const details = lineDetails(document.text(0), document.parsed(0));
  if (details.parsed.entry >= 0) entryValues(details.parsed.entry, text, details.parsed.bodyStart);
}

/** The fastest of `runs` parses of the line, in ms: the minimum is what the line costs, not the machine's hiccups. */
function cost(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    parseLine(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

interface Variant {
  readonly what: string;
  readonly hostile: string;
  readonly ordinary: string;
}

/** Hostile variants of a corpus line at the match limit, each with an ordinary line of its length. */
function variants(line: CorpusLine, separators: readonly string[]): Variant[] {
  const head = line.text.slice(0, line.details.parsed.bodyStart);
  const body = line.text.slice(line.details.parsed.bodyStart);
  const half = body.slice(0, Math.floor(body.length / 2));
  const out: Variant[] = [];
  for (const separator of separators) {
    const shapes: [string, string, string][] = [
      ['appended', body, ''],
      ['truncated', body.slice(0, -1), ''],
      ['inside', half, body.slice(half.length)],
    ];
    for (const [shape, before, after] of shapes) {
      const fill = Math.max(0, LENGTH - before.length - after.length);
      out.push({
        what: `${shape} ${JSON.stringify(separator)}`,
        hostile: head + before + grow(separator, fill) + after,
        ordinary: head + before + grow('ordinary words ', fill) + after,
      });
    }
  }
  return out;
}

test('crafted lines cost about what ordinary lines of the same length cost', { timeout: 600_000 }, () => {
  const corpus = loadCorpus().filter((line) => line.details.header);
  const separatorsByEntry = new Map<number, string[]>();
  const failures: string[] = [];
  let worst = { ratio: 0, where: '' };
  for (const line of corpus) {
    const entry = line.details.parsed.entry;
    let separators = separatorsByEntry.get(entry);
    if (!separators) {
      separators = entry >= 0 ? separatorsOf(CATALOG[entry]) : KNOWN_SEPARATORS;
      separatorsByEntry.set(entry, separators);
    }
    for (const variant of variants(line, separators)) {
      if (cost(variant.hostile, 2) < NOISE_FLOOR_MS) continue;
      // Worth a closer look: measure both again, more times, in up to ROUNDS rounds, and judge by
      // the best round, so a machine busy with other work in one round does not fail the test.
      let judged = { ratio: Infinity, hostile: 0, ordinary: 0 };
      for (let round = 0; round < ROUNDS && judged.ratio > MAX_RATIO; round++) {
        const hostile = cost(variant.hostile, 5);
        const ordinary = Math.max(cost(variant.ordinary, 9), NOISE_FLOOR_MS / MAX_RATIO);
        const ratio = hostile < NOISE_FLOOR_MS ? 1 : hostile / ordinary;
        if (ratio < judged.ratio) judged = { ratio, hostile, ordinary };
      }
      const { ratio, hostile, ordinary } = judged;
      if (ratio > worst.ratio) worst = { ratio, where: `${line.where} ${variant.what}` };
      if (ratio > MAX_RATIO) failures.push(`${line.where} (${CATALOG[entry]?.kind ?? 'unknown'}), ${variant.what}: ${hostile.toFixed(2)} ms against ${ordinary.toFixed(3)} ms (${ratio.toFixed(0)}x)`);
    }
  }
  console.log(`worst hostile/ordinary cost: ${worst.ratio.toFixed(1)}x (${worst.where})`);
  assert.deepEqual(failures, [], `crafted lines cost far more than ordinary ones:\n${failures.join('\n')}`);
});
