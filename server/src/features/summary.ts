import type { Connection } from 'vscode-languageserver';
import { summarize } from '../engine/summary';
import { SummaryRequest } from '../protocol';
import type { ServerContext } from '../context';
import { answering } from './largeFiles';

/** `maillog/summary`: the pflogsumm-style report of an open document or an indexed large file, null for neither. */
export function registerSummary(connection: Connection, context: ServerContext): void {
  connection.onRequest(SummaryRequest, ({ textDocument }) => answering(context, textDocument.uri, () => {
    const log = context.documents.get(textDocument.uri) ?? context.largeLogs.get(textDocument.uri);
    return log ? summarize(log) : null;
  }));
}
