import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../server/src/engine/model/document';
import { lineDetails, isPostfix, type LineDetails } from '../server/src/engine/model/parse';
import { loadCorpus, UNKNOWN, type CorpusLine } from './support/corpus';
import { CATALOG, type CatalogEntry } from '../server/src/engine/catalog';
import { LOCALES, type Locale } from '../server/src/engine/text/i18n';

// The catalog against a corpus of real-looking log lines (test/support/corpus.ts, test/corpus/README.md).

/** Placeholders explain.ts fills without a field. */
const BUILT_IN = new Set(['daemon', 'program', 'queue_id']);
/** The minimum share of known lines that must get a specific (not generic.*) explanation. */
const COVERAGE_TARGET = 0.95;

const corpus = loadCorpus();
const kindOf = (line: CorpusLine): string => line.details.entry?.kind ?? UNKNOWN;
const entryIndex = (line: CorpusLine): number => line.details.parsed.entry;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
}

function groupNames(entry: CatalogEntry): Set<string> {
  const names = new Set<string>();
  for (const pattern of [entry.pattern, ...(entry.extract ?? [])]) {
    for (const m of pattern.source.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)) names.add(m[1]);
  }
  return names;
}

/** What explain.ts puts in for a placeholder on this line, undefined when it has nothing. */
function resolve(details: LineDetails, name: string): string | undefined {
  if (name === 'daemon') return details.daemon;
  if (name === 'program') return details.header?.program;
  if (name === 'queue_id') return details.parsed.queueId;
  return details.fields.find((f) => f.name === name)?.value;
}

function templates(entry: CatalogEntry): [string, Locale, string][] {
  const out: [string, Locale, string][] = [];
  for (const locale of LOCALES) {
    out.push(['summary', locale, entry.summary[locale]]);
    if (entry.detail) out.push(['detail', locale, entry.detail[locale]]);
  }
  return out;
}

test('the corpus is large and covers the families', () => {
  assert.ok(corpus.length >= 300, `${corpus.length} corpus lines, expected at least 300`);
  assert.equal(new Set(corpus.map((l) => l.text)).size, corpus.length, 'corpus lines are distinct');
  assert.ok(corpus.some((l) => l.expected === UNKNOWN), 'the corpus has deliberately unknown lines');
});

test('every corpus line is explained by the expected catalog entry', () => {
  const wrong = corpus.filter((l) => kindOf(l) !== l.expected).map((l) => `${l.where}: expected ${l.expected}, got ${kindOf(l)}\n    ${l.text}`);
  assert.deepEqual(wrong, [], `${wrong.length} corpus lines got another kind:\n${wrong.join('\n')}`);
});

test('every catalog entry is exercised by at least one corpus line', () => {
  const used = new Set(corpus.map(entryIndex));
  const unused = CATALOG.map((entry, index) => ({ entry, index })).filter(({ index }) => !used.has(index)).map(({ entry }) => entry.kind);
  assert.deepEqual(unused, [], `catalog entries no corpus line matches: ${unused.join(', ')}`);
});

test('no summary or detail is empty in any locale', () => {
  for (const entry of CATALOG) {
    for (const [what, locale, text] of templates(entry)) {
      assert.ok(text.trim().length > 0, `${entry.kind}: empty ${what} in ${locale}`);
    }
    assert.ok(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(entry.kind), `${entry.kind}: a kind is <daemon>.<what> in lower case`);
  }
});

test('templates are plain markdown: no links, addresses or emphasis outside code spans', () => {
  for (const entry of CATALOG) {
    for (const [what, locale, text] of templates(entry)) {
      const active = text.replace(/`[^`]*`/g, '');
      assert.doesNotMatch(active, /<|@|https?:|www\.|\]\(|\*/, `${entry.kind}: ${what} (${locale}) has markup outside a code span`);
      assert.equal((text.match(/`/g) ?? []).length % 2, 0, `${entry.kind}: ${what} (${locale}) has an unbalanced backtick`);
    }
  }
});

test('each locale uses the same placeholders', () => {
  const differing: string[] = [];
  for (const entry of CATALOG) {
    for (const what of ['summary', 'detail'] as const) {
      const texts = entry[what];
      if (!texts) continue;
      const sets = LOCALES.map((locale) => [...new Set(placeholders(texts[locale]))].sort().join(','));
      if (!sets.every((s) => s === sets[0])) differing.push(`${entry.kind}: ${what}: ${sets.join(' | ')}`);
    }
  }
  assert.deepEqual(differing, []);
});

