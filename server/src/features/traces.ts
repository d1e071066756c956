import type { Connection } from 'vscode-languageserver';
import { traces, traceAtLine, journeyText } from '../engine/trace';
import type { IndexedLog } from '../engine/lineSource';
import { JourneyTextRequest, TraceAtRequest, TracesRequest, type LineOrigin } from '../protocol';
import { logFor, type ServerContext } from '../context';
import { answering, located } from './largeFiles';

/** The largest page of journeys one request gets (`maillog.traces.pageSize`'s maximum): a workspace setting is not trusted. */
export const MAX_TRACES_PAGE = 10_000;

export function registerTraces(connection: Connection, context: ServerContext): void {
  connection.onRequest(TracesRequest, ({ textDocument, ...query }) => indexed(context, textDocument.uri, () => {
    const log = logFor(context, textDocument.uri);
    const limit = Math.min(MAX_TRACES_PAGE, Math.max(0, Math.floor(Number(query.limit ?? MAX_TRACES_PAGE)) || 0));
    const offset = Math.max(0, Math.floor(Number(query.offset ?? 0)) || 0);
    if (!log) return { traces: [], total: 0 };
    const page = traces(log, context.locale, { ...query, limit, offset });
    return { ...page, traces: page.traces.map((trace) => located(log, trace)) };
  }));
  connection.onRequest(TraceAtRequest, ({ textDocument, line }) => indexed(context, textDocument.uri, () => {
    const log = logFor(context, textDocument.uri);
    const trace = log && hasLine(log, line) && traceAtLine(log, line, context.locale);
    return log && trace ? located(log, trace) : null;
  }));
  connection.onRequest(JourneyTextRequest, ({ uri, line }) => indexed(context, uri, () => {
    const log = logFor(context, uri);
    const trace = log && hasLine(log, line) && traceAtLine(log, line, context.locale);
    if (!log || !trace) return null;
    const { files, origins } = located(log, trace) as { files?: string[]; origins?: LineOrigin[] };
    return { text: journeyText(log, trace.lines), lines: trace.lines, queueIds: trace.queueIds, files, origins };
  }));
}

/** Answers once an open document's journey index is built (hovers are answered meanwhile), for a large file as `answering` does. */
export function indexed<T>(context: ServerContext, uri: string, answer: () => T): T | Promise<Awaited<T>> {
  return context.documents.whenIndexed(uri, () => answering(context, uri, answer)) as T | Promise<Awaited<T>>;
}

/** A line asked about may be past the end of a log that shrank since the client saw it. */
function hasLine(log: IndexedLog, line: unknown): line is number {
  return Number.isInteger(line) && (line as number) >= 0 && (line as number) < log.lineCount;
}
