import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SparseColumn } from '../../server/src/engine/model/columns';
import { Random } from '../support/random';

test('a sparse column reads back each row set, 0 for the others: consecutive, evenly spaced and random rows, past every growth', () => {
  const random = new Random(11);
  const column = new SparseColumn();
  const given = new Map<number, number>();
  const set = (row: number, value: number) => {
    column.set(row, value);
    given.set(row, value);
  };
  for (let row = 0; row < 5_000; row++) set(row, row + 1); // consecutive lines
  for (let row = 1 << 20; row < (1 << 20) + (1 << 16) * 1024; row += 1 << 16) set(row, 7); // evenly spaced by a power of two
  for (let i = 0; i < 30_000; i++) set(random.int(2 ** 31 - 2), random.int(1000) + 1);
  for (let i = 0; i < 1_000; i++) set(random.int(5_000), -(i + 1)); // set again: the new value
  for (const [row, value] of given) assert.equal(column.get(row), value, `row ${row}`);
  for (let i = 0; i < 30_000; i++) {
    const row = random.int(2 ** 31 - 2);
    assert.equal(column.get(row), given.get(row) ?? 0, `row ${row}`);
  }
});
