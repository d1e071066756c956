import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interner } from '../../server/src/engine/model/interner';
import { Random } from '../support/random';

for (const [name, options] of [['seeded hash', {}], ['every string hashing alike', { hash: () => 7 }], ['kept decoded', { keepDecoded: true }]] as const) {
  test(`interned strings keep one number each and read back as given: empty, Latin-1, beyond Latin-1, many past every growth (${name})`, () => {
    checkInterner(new Interner(options), 'hash' in options ? 3_000 : 40_000);
  });
}

function checkInterner(interner: Interner, size: number): void {
  const random = new Random(11);
  const alphabet = ['A', 'F', '0', '9', 'é', 'ÿ', '邮', '😀', '\u0000', ' '];
  const strings = new Set<string>(['', 'postfix', 'a', 'é', '邮件', 'x'.repeat(70_000)]);
  while (strings.size < size) {
    let value = '';
    for (let i = random.int(14); i >= 0; i--) value += alphabet[random.int(alphabet.length)];
    strings.add(value);
  }
  const numbers = new Map<string, number>();
  for (const value of strings) {
    assert.equal(interner.find(value), 0, `${JSON.stringify(value)} not added yet`);
    numbers.set(value, interner.add(value));
  }
  assert.deepEqual([...numbers.values()], Array.from({ length: strings.size }, (_, i) => i + 1), 'numbered 1, 2, ... in the order added');
  assert.equal(interner.size, strings.size);
  for (const [value, n] of numbers) {
    assert.equal(interner.add(value), n, `${JSON.stringify(value)} added again`);
    assert.equal(interner.find(value), n);
    assert.equal(interner.get(n), value);
  }
  // Same length and hash bucket are not enough: a string differing in one character is another.
  assert.equal(interner.find('postfiy'), 0);
  assert.equal(interner.find('件邮'), 0);
  assert.equal(interner.find('\u00e9\u0301'), 0);
  assert.equal(interner.get(0), undefined);
  assert.equal(interner.get(strings.size + 1), undefined);
}
