// Logs for the Summary tests: the seed's summary, generated logs (cached per size and seed) and
// the regexes that read a generated log's queue lines and hand-overs to amavis.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { summarize } from '../../server/src/engine/features/summary';
import type { MailSummary } from '../../server/src/engine/features/summaryTypes';
import { ROOT } from './paths';

export const GENERATOR = path.join(ROOT, '..', 'shared', 'tools', 'gen-maillog.mjs');
export const NO_GENERATOR = fs.existsSync(GENERATOR) ? false : `the log generator is not at ${GENERATOR}`;

export function summaryOf(text: string): MailSummary {
  return summarize(new MaillogDocument(text, { defaultYear: 2018 }));
}

const generated = new Map<string, string>();
export function generate(lines: number, seed: number): string {
  const key = `${lines}/${seed}`;
  if (!generated.has(key)) {
    generated.set(key, execFileSync(process.execPath, [GENERATOR, '--lines', String(lines), '--seed', String(seed)], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  }
  return generated.get(key)!;
}

export function logLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A queue line of a generated log: program, queue ID, text after the ID. */
export const QUEUE_LINE = /^\w{3} [ \d]\d \d\d:\d\d:\d\d \S+ (\S+?)\[\d+\]: ([0-9A-F]{10}): (.*)$/;
/** A hand-over to amavis on 127.0.0.1:10024, with the queue ID it was re-queued as. */
export const HAND_OVER = /^to=<[^>]*>, relay=127\.0\.0\.1\[127\.0\.0\.1\]:10024, .* queued as ([0-9A-F]{10})\)$/;
