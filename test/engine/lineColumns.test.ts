import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runs, TimeColumn, WideColumn } from '../../server/src/engine/model/lineColumns';
import { Random } from '../support/random';

/** Every line read back as given, in order and then in random order. */
function assertReadsBack(column: { at(line: number): number }, given: readonly number[], random: Random): void {
  for (let line = 0; line < given.length; line++) assert.equal(column.at(line), given[line], `line ${line}`);
  for (let i = 0; i < 20_000; i++) {
    const line = random.int(given.length);
    assert.equal(column.at(line), given[line], `line ${line}, looked up out of order`);
  }
}

test('line offsets read back exactly: past 4 GiB, across a set\'s next file starting again at 0, in any order', () => {
  const random = new Random(5);
  const offsets = new WideColumn();
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
  assertReadsBack(offsets, given, random);
});

test('values that change rarely read back per line: from the first line on, with changes at any line', () => {
  const random = new Random(8);
  const runs = new Runs(-1);
  const given: number[] = [];
  let value = 60; // line 0 already differs from the initial value
  for (let line = 0; line < 50_000; line++) {
    if (random.int(100) === 0) value = random.int(1500) - 720;
    if (line >= 40_000 && line < 40_050) value = line % 2 === 0 ? 120 : -300; // a change on every line
    given.push(value);
    runs.set(line, value);
  }
  assertReadsBack(runs, given, random);
  assert.equal(new Runs(7).at(3), 7, 'before any set, every line has the initial value');
});

test('times read back to the microsecond: unknown ones, before 1970, across 72-minute boundaries, going back', () => {
  const random = new Random(3);
  const times = new TimeColumn();
  const given: number[] = [];
  let ms = Date.UTC(2024, 2, 31, 1, 59, 0);
  for (let line = 0; line < 100_000; line++) {
    if (line % 997 === 0) given.push(NaN); // a line without a time (not syslog)
    else if (line === 50_000) given.push(-86_400_000.5); // 1969, a fraction of a millisecond
    else {
      ms += random.int(400) - 50; // mostly forward, sometimes a little back
      given.push(line % 3 === 0 ? ms + random.int(1000) / 1000 : ms);
    }
    times.set(line, given[line]);
  }
  assertReadsBack(times, given, random);
});
