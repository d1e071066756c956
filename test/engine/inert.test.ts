import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, inertText } from '../../server/src/engine/inert';

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
});

test('long text is elided with the count of what was left out', () => {
  assert.equal(inertText('x'.repeat(310)), `${'x'.repeat(300)}… (+10)`);
});
