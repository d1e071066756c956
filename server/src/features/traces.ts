import type { Connection } from 'vscode-languageserver';
import { traces, traceAtLine } from '../engine/trace';
import { TraceAtRequest, TracesRequest } from '../protocol';
import { logFor, type ServerContext } from '../context';

export function registerTraces(connection: Connection, context: ServerContext): void {
  connection.onRequest(TracesRequest, ({ textDocument, ...query }) => {
    const log = logFor(context, textDocument.uri);
    return log ? traces(log, context.locale, query) : { traces: [], total: 0 };
  });
  connection.onRequest(TraceAtRequest, ({ textDocument, line }) => {
    const log = logFor(context, textDocument.uri);
    return (log && traceAtLine(log, line, context.locale)) ?? null;
  });
}
