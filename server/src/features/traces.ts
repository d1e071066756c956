import type { Connection } from 'vscode-languageserver';
import { traces, traceAtLine, journeyText } from '../engine/trace';
import { JourneyTextRequest, TraceAtRequest, TracesRequest } from '../protocol';
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
  connection.onRequest(JourneyTextRequest, ({ uri, line }) => {
    const log = logFor(context, uri);
    const trace = log && traceAtLine(log, line, context.locale);
    if (!log || !trace) return null;
    return { text: journeyText(log, trace.lines), lines: trace.lines, queueIds: trace.queueIds };
  });
}
