// The named groups the journey index and the summary read (catalog/types.ts) exist in the
// catalog: a renamed group would otherwise silently stop a link or a count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, INDEX_GROUPS, QUEUED_GROUPS, SUMMARY_GROUPS, type CatalogEntry, type LineRole } from '../server/src/engine/catalog';

function groupsOf(entry: CatalogEntry): Set<string> {
  const names = new Set<string>();
  for (const pattern of [entry.pattern, ...(entry.extract ?? [])]) {
    for (const m of pattern.source.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)) names.add(m[1]);
  }
  return names;
}

/** Names no entry matching `which` captures. */
function unknown(names: readonly string[], which: (entry: CatalogEntry) => boolean): string[] {
  const captured = new Set(CATALOG.filter(which).flatMap((entry) => [...groupsOf(entry)]));
  return names.filter((name) => !captured.has(name));
}

test('every group the index links by is captured by an entry of its role', () => {
  const missing = Object.entries(INDEX_GROUPS).flatMap(([role, names]) => unknown(names, (e) => e.role === (role as LineRole)).map((name) => `${role}: ${name}`));
  assert.deepEqual(missing, []);
});

test('every queue-active entry captures the sender, the size and the recipient count', () => {
  const missing = CATALOG.filter((e) => e.role === 'queued').flatMap((e) => QUEUED_GROUPS.filter((name) => !groupsOf(e).has(name)).map((name) => `${e.kind}: ${name}`));
  assert.deepEqual(missing, []);
  assert.ok(CATALOG.some((e) => e.role === 'queued'));
});

test('every group the summary reads of rejects, holds and discards is captured by such an entry', () => {
  const decides = (e: CatalogEntry) => e.role !== 'delivery' && (e.outcome === 'rejected' || e.outcome === 'held' || e.outcome === 'discarded');
  assert.deepEqual(unknown(Object.values(SUMMARY_GROUPS).flat(), decides), []);
});

test('a delivery names its next hop exactly when its entry says where it leads (nextHop)', () => {
  const wrong = CATALOG.filter((e) => (e.role === 'delivery' && groupsOf(e).has('queued_as')) !== (e.nextHop !== undefined)).map((e) => e.kind);
  assert.deepEqual(wrong, []);
  assert.deepEqual(CATALOG.filter((e) => e.nextHop).map((e) => [e.kind, e.nextHop]), [['delivery.requeued', 'filter'], ['delivery.forwarded', 'forward']]);
});
