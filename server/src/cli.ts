#!/usr/bin/env node
// The engine from a shell, for servers without VS Code:
//   node dist/cli.js parse FILE...             JSON Lines, one object per input line
//   node dist/cli.js trace FILE... QUEUEID     the whole journey of a message, every hop, explained
//   node dist/cli.js summary FILE... [--json]  pflogsumm's totals, each message counted once
// Every input is read as a stream (files, plain or gzip; pipes; `-` for standard input), and
// several are put into one timeline by their first timestamps. Memory grows with the messages
// and lines kept, never with the length of a line (cut at LONGEST_LINE) or of a file.
import { once } from 'node:events';
import * as fs from 'node:fs';
import type { LargeLog, SetFile, StreamInputOptions } from './engine/model/largeLog';
import { isPlainFile, readLogSet } from './engine/model/logInput';
import { lineDetails } from './engine/model/parse';
import { type ParsedLine } from './engine/model/lineSource';
import { jsonString, lineJson } from './engine/text/jsonLines';
import { jsonLinesInWorkers, jsonLinesWorkerCount } from './engine/model/parallelJsonLines';
import { summarizeLine } from './engine/text/explain';
import { inertJson, inertText } from './engine/text/inert';
import { buildJourney, journeyOf } from './engine/features/journeyReports';
import { toLocale, type Locale } from './engine/text/i18n';
import { text as t } from './engine/text/strings';
import { summarize } from './engine/features/summary';
import { formatSummary } from './engine/features/summaryText';
import type { QueueMessage } from './engine/model/journeys';
import { formatTime } from './engine/model/time';

const USAGE = `usage: maillog parse FILE...
       maillog trace FILE... QUEUEID
       maillog summary FILE... [--json]
A FILE may be gzip-compressed (told by its content), a pipe, or - for standard input. Several
files are read as one log, in the order of their first timestamps (a rotated series by time,
not by name), so journeys cross them.
options: --lang en|zh-cn (default: from LANG)
Line numbers in the output (text and JSON) count from 1, as editors show them: parse and trace
give the line within each file; summary, the line within all the files read in that order.`;

/** Keys of the summary whose values are line numbers (0-based in the engine and over LSP). */
const LINE_KEYS = new Set(['lines', 'startedLines', 'unfinishedLines']);

