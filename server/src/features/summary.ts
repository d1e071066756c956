import type { Connection } from 'vscode-languageserver';
import { summarize } from '../engine/features/summary';
import { SummaryRequest } from '../protocol';
import { logFor, type ServerContext } from '../context';
import { indexed } from './traces';

/** `maillog/summary`: the pflogsumm-style report of an open document or an indexed large file, null for others. */
export function registerSummary(connection: Connection, context: ServerContext): void {
  connection.onRequest(SummaryRequest, ({ textDocument }) => indexed(context, textDocument.uri, () => {
    const log = logFor(context, textDocument.uri);
    return log ? summarize(log) : null;
  }));
}
