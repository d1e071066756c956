import type { Connection } from 'vscode-languageserver';
import { journeyPage, journeyAtLine, journeyText, hopsAtLine, journeyFacts, JOURNEY_LIST_LIMIT } from '../engine/features/journeyReports';
import type { IndexedLog } from '../engine/model/lineSource';
import { JourneyTextRequest, TraceAtRequest, TracesRequest } from '../protocol';
import { logFor, type ServerContext } from '../context';
import { answering, lineOrigins, located } from './largeFiles';

/** The largest page of journeys one request gets (`maillog.traces.pageSize`'s maximum): a workspace setting is not trusted. */
export const MAX_TRACES_PAGE = 10_000;

export function registerTraces(connection: Connection, context: ServerContext): void {
  connection.onRequest(TracesRequest, ({ textDocument, ...query }) => indexed(context, textDocument.uri, () => {
    const log = logFor(context, textDocument.uri);
    const limit = Math.min(MAX_TRACES_PAGE, Math.max(0, Math.floor(Number(query.limit ?? MAX_TRACES_PAGE)) || 0));
    const offset = Math.max(0, Math.floor(Number(query.offset ?? 0)) || 0);
    if (!log) return { traces: [], total: 0 };
    const page = journeyPage(log, context.locale, { ...query, limit, offset });
    return { ...page, traces: page.traces.map((trace) => located(log, trace)) };
  }));
  connection.onRequest(TraceAtRequest, ({ textDocument, line }) => indexed(context, textDocument.uri, () => {
    const log = logFor(context, textDocument.uri);
    const trace = log && hasLine(log, line) && journeyAtLine(log, line, context.locale, JOURNEY_LIST_LIMIT);
    return log && trace ? located(log, trace) : null;
  }));
  connection.onRequest(JourneyTextRequest, ({ uri, line }) => indexed(context, uri, () => {
    const log = logFor(context, uri);
    const hops = log && hasLine(log, line) ? hopsAtLine(log, line) : undefined;
    if (!log || !hops) return null;
    // Every line and hop, however many: no events (the explanation of each line) are needed here.
    const { lines, outline } = journeyFacts(log, hops);
    return { text: journeyText(log, lines), lines, queueIds: outline.queueIds, ...lineOrigins(log, lines) };
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
