import type { Field } from '../text/fields';
import type { CatalogEntry } from './types';
import { CATALOG } from './index';

/**
 * Real Postfix lines are at most a few kB (syslog truncates them); matching only a bounded
 * prefix keeps every pattern's cost bounded on hostile 1 MB lines.
 */
export const MATCH_LIMIT = 4096;

const ANY = '*';

interface CompiledEntry {
  readonly index: number;
  /** Literal text every match starts with (from the pattern's source), checked before the regex. */
  readonly prefix: string;
  /** The pattern made sticky, to match at the body's offset without slicing the line. */
  readonly sticky: RegExp;
}

let byDaemon: Map<string, readonly CompiledEntry[]> | undefined;
let byIndex: CompiledEntry[] = [];
let anyDaemon: CompiledEntry[] = [];

/** Built on first use: CATALOG is defined by the module that imports this one. */
function tables(): Map<string, readonly CompiledEntry[]> {
  if (byDaemon) return byDaemon;
  const lists = new Map<string, CompiledEntry[]>();
  anyDaemon = [];
  byIndex = [];
  CATALOG.forEach((entry, index) => {
    const compiled = compile(entry, index);
    byIndex.push(compiled);
    for (const daemon of entry.daemons) {
      if (daemon === ANY) anyDaemon.push(compiled);
      else (lists.get(daemon) ?? lists.set(daemon, []).get(daemon)!).push(compiled);
    }
  });
  byDaemon = new Map([...lists].map(([daemon, list]) => [daemon, [...list, ...anyDaemon]]));
  return byDaemon;
}

/**
 * Every pattern is anchored at the message's start and has no top-level `|` (a catalog author's
 * error otherwise, thrown on first use): dropping the `^` and adding the sticky flag matches it
 * at the body's offset without slicing the line.
 */
function compile(entry: CatalogEntry, index: number): CompiledEntry {
  const source = entry.pattern.source;
  if (!source.startsWith('^') || hasTopLevelAlternation(source)) {
    throw new Error(`catalog entry ${entry.kind}: its pattern must start with ^ and have no top-level |`);
  }
  const body = source.slice(1);
  return {
    index,
    prefix: entry.pattern.flags.includes('i') ? '' : literalPrefix(body),
    sticky: new RegExp(body, entry.pattern.flags.replace(/[gy]/g, '') + 'y'),
  };
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The characters a regex source matches literally at its start (`to=<` of `to=<[^>]*>`). */
function literalPrefix(source: string): string {
  let prefix = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) break; // \d, \s, \b, ... are classes
      prefix += next;
      i++;
    } else if ('.[](){}*+?|^$'.includes(c)) {
      // A quantifier applies to the character before it, which is then not certain.
      if ('*+?{'.includes(c)) prefix = prefix.slice(0, -1);
      break;
    } else {
      prefix += c;
    }
  }
  return prefix;
}

/** Index into CATALOG of the entry that explains the message at `bodyStart` of a line, or -1. */
export function matchEntry(daemon: string, line: string, bodyStart: number): number {
  const candidates = tables().get(daemon) ?? anyDaemon;
  const bounded = line.length - bodyStart > MATCH_LIMIT;
  const text = bounded ? line.slice(bodyStart, bodyStart + MATCH_LIMIT) : line;
  const at = bounded ? 0 : bodyStart;
  for (const candidate of candidates) {
    if (candidate.prefix && !text.startsWith(candidate.prefix, at)) continue;
    candidate.sticky.lastIndex = at;
    if (candidate.sticky.test(text)) return candidate.index;
  }
  return -1;
}

/**
 * The named groups of an entry's pattern and extract patterns as plain values: what the journey
 * index reads from most lines, without the cost of match indices. With `wanted`, extract patterns
 * that cannot supply a missing wanted value are skipped, and other optional values may be absent.
 */
export function entryValues(entryIndex: number, line: string, bodyStart: number, wanted?: readonly string[]): Record<string, string | undefined> {
  tables();
  const compiled = byIndex[entryIndex];
  const entry = CATALOG[entryIndex];
  const bounded = line.length - bodyStart > MATCH_LIMIT;
  const text = bounded ? line.slice(bodyStart, bodyStart + MATCH_LIMIT) : line;
  const regex = compiled.sticky;
  regex.lastIndex = bounded ? 0 : bodyStart;
  // exec makes a fresh groups object per match: use it as the result rather than copying it.
  const values: Record<string, string | undefined> = regex.exec(text)?.groups ?? {};
  if (entry.extract) {
    const body = bounded ? text : line.slice(bodyStart, bodyStart + MATCH_LIMIT);
    for (const pattern of entry.extract) {
      // Each extract pattern scans the whole text: skip the ones that cannot supply a wanted value.
      if (wanted && !wanted.some((name) => values[name] === undefined && groupNames(pattern).has(name))) continue;
      const groups = pattern.exec(body)?.groups;
      if (groups) for (const name in groups) if (groups[name] !== undefined) values[name] ??= groups[name];
    }
  }
  return values;
}

const groupsOf = new Map<RegExp, ReadonlySet<string>>();
function groupNames(pattern: RegExp): ReadonlySet<string> {
  let names = groupsOf.get(pattern);
  if (!names) {
    names = new Set([...pattern.source.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((m) => m[1]));
    groupsOf.set(pattern, names);
  }
  return names;
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
