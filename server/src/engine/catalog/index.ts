import type { Field } from '../fields';
import type { CatalogEntry } from './types';
import { smtpdEntries } from './smtpd';
import { queueEntries } from './queue';
import { deliveryEntries } from './delivery';
import { postscreenEntries } from './postscreen';
import { companionEntries } from './companions';
import { genericEntries } from './generic';

export type { CatalogEntry, LineRole, Outcome, Severity } from './types';

/** Order matters within a daemon: the first matching entry wins, so specific ones come first. */
export const CATALOG: readonly CatalogEntry[] = [
  ...smtpdEntries,
  ...queueEntries,
  ...deliveryEntries,
  ...postscreenEntries,
  ...companionEntries,
  ...genericEntries,
];

/**
 * Real Postfix lines are at most a few kB (syslog truncates them); matching only a bounded
 * prefix keeps every pattern's cost bounded on hostile 1 MB lines.
 */
export const MATCH_LIMIT = 4096;

const ANY = '*';

/** Entry indexes by daemon, each list followed by the entries for any daemon. */
const byDaemon = new Map<string, readonly number[]>();
const anyDaemon: number[] = [];
{
  const lists = new Map<string, number[]>();
  CATALOG.forEach((entry, index) => {
    for (const daemon of entry.daemons) {
      if (daemon === ANY) anyDaemon.push(index);
      else (lists.get(daemon) ?? lists.set(daemon, []).get(daemon)!).push(index);
    }
  });
  for (const [daemon, list] of lists) byDaemon.set(daemon, [...list, ...anyDaemon]);
}

/** Index into CATALOG of the entry that explains this message body, or -1. */
export function matchEntry(daemon: string, body: string): number {
  const candidates = byDaemon.get(daemon) ?? anyDaemon;
  const text = body.length > MATCH_LIMIT ? body.slice(0, MATCH_LIMIT) : body;
  for (const index of candidates) {
    if (CATALOG[index].pattern.test(text)) return index;
  }
  return -1;
}

const withIndices = new Map<RegExp, RegExp>();
function indexed(pattern: RegExp): RegExp {
  let compiled = withIndices.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'd');
    withIndices.set(pattern, compiled);
  }
  return compiled;
}

/** The named groups of an entry's pattern and extract patterns, as fields with line offsets. */
export function entryFields(entry: CatalogEntry, line: string, bodyStart: number): Field[] {
  const body = line.slice(bodyStart, bodyStart + MATCH_LIMIT);
  const fields: Field[] = [];
  for (const pattern of [entry.pattern, ...(entry.extract ?? [])]) {
    const match = indexed(pattern).exec(body);
    const groups = match?.indices?.groups;
    if (!match?.groups || !groups) continue;
    for (const [name, value] of Object.entries(match.groups)) {
      const span = groups[name];
      if (value === undefined || !span) continue;
      fields.push({ name, value, start: bodyStart + span[0], end: bodyStart + span[1], keyStart: bodyStart + span[0] });
    }
  }
  return fields;
}
