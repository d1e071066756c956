import type { Connection } from 'vscode-languageserver';
import { summarize } from '../engine/summary';
import { SummaryRequest } from '../protocol';
import { logFor, type ServerContext } from '../context';

/** `maillog/summary`: the pflogsumm-style report of an open document or an indexed large file, null for others. */
export function registerSummary(connection: Connection, context: ServerContext): void {
  connection.onRequest(SummaryRequest, ({ textDocument }) => {
    const document = logFor(context, textDocument.uri);
    return document ? summarize(document) : null;
  });
}
