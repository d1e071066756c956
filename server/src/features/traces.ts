import type { Connection } from 'vscode-languageserver';
import { traces, traceAtLine } from '../engine/trace';
import { TraceAtRequest, TracesRequest } from '../protocol';
import type { ServerContext } from '../context';

export function registerTraces(connection: Connection, context: ServerContext): void {
  connection.onRequest(TracesRequest, ({ textDocument, ...query }) => {
    const document = context.documents.get(textDocument.uri);
    return document ? traces(document, context.locale, query) : { traces: [], total: 0 };
  });
  connection.onRequest(TraceAtRequest, ({ textDocument, line }) => {
    const document = context.documents.get(textDocument.uri);
    return (document && traceAtLine(document, line, context.locale)) ?? null;
  });
}
