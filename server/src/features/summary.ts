import type { Connection } from 'vscode-languageserver';
import { summarize } from '../engine/summary';
import { SummaryRequest } from '../protocol';
import type { ServerContext } from '../context';

/** `maillog/summary`: the pflogsumm-style report of an open document, null when it is not open. */
export function registerSummary(connection: Connection, context: ServerContext): void {
  connection.onRequest(SummaryRequest, ({ textDocument }) => {
    const document = context.documents.get(textDocument.uri);
    return document ? summarize(document) : null;
  });
}
