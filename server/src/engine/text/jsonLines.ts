// `cli.js parse`: one JSON object per log line, written by hand (JSON.stringify of an object per
// line was most of parse's time), the same on the main thread and in parse workers.
import { CATALOG } from '../catalog';
import type { Field } from './fields';
import { inertJson } from './inert';
import { lineFields } from '../model/parse';
import { type ParsedLine } from '../model/lineSource';

/** Fields that name another queue ID: the links of a line. */
const LINK_FIELDS = ['queued_as', 'orig_queue_id'];

/**
 * One line's JSON object, written by hand (JSON.stringify of an object per line was most of
 * parse's time): file, line, program, pid, queueId, kind, fields (a name once, its last value,
 * in line order) and linkedQueueIds. A string with anything to escape goes through inertJson.
 */
export function lineJson(fileJson: string, line: number, text: string, parsed: ParsedLine): string {
  const fields = lineFields(text, parsed);
  // Every string below but the kind is a piece of the line (names: keys or group names): a line
  // with nothing to escape has no piece to escape.
  const quoted = NEEDS_ESCAPING.test(text) ? escapedString : plainString;
  let fieldsJson = '';
  for (let i = 0; i < fields.length; i++) {
    const name = fields[i].name;
    if (fields.findIndex((f) => f.name === name) !== i) continue; // written at its first place, with its last value
    fieldsJson += `${fieldsJson === '' ? '' : ','}${quoted(name)}:${quoted(lastValue(fields, name)!)}`;
  }
  const linked = LINK_FIELDS.flatMap((name) => {
    const value = lastValue(fields, name);
    return value === undefined ? [] : [quoted(value)];
  });
  const program = parsed.program === undefined ? 'null' : quoted(parsed.program);
  const queueId = parsed.queueId === undefined ? 'null' : quoted(parsed.queueId);
  const kind = parsed.entry >= 0 ? (kindJson[parsed.entry] ??= escapedString(CATALOG[parsed.entry].kind)) : 'null';
  return `{"file":${fileJson},"line":${line + 1},"program":${program},"pid":${parsed.pid >= 0 ? parsed.pid : 'null'},"queueId":${queueId},"kind":${kind},"fields":{${fieldsJson}},"linkedQueueIds":[${linked.join(',')}]}`;
}

/** Printable ASCII but `"` and `\\` is its own JSON; anything else goes through inertJson's escaping (one class: a fast scan). */
const NEEDS_ESCAPING = /[^ !#-[\]-~]/;
const escapedString = (value: string) => (NEEDS_ESCAPING.test(value) ? inertJson(value) : `"${value}"`);
const plainString = (value: string) => `"${value}"`;
/** A string as JSON, with inertJson's escaping when it needs any. */
export const jsonString = escapedString;
/** Each catalog entry's kind as JSON, by entry index. */
const kindJson: (string | undefined)[] = [];

function lastValue(fields: readonly Field[], name: string): string | undefined {
  for (let i = fields.length - 1; i >= 0; i--) if (fields[i].name === name) return fields[i].value;
  return undefined;
}
