// The engine from a shell, for servers without VS Code:
//   node dist/cli.js parse FILE             JSON Lines, one object per input line
//   node dist/cli.js trace FILE QUEUEID     the whole journey of a message, every hop, explained
//   node dist/cli.js summary FILE [--json]  pflogsumm's totals, each message counted once
// parse and trace stream the file (memory stays bounded on logs of any size).
import * as fs from 'node:fs';
import { MaillogDocument } from './engine/document';
import { LargeLog } from './engine/largeLog';
import { lineDetails, type ParsedLine } from './engine/parse';
import { summarizeLine } from './engine/explain';
import { inertText } from './engine/inert';
import { buildTrace, journeyOf } from './engine/trace';
import { CATALOG } from './engine/catalog';
import { toLocale, type Locale } from './engine/i18n';
import { text as t } from './engine/strings';
import { summarize } from './engine/summary';
import { formatSummary } from './engine/summaryText';

const USAGE = `usage: maillog parse FILE
       maillog trace FILE QUEUEID
       maillog summary FILE [--json]
options: --lang en|zh-cn (default: from LANG)`;

/** Fields that name another queue ID: the links of a line. */
const LINK_FIELDS = ['queued_as', 'orig_queue_id'];

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
    const report = summarize(new MaillogDocument(fs.readFileSync(file, 'utf8')));
    write([json ? JSON.stringify(report, null, 2) : formatSummary(report, locale)]);
    return 0;
  } catch (error) {
    process.stderr.write(`maillog: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
}

async function parse(file: string): Promise<number> {
  const out: string[] = [];
  let emptyLast = false;
  await LargeLog.read(file, {
    index: false,
    onLine: (line, text, parsed) => {
      emptyLast = text === '';
      if (emptyLast) return; // printed later unless it is the file's final newline
      out.push(JSON.stringify(lineObject(line, text, parsed)));
      if (out.length >= 1000) write(out);
    },
  });
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

async function trace(file: string, queueId: string, locale: Locale): Promise<number> {
  const log = await LargeLog.read(file);
  const message = log.journeys.messagesWithId(queueId)[0];
  if (!message) {
    process.stderr.write(`${t(locale, 'traceNotFound', { queue_id: inertText(queueId) })}\n`);
    return 1;
  }
  const journey = buildTrace(log, journeyOf(message), locale, false);
  const out = [`# ${t(locale, 'traceHeading', { ids: journey.queueIds.join(' -> ') })} (${journey.status})`];
  for (const line of journey.lines) {
    const text = log.text(line);
    out.push(inertText(text, 4096), `    # ${inertText(summarizeLine(lineDetails(text, log.parsed(line)), locale), 1000)}`);
  }
  write(out);
  log.close();
  return 0;
}

function write(out: string[]): void {
  if (out.length === 0) return;
  fs.writeSync(1, out.join('\n') + '\n');
  out.length = 0;
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
