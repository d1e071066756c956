// The engine from a shell, for servers without VS Code:
//   node dist/cli.js parse FILE             JSON Lines, one object per input line
//   node dist/cli.js trace FILE QUEUEID     the whole journey of a message, every hop, explained
//   node dist/cli.js summary FILE [--json]  pflogsumm's totals, each message counted once
// Every input is read as a stream (files, pipes, `-` for standard input): memory grows with the
// messages and lines kept, never with the length of a line (cut at LONGEST_LINE).
import * as fs from 'node:fs';
import { LargeLog, type StreamInputOptions } from './engine/largeLog';
import { lineDetails, type ParsedLine } from './engine/parse';
import { summarizeLine } from './engine/explain';
import { inertJson, inertText } from './engine/inert';
import { buildTrace, journeyOf } from './engine/trace';
import { CATALOG } from './engine/catalog';
import { toLocale, type Locale } from './engine/i18n';
import { text as t } from './engine/strings';
import { summarize } from './engine/summary';
import { formatSummary } from './engine/summaryText';
import type { QueueMessage } from './engine/journeys';

const USAGE = `usage: maillog parse FILE
       maillog trace FILE QUEUEID
       maillog summary FILE [--json]
FILE may be a pipe, or - for standard input.
options: --lang en|zh-cn (default: from LANG)
Line numbers in the output (text and JSON) count from 1, as editors show them.`;

/** Fields that name another queue ID: the links of a line. */
const LINK_FIELDS = ['queued_as', 'orig_queue_id'];
/** Keys of the summary whose values are line numbers (0-based in the engine and over LSP). */
const LINE_KEYS = new Set(['lines', 'startedLines', 'unfinishedLines']);

async function main(argv: string[]): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const locale = toLocale(langAt >= 0 ? argv[langAt + 1] : process.env.LANG?.split('.')[0].replace('_', '-'));
  const args = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  const json = args.includes('--json');
  const [command, file, queueId] = args.filter((a) => a !== '--json');
  if (!file || !['parse', 'trace', 'summary'].includes(command) || (command === 'trace' && !queueId)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    if (command === 'parse') return await parse(file);
    if (command === 'trace') return await trace(file, queueId, locale);
    return await summary(file, json, locale);
  } catch (error) {
    process.stderr.write(`maillog: cannot read ${inertText(file)}: ${inertText((error as Error).message)}\n`);
    return 1;
  }
}

/**
 * A log read once from its start: a regular file in place (its lines are read back from it),
 * anything else (a pipe, `<(zcat ...)`, standard input) as a stream whose lines are copied to
 * a temporary file when they must be read back.
 */
async function readLog(file: string, options: StreamInputOptions = {}): Promise<LargeLog> {
  if (file === '-') return LargeLog.fromStream('standard input', process.stdin, options);
  if (fs.statSync(file).isFile()) return LargeLog.read(file, options);
  return LargeLog.fromStream(file, fs.createReadStream(file, { highWaterMark: 1 << 20 }), options);
}

async function parse(file: string): Promise<number> {
  const out: string[] = [];
  const log = await readLog(file, {
    index: false,
    readBack: false,
    onLine: (line, text, parsed) => {
      out.push(inertJson(lineObject(line, text, parsed)));
      if (out.length >= 1000) write(out);
    },
  });
  log.close();
  write(out);
  return 0;
}

function lineObject(line: number, text: string, parsed: ParsedLine) {
  const fields: Record<string, string> = {};
  for (const field of lineDetails(text, parsed).fields) fields[field.name] = field.value;
  return {
    line: line + 1,
    program: parsed.program ?? null,
    pid: parsed.pid >= 0 ? parsed.pid : null,
    queueId: parsed.queueId ?? null,
    kind: parsed.entry >= 0 ? CATALOG[parsed.entry].kind : null,
    fields,
    linkedQueueIds: LINK_FIELDS.map((name) => fields[name]).filter((id) => id !== undefined),
  };
}

/** Every message that had the queue ID (Postfix reuses them), each with its whole journey and time span. */
async function trace(file: string, queueId: string, locale: Locale): Promise<number> {
  const log = await readLog(file);
  try {
    const journeys = new Map<QueueMessage, QueueMessage[]>();
    for (const message of log.journeys.messagesWithId(queueId)) {
      const hops = journeyOf(message);
      journeys.set(hops[0], hops);
    }
    if (journeys.size === 0) {
      process.stderr.write(`${t(locale, 'traceNotFound', { queue_id: inertText(queueId) })}\n`);
      return 1;
    }
    const out: string[] = [];
    for (const hops of journeys.values()) {
      const journey = buildTrace(log, hops, locale, false);
      const span = journey.start ? `, ${journey.start} - ${journey.end}` : '';
      if (out.length > 0) out.push('');
      out.push(`# ${t(locale, 'traceHeading', { ids: inertText(journey.queueIds.join(' -> ')) })} (${journey.status}${span})`);
      for (const line of journey.lines) {
        const text = log.text(line);
        out.push(inertText(text, 4096), `    # ${inertText(summarizeLine(lineDetails(text, log.parsed(line)), locale), 1000)}`);
      }
    }
    write(out);
    return 0;
  } finally {
    log.close();
  }
}

async function summary(file: string, json: boolean, locale: Locale): Promise<number> {
  const log = await readLog(file);
  try {
    const report = summarize(log);
    write([json ? inertJson(report, 2, (key, value: unknown) => (LINE_KEYS.has(key) && Array.isArray(value) ? value.map((l: number) => l + 1) : value)) : formatSummary(report, locale)]);
    return 0;
  } finally {
    log.close();
  }
}

function write(out: string[]): void {
  if (out.length === 0) return;
  fs.writeSync(1, out.join('\n') + '\n');
  out.length = 0;
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