test('placeholders name a group of the pattern, a Postfix key=value field, or daemon/queue_id/program', () => {
  const problems: string[] = [];
  CATALOG.forEach((entry, index) => {
    const groups = groupNames(entry);
    const lines = corpus.filter((l) => entryIndex(l) === index);
    for (const [what, locale, text] of templates(entry)) {
      for (const name of placeholders(text)) {
        if (groups.has(name) || BUILT_IN.has(name)) continue;
        // A field Postfix itself writes (`to=`, `relay=`, `status=... (reason)`), only on Postfix programs.
        const postfixField = lines.length > 0 && lines.every((l) => l.details.header && isPostfix(l.details.header.program) && resolve(l.details, name) !== undefined);
        if (!postfixField) problems.push(`${entry.kind}: {${name}} in ${what} (${locale})`);
      }
    }
  });
  assert.deepEqual(problems, []);
});

test('every placeholder is filled on every corpus line its entry explains', () => {
  const unfilled: string[] = [];
  for (const line of corpus) {
    const entry = line.details.entry;
    if (!entry) continue;
    for (const [what, , text] of templates(entry)) {
      for (const name of new Set(placeholders(text))) {
        if (resolve(line.details, name) === undefined) unfilled.push(`${line.where} (${entry.kind}): {${name}} in ${what}`);
      }
    }
  }
  assert.deepEqual(unfilled, []);
});

test('coverage: known corpus lines get a specific explanation', () => {
  const known = corpus.filter((l) => l.expected !== UNKNOWN);
  const specific = known.filter((l) => l.details.entry && !l.details.entry.kind.startsWith('generic.'));
  const share = specific.length / known.length;
  const families = new Set(corpus.map((l) => l.where.split(':')[0])).size;
  console.log(
    `catalog coverage: ${specific.length}/${known.length} known corpus lines (${(share * 100).toFixed(1)}%) get a specific explanation; ` +
      `${CATALOG.length} entries, ${corpus.length} lines in ${families} families, ${corpus.length - known.length} deliberately unknown`,
  );
  assert.ok(share > COVERAGE_TARGET, `coverage ${(share * 100).toFixed(1)}% is not above ${COVERAGE_TARGET * 100}%`);
});

test('deliberately unknown lines stay unknown', () => {
  const explained = corpus.filter((l) => l.expected === UNKNOWN && l.details.entry).map((l) => `${l.where}: ${kindOf(l)}`);
  assert.deepEqual(explained, []);
});

// Patterns are matched against at most 4096 characters, but a pattern that backtracks
// catastrophically would hang on that much hostile text. Every corpus line is blown up in ways
// that keep its entry's prefix matching and repeat the rest; the timeout turns a hang into a
// failure (how fast parsing is, is the benchmark's business), and the slowest is printed.
test('patterns finish on long hostile variants of every corpus line', { timeout: 120_000 }, () => {
  let slowest = { ms: 0, where: '' };
  const seenEntries = new Set<number>();
  for (const line of corpus) {
    if (!line.details.header) continue;
    const bodyStart = line.details.parsed.bodyStart;
    const head = line.text.slice(0, bodyStart);
    const body = line.text.slice(bodyStart) || 'x';
    const half = Math.floor(body.length / 2);
    const grow = (unit: string, target: number): string => unit.repeat(Math.ceil(target / Math.max(1, unit.length)));
    const variants = [
      head + grow(body, 6000),
      head + grow(body.slice(0, -1) || 'x', 6000),
      head + body.slice(0, half) + grow(body.slice(half) || 'x', 6000),
      head + body.slice(0, half) + grow(body.slice(half, -1) || 'x', 6000),
      head + body.slice(0, half) + grow(' ', 5000) + body.slice(half),
    ];
    // One 1 MB line per entry: the bounded prefix and the key=value scan must keep it cheap.
    if (!seenEntries.has(entryIndex(line))) {
      seenEntries.add(entryIndex(line));
      variants.push(head + body + grow(body.slice(half) || 'x', 1_000_000));
    }
    for (const variant of variants) {
      const start = process.hrtime.bigint();
      const document = new MaillogDocument(variant);
      const details = lineDetails(document.text(0), document.parsed(0));
      // A line without a program (syslogd's `last message repeated`) is known by its message, which the blow-up changes.
      if (line.details.header.program) assert.equal(details.header?.program, line.details.header.program, `${line.where}: the header survives its body's blow-up`);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (ms > slowest.ms) slowest = { ms, where: line.where };
    }
  }
  console.log(`slowest hostile variant: ${slowest.ms.toFixed(1)} ms (${slowest.where})`);
});