async function main(argv: string[]): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const locale = toLocale(langAt >= 0 ? argv[langAt + 1] : process.env.LANG?.split('.')[0].replace('_', '-'));
  const args = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  const json = args.includes('--json');
  const [command, ...operands] = args.filter((a) => a !== '--json');
  const files = command === 'trace' ? operands.slice(0, -1) : operands;
  if (files.length === 0 || !['parse', 'trace', 'summary'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let logs: LogSet | undefined;
  try {
    if (command === 'parse') return await parse(files);
    logs = await readLogs(files);
    if (command === 'trace') return trace(logs, operands[operands.length - 1], locale);
    const report = summarize(logs.log);
    if (!json) write([formatSummary(report, locale)]);
    // With the files it covers, in time order: where each one's lines are among all of them.
    else write([inertJson({ ...report, files: fileSpans(logs) }, 2, (key, value: unknown) => (LINE_KEYS.has(key) && Array.isArray(value) ? value.map((l: number) => l + 1) : value))]);
    return 0;
  } catch (error) {
    const name = (error as { input?: string }).input ?? files.join(' ');
    process.stderr.write(`maillog: cannot read ${inertText(name)}: ${inertText((error as Error).message)}\n`);
    return 1;
  } finally {
    logs?.log.close();
  }
}

/** The log of one or more inputs, and where each input's lines start in it. */
interface LogSet {
  readonly log: LargeLog;
  readonly files: readonly SetFile[];
}

/**
 * The inputs as one log set, read once from their starts, ordered by first timestamps: plain
 * files in place (their lines are read back from them); gzip, pipes and standard input as
 * streams whose lines are copied to a temporary file when they must be read back.
 */
async function readLogs(names: readonly string[], options: StreamInputOptions = {}, onFileLine?: FileLineListener): Promise<LogSet> {
  let file = { name: '', firstLine: 0 };
  let lines = 0;
  const { log, endedEarly } = await readLogSet(names, {
    ...options,
    onSource: (_, name) => (file = { name, firstLine: lines }),
    onLine: (line, text, parsed) => {
      lines = line + 1;
      onFileLine?.(file.name, line - file.firstLine, text, parsed);
    },
  });
  for (const name of endedEarly) process.stderr.write(`maillog: ${inertText(name)} ends early (a gzip file cut short): its lines up to there are read\n`);
  return { log, files: log.files };
}

/** A line with the input it comes from and its 0-based number there. */
type FileLineListener = (file: string, line: number, text: string, parsed: ParsedLine) => void;

/** Each input, in the order read: its first line among all (from 1) and its number of lines. */
function fileSpans(logs: LogSet): { file: string; firstLine: number; lines: number }[] {
  return logs.files.map(({ name, firstLine, lines }) => ({ file: name, firstLine: firstLine + 1, lines }));
}

async function parse(names: readonly string[]): Promise<number> {
  // A big file is read in ranges by worker threads, one per core, each writing its lines' JSON.
  const size = names.length === 1 && isPlainFile(names[0]) ? fs.statSync(names[0]).size : 0;
  const workers = jsonLinesWorkerCount(size);
  if (workers > 0) {
    await jsonLinesInWorkers(names[0], jsonString(names[0]), size, workers, (json) => (process.stdout.write(json) ? undefined : once(process.stdout, 'drain')));
    return 0;
  }
  const out: string[] = [];
  let file = '';
  let fileJson = '';
  const logs = await readLogs(names, { index: false, readBack: false, backpressure: () => draining }, (name, line, text, parsed) => {
    if (name !== file) fileJson = jsonString((file = name));
    out.push(lineJson(fileJson, line, text, parsed));
    if (out.length >= 1000) write(out);
  });
  logs.log.close();
  write(out);
  return 0;
}

/**
 * Every message that had the queue ID (Postfix reuses them), each with its whole journey and time
 * span; with several files, each line names its file and its line there.
 */
function trace(logs: LogSet, queueId: string, locale: Locale): number {
  const { log } = logs;
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
    const journey = buildJourney(log, hops, locale, false);
    const span = wallSpan(log, journey.lines);
    if (out.length > 0) out.push('');
    out.push(`# ${t(locale, 'traceHeading', { ids: inertText(journey.queueIds.join(' -> ')) })} (${journey.status}${span})`);
    for (const line of journey.lines) {
      const text = log.text(line);
      const where = logs.files.length > 1 ? log.whereIs(line) : undefined;
      const prefix = where ? `${inertText(logs.files[where.file].name)}:${where.line + 1}: ` : '';
      out.push(prefix + inertText(text, 4096), `    # ${inertText(summarizeLine(lineDetails(text, log.parsed(line)), locale), 1000)}`);
    }
  }
  write(out);
  return 0;
}

/** `, 2018-08-19 05:49:42 - 2018-08-19 05:49:49`: the lines' earliest and latest times as the log wrote them (its lines show no zone); empty when none has a time. */
function wallSpan(log: LargeLog, lines: readonly number[]): string {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const line of lines) {
    const time = log.wallTime(line);
    if (time < earliest) earliest = time;
    if (time > latest) latest = time;
  }
  return earliest <= latest ? `, ${formatTime(earliest)} - ${formatTime(latest)}` : '';
}

/** Set when standard output's buffer is full: reading waits for it to drain (memory stays bounded). */
let draining: Promise<unknown> | undefined;

function write(out: string[]): void {
  if (out.length === 0) return;
  if (!process.stdout.write(out.join('\n') + '\n')) draining ??= once(process.stdout, 'drain').finally(() => (draining = undefined));
  out.length = 0;
}

// `maillog parse ... | head`: the reader left, and there is nobody to tell.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
