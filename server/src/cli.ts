// The engine from a shell, for servers without VS Code:
//   node dist/cli.js parse FILE           JSON Lines, one object per input line
//   node dist/cli.js trace FILE QUEUEID   the whole journey of a message, every hop, explained
import * as fs from 'node:fs';
import { MaillogDocument } from './engine/document';
import { lineDetails } from './engine/parse';
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

function main(argv: string[]): number {
  const langAt = argv.indexOf('--lang');
  const locale = toLocale(langAt >= 0 ? argv[langAt + 1] : process.env.LANG?.split('.')[0].replace('_', '-'));
  const args = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  const json = args.includes('--json');
  const [command, file, queueId] = args.filter((a) => a !== '--json');
  if (!file || !['parse', 'trace', 'summary'].includes(command) || (command === 'trace' && !queueId)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`maillog: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const document = new MaillogDocument(text);
  if (command === 'summary') {
    const report = summarize(document);
    flush([json ? JSON.stringify(report, null, 2) : formatSummary(report, locale)]);
    return 0;
  }
  return command === 'parse' ? parse(document) : trace(document, queueId, locale);
}

function parse(document: MaillogDocument): number {
  const index = document.journeys;
  const out: string[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    const parsed = document.parsed(line);
    const details = lineDetails(document.text(line), parsed);
    if (line === document.lineCount - 1 && document.text(line) === '') break;
    const fields: Record<string, string> = {};
    for (const field of details.fields) fields[field.name] = field.value;
    const linked = ['queued_as', 'orig_queue_id']
      .map((name) => fields[name])
      .filter((id): id is string => id !== undefined && index.messagesWithId(id).length > 0);
    out.push(JSON.stringify({
      line: line + 1,
      program: parsed.program ?? null,
      pid: parsed.pid >= 0 ? parsed.pid : null,
      queueId: parsed.queueId ?? null,
      kind: parsed.entry >= 0 ? CATALOG[parsed.entry].kind : null,
      fields,
      linkedQueueIds: linked,
    }));
    if (out.length >= 1000) flush(out);
  }
  flush(out);
  return 0;
}

function trace(document: MaillogDocument, queueId: string, locale: Locale): number {
  const message = document.journeys.messagesWithId(queueId)[0];
  if (!message) {
    process.stderr.write(`${t(locale, 'traceNotFound', { queue_id: inertText(queueId) })}\n`);
    return 1;
  }
  const hops = journeyOf(message);
  const journey = buildTrace(document, hops, locale, false);
  const out = [`# ${t(locale, 'traceHeading', { ids: journey.queueIds.join(' -> ') })} (${journey.status})`];
  for (const line of journey.lines) {
    const details = lineDetails(document.text(line), document.parsed(line));
    out.push(inertText(document.text(line), 4096), `    # ${inertText(summarizeLine(details, locale), 1000)}`);
  }
  flush(out);
  return 0;
}

function flush(out: string[]): void {
  if (out.length === 0) return;
  fs.writeSync(1, out.join('\n') + '\n');
  out.length = 0;
}

process.exitCode = main(process.argv.slice(2));
