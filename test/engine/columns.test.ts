import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectedRows, SparseColumn, withRoom } from '../../server/src/engine/model/columns';
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

test('a column grows once to the length projected for the whole log, else by doubling, and keeps its cells', () => {
  const column = Int32Array.from([5, 6, 7]);
  const doubled = withRoom(column, 3);
  assert.deepEqual([...doubled.subarray(0, 3)], [5, 6, 7]);
  assert.equal(doubled.length, 1024, 'small columns start at 1024 cells');
  assert.equal(withRoom(doubled, 1024).length, 2048);
  assert.equal(withRoom(doubled, 1024, 50_000).length, 50_000, 'grown to the projection at once');
  assert.equal(withRoom(doubled, 1024, 1100).length, 1280, 'a projection just past the end still grows by a quarter');
  assert.equal(withRoom(doubled, 5000, 3000).length, 5001, 'a projection already passed is ignored');
  assert.equal(withRoom(doubled, 100, 50_000), doubled, 'a column with room stays as it is');
});

test('rows are projected from the lines read once enough of the expected lines are read, with 5% to spare', () => {
  assert.equal(projectedRows(1_000, 20_000, 1_000_000), 52_500);
  assert.equal(projectedRows(1_000, 9_999, 100_000), 0, 'too few lines to project from');
  assert.equal(projectedRows(1_000, 20_000, 2_000_000), 0, 'less than 1/64 of the expected lines read');
  assert.equal(projectedRows(1_000, 20_000, 20_000), 0, 'every expected line read');
  assert.equal(projectedRows(1_000, 20_000, 0), 0, 'nothing expected (a document, a stream)');
});
