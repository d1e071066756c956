import type { Connection } from 'vscode-languageserver';
import { summarize } from '../engine/features/summary';
import type { MailSummary } from '../engine/features/summaryTypes';
import { LargeLog } from '../engine/model/largeLog';
import type { IndexedLog } from '../engine/model/lineSource';
import type { JourneyIndex } from '../engine/model/journeys';
import { SummaryRequest } from '../protocol';
import { logFor, type ServerContext } from '../context';
import { indexed } from './traces';

/** `maillog/summary`: the pflogsumm-style report of an open document, a large file or a log set, null for others. */
export function registerSummary(connection: Connection, context: ServerContext): void {
  connection.onRequest(SummaryRequest, ({ textDocument }) => indexed(context, textDocument.uri, () => {
    const log = logFor(context, textDocument.uri);
    return log ? withFiles(log, summaryOf(log)) : null;
  }));
}

/** Reports by the journey index they were computed from, and its version then: asking again costs nothing until the log changes. */
const reports = new WeakMap<JourneyIndex, { version: number; lineTotal: number; report: MailSummary }>();

function summaryOf(log: IndexedLog): MailSummary {
  const index = log.journeys;
  const kept = reports.get(index);
  if (kept && kept.version === index.version && kept.lineTotal === log.lineTotal) return kept.report;
  const report = summarize(log);
  reports.set(index, { version: index.version, lineTotal: log.lineTotal, report });
  return report;
}

/** A large file's or log set's report says which files it covers. */
function withFiles(log: IndexedLog, report: MailSummary): MailSummary {
  if (!(log instanceof LargeLog)) return report;
  return { ...report, files: log.files.map(({ name, firstLine, lines }) => ({ file: name, firstLine, lines })) };
}
