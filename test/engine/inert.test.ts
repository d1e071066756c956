import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSpanText, escapeMarkdown, inertJson, inertText } from '../../server/src/engine/text/inert';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { hover } from '../../server/src/engine/features/hover';

test('markdown punctuation is escaped so links, images, HTML and autolinks cannot form', () => {
  assert.equal(escapeMarkdown('[x](command:evil)'), '\\[x\\]\\(command\\:evil\\)');
  assert.equal(escapeMarkdown('<img src=x>'), '\\<img src\\=x\\>');
  assert.equal(escapeMarkdown('a@b.example'), 'a\\@b\\.example');
  assert.equal(escapeMarkdown('https://evil'), 'https\\:\\/\\/evil');
  assert.equal(escapeMarkdown('plain words 123'), 'plain words 123');
});

test('invisible and direction-changing characters are shown by code point', () => {
  assert.equal(inertText('a\u202Eb\u200Bc\u001b[31m'), 'a<U+202E>b<U+200B>c<U+001B>[31m');
  assert.equal(inertText('\ud800x'), '\ufffdx', 'lone surrogates');
  assert.equal(inertText('中文 ok'), '中文 ok');
  assert.equal(inertText('a\u00adb\u2028c'), 'a<U+00AD>b<U+2028>c', 'soft hyphen, line separator');
  assert.equal(inertText('x\u{e0041}\u{e0042}y'), 'x<U+E0041><U+E0042>y', 'Unicode tags, which hide ASCII');
});

test('inside a code span, log text is literal but cannot close the span', () => {
  assert.equal(codeSpanText('/etc/postfix/virtual'), '/etc/postfix/virtual');
  assert.equal(codeSpanText('x` [a](command:evil) `'), "x' [a](command:evil) '");
});

test('a hover fills a catalog code span with the literal value: `postmap /etc/aliases`, no backslashes', () => {
  const line = 'Mar 14 11:21:30 mx1 postfix/local[2605]: warning: database /etc/aliases.db is older than source file /etc/aliases';
  const markdown = hover(new MaillogDocument(line, { defaultYear: 2018 }), { line: 0, character: 50 }, 'en')!.markdown;
  assert.ok(markdown.includes('`postmap /etc/aliases`'), markdown);
  const hostile = 'Mar 14 11:21:30 mx1 postfix/local[2605]: warning: database /x.db is older than source file /x`[a](command:evil)`';
  const shown = hover(new MaillogDocument(hostile, { defaultYear: 2018 }), { line: 0, character: 50 }, 'en')!.markdown;
  // every backtick in the hover is the catalog's own: the value's were replaced, so no span closes early
  assert.ok(shown.includes("`postmap /x'[a](command:evil)'`"), shown);
});

test('long text is elided with the count of what was left out', () => {
  assert.equal(inertText('x'.repeat(310)), `${'x'.repeat(300)}… (+10)`);
});

test('Hangul fillers, the Mongolian vowel separator and supplementary variation selectors are shown by code point', () => {
  assert.equal(inertText('a\u115fb\u1160c\u3164d\uffa0e'), 'a<U+115F>b<U+1160>c<U+3164>d<U+FFA0>e');
  assert.equal(inertText('x\u180ey'), 'x<U+180E>y');
  assert.equal(inertText('x\u{e0100}\u{e01ef}y'), 'x<U+E0100><U+E01EF>y');
  assert.equal(inertText('가 한글'), '가 한글', 'Hangul itself is text');
});

test('JSON output writes invisible characters as \\u escapes and keeps its own layout', () => {
  const value = { reason: 'a\u009b31mb\u202ec\u{e0100}', n: 1 };
  const json = inertJson(value, 2);
  assert.equal(json, '{\n  "reason": "a\\u009b31mb\\u202ec\\udb40\\udd00",\n  "n": 1\n}');
  assert.deepEqual(JSON.parse(json), value);
});
