// Custom requests of the Maillog language server, declared once and imported by both the
// client and the server so their parameter and result types cannot drift apart.
import { RequestType } from 'vscode-languageserver-protocol';
import type { Trace, TraceQuery } from './engine/trace';
import type { MailSummary } from './engine/summary';

export type { Trace, TraceEvent, TraceRecipient, TraceStatus } from './engine/trace';
export type { MailSummary } from './engine/summary';

export interface TracesParams extends TraceQuery {
  readonly textDocument: { readonly uri: string };
}

export interface TracesResult {
  readonly traces: Trace[];
  /** Journeys matching the filter, before paging. */
  readonly total: number;
}

/** The journeys of a document, optionally filtered and paged. */
export const TracesRequest = new RequestType<TracesParams, TracesResult, void>('maillog/traces');

export interface TraceAtParams {
  readonly textDocument: { readonly uri: string };
  readonly line: number;
}

/** The journey that a line belongs to (for "reveal journey under cursor"), or null. */
export const TraceAtRequest = new RequestType<TraceAtParams, Trace | null, void>('maillog/traceAt');

export interface SummaryParams {
  readonly textDocument: { readonly uri: string };
}

/** pflogsumm-style totals of a document, counting each journey once through content filters. */
export const SummaryRequest = new RequestType<SummaryParams, MailSummary | null, void>('maillog/summary');

/** Settings under `maillog.*` that the server reads. */
export interface ServerSettings {
  readonly diagnostics: {
    readonly enabled: boolean;
    readonly deferred: boolean;
    readonly bounced: boolean;
    readonly expired: boolean;
    readonly rejected: boolean;
    readonly warnings: boolean;
    readonly errors: boolean;
    readonly maxProblems: number;
  };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  diagnostics: {
    enabled: true, deferred: true, bounced: true, expired: true, rejected: true, warnings: true, errors: true, maxProblems: 1000,
  },
};
