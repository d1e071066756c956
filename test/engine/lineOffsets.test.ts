import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineOffsets } from '../../server/src/engine/model/lineOffsets';
import { Random } from '../support/random';

test('line offsets read back exactly: past 4 GiB, across a set\'s next file starting again at 0, in any order', () => {
  const random = new Random(5);
  const offsets = new LineOffsets();
  const given: number[] = [];
  let offset = 0;
  for (let line = 0; line < 200_000; line++) {
    if (line === 70_000) offset = 2 ** 32 - 300; // a file of over 4 GiB: lines straddle the boundary
    if (line === 120_000) offset = 0; // the set's next file
    if (line === 150_000) offset = 3 * 2 ** 32 + 17; // a third file, larger still
    given.push(offset);
    offsets.set(line, offset);
    offset += random.int(200);
  }
  for (let line = 0; line < given.length; line++) assert.equal(offsets.at(line), given[line], `line ${line}`);
  for (let i = 0; i < 20_000; i++) {
    const line = random.int(given.length);
    assert.equal(offsets.at(line), given[line], `line ${line}, looked up out of order`);
  }
});
