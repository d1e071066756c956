import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG } from '../server/src/engine/catalog';
import { STRINGS, STATUS_WORDS } from '../server/src/engine/text/strings';
import { LOCALES } from '../server/src/engine/text/i18n';
import { ROOT } from './support/paths';

// The Chinese strings are complete: the manifest (package.nls), the client's vscode.l10n bundle,
// the catalog and the server's strings. Each check lists every problem, so one run shows them all.

type Table = Readonly<Record<string, unknown>>;

const readJson = (file: string): Table => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Table;
const isFilled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

/** `{0}` (vscode.l10n) and `{name}` (catalog, STRINGS) placeholders, as a sorted set. */
function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{([a-z_]+|\d+)\}/g)].map((m) => m[1]))].sort().join(',');
}

/** Keys of `source` whose translation is missing or empty, and translations whose placeholders differ. */
function translationProblems(source: readonly string[] | Table, translation: Table, what: string): string[] {
  const keys: readonly string[] = Array.isArray(source) ? (source as readonly string[]) : Object.keys(source);
  const problems: string[] = [];
  for (const key of keys) {
    const value = translation[key];
    // A bundle is keyed by the English message itself; a .nls file maps keys to English.
    const original = Array.isArray(source) ? key : String((source as Table)[key]);
    if (!isFilled(value)) problems.push(`${what}: no zh-cn translation of ${JSON.stringify(key)}`);
    else if (placeholders(value as string) !== placeholders(original)) {
      problems.push(`${what}: ${JSON.stringify(key)} and its translation ${JSON.stringify(value)} have different placeholders`);
    }
  }
  return problems;
}

/** Decodes the body of a JS string literal (the escapes a message may reasonably use). */
function unescapeLiteral(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'x') return String.fromCodePoint(parseInt(e.replace(/[ux{}]/g, ''), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

/** First arguments of `l10n.t(...)` calls: literal strings, and the calls whose first argument is none. */
function l10nCalls(source: string): { messages: string[]; dynamic: string[] } {
  const messages: string[] = [];
  const dynamic: string[] = [];
  for (const call of source.matchAll(/\bl10n\.t\(\s*/g)) {
    const rest = source.slice(call.index + call[0].length);
    const literal = /^(['"`])((?:\\[\s\S]|(?!\1)[^\\])*)\1\s*[,)]/.exec(rest);
    if (!literal || (literal[1] === '`' && literal[2].includes('${'))) dynamic.push(rest.slice(0, 60));
    else messages.push(unescapeLiteral(literal[2]));
  }
  return { messages, dynamic };
}

test('every manifest string (package.nls.json) has a zh-cn translation with the same placeholders', () => {
  const english = readJson('package.nls.json');
  const chinese = readJson('package.nls.zh-cn.json');
  assert.ok(Object.keys(english).length > 10, 'package.nls.json has the manifest strings');
  assert.deepEqual(Object.entries(english).filter(([, v]) => !isFilled(v)).map(([k]) => k), [], 'empty English manifest strings');
  assert.deepEqual(translationProblems(english, chinese, 'package.nls.zh-cn.json'), []);
  assert.deepEqual(Object.keys(chinese).filter((k) => !(k in english)), [], 'zh-cn manifest keys that package.nls.json no longer has');
});

test('every %key% of package.json is in package.nls.json', () => {
  const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const english = readJson('package.nls.json');
  const used = [...manifest.matchAll(/"%([^%"\s]+)%"/g)].map((m) => m[1]);
  assert.ok(used.length > 10);
  assert.deepEqual(used.filter((k) => !(k in english)), []);
});

test('every vscode.l10n.t message of the client has a zh-cn bundle entry with the same placeholders', () => {
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
  const dir = path.join(ROOT, 'client', 'src');
  const messages = new Set<string>();
  const dynamic: string[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const calls = l10nCalls(fs.readFileSync(path.join(dir, file), 'utf8'));
    calls.messages.forEach((m) => messages.add(m));
    dynamic.push(...calls.dynamic.map((d) => `${file}: l10n.t(${d}`));
  }
  assert.ok(messages.size > 20, `found the client's messages (${messages.size})`);
  assert.deepEqual(dynamic, [], 'l10n.t calls whose message is not a string literal cannot be translated');
  assert.deepEqual(translationProblems([...messages].sort(), bundle, 'l10n/bundle.l10n.zh-cn.json'), []);
});

test('every catalog entry has an English and a Chinese summary (and detail) with the same placeholders', () => {
  assert.ok(CATALOG.length > 50);
  const problems: string[] = [];
  for (const entry of CATALOG) {
    for (const what of ['summary', 'detail'] as const) {
      const texts = entry[what] as Table | undefined;
      if (!texts && what === 'detail') continue;
      for (const locale of LOCALES) {
        if (!isFilled(texts?.[locale])) problems.push(`${entry.kind}: no ${locale} ${what}`);
      }
      if (texts && LOCALES.every((l) => isFilled(texts[l]))) {
        const sets = LOCALES.map((l) => placeholders(texts[l] as string));
        if (!sets.every((s) => s === sets[0])) problems.push(`${entry.kind}: ${what} placeholders differ: ${sets.join(' | ')}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every server string (strings.ts STRINGS, STATUS_WORDS) has English and Chinese with the same placeholders', () => {
  const problems: string[] = [];
  const all = [...Object.entries(STRINGS), ...Object.entries(STATUS_WORDS).map(([status, texts]) => [`status ${status}`, texts])];
  for (const [key, texts] of all as [string, Table][]) {
    for (const locale of LOCALES) if (!isFilled(texts[locale])) problems.push(`${key}: no ${locale} text`);
    if (LOCALES.every((l) => isFilled(texts[l]))) {
      const sets = LOCALES.map((l) => placeholders(texts[l] as string));
      if (!sets.every((s) => s === sets[0])) problems.push(`${key}: placeholders differ: ${sets.join(' | ')}`);
    }
  }
  assert.ok(all.length > 20);
  assert.deepEqual(problems, []);
});

test('the checks themselves catch a missing, empty or mistranslated entry', () => {
  const english = { a: 'Open {0}', b: 'Close', c: 'Save {0} as {1}' };
  assert.deepEqual(translationProblems(english, { a: '打开 {0}', b: '关闭', c: '把 {0} 另存为 {1}' }, 't'), []);
  assert.equal(translationProblems(english, { a: '打开 {0}', c: '把 {0} 另存为 {1}' }, 't').length, 1, 'a missing key');
  assert.equal(translationProblems(english, { a: '打开 {0}', b: ' ', c: '把 {0} 另存为 {1}' }, 't').length, 1, 'an empty value');
  assert.equal(translationProblems(english, { a: '打开', b: '关闭', c: '把 {0} 另存为 {2}' }, 't').length, 2, 'lost placeholders');
  assert.equal(translationProblems(['Line {0}'], { 'Line {0}': '第 {0} 行' }, 't').length, 0);
  const source = [
    "vscode.l10n.t('It\\'s {0}', x);",
    'l10n.t("Say \\"hi\\"")',
    'vscode.l10n.t(\n  `Multi-line call`,\n  a)',
    'vscode.l10n.t(`Dynamic ${x}`)',
    'vscode.l10n.t(message)',
  ].join('\n');
  const calls = l10nCalls(source);
  assert.deepEqual(calls.messages, ["It's {0}", 'Say "hi"', 'Multi-line call']);
  assert.equal(calls.dynamic.length, 2);
});
