// Custom requests of the Maillog language server, declared once and imported by both the
// client and the server so their parameter and result types cannot drift apart.
import { NotificationType, RequestType, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { Journey, JourneyQuery } from './engine/features/journeyReports';
import type { MailSummary } from './engine/features/summaryTypes';

export type { Journey, JourneyEvent, JourneyRecipient, JourneyStatus } from './engine/features/journeyReports';
export type { MailSummary } from './engine/features/summaryTypes';

export interface TracesParams extends JourneyQuery {
  readonly textDocument: { readonly uri: string };
}

/** A journey of a log set also says where its lines are: `files` by path, `origins` parallel to `lines`, and each event's `origin`. */
export interface LocatedJourney extends Journey {
  readonly files?: string[];
  readonly origins?: LineOrigin[];
  readonly events: (Journey['events'][number] & { readonly origin?: LineOrigin })[];
}

export interface TracesResult {
  readonly traces: LocatedJourney[];
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
export const TraceAtRequest = new RequestType<TraceAtParams, LocatedJourney | null, void>('maillog/traceAt');

export interface SummaryParams {
  readonly textDocument: { readonly uri: string };
}

/** pflogsumm-style totals of a document, counting each journey once through content filters. */
export const SummaryRequest = new RequestType<SummaryParams, MailSummary | null, void>('maillog/summary');

export interface OpenLargeFileParams extends WorkDoneProgressParams {
  /** Absolute path of a log on the server's disk. */
  readonly path: string;
  /**
   * The URI the client will ask about this log with, in its own encoding (VS Code percent-encodes
   * spaces, drive letters, ...); `maillog-large:` + the path when not given.
   */
  readonly uri?: string;
  /**
   * The URI the user picked, when there is one: only `file:` URIs are indexed (in a virtual
   * workspace the path would name an unrelated local file).
   */
  readonly source?: string;
}

export interface OpenLargeFileResult {
  /** The `maillog-large:` URI to ask `maillog/traces` about. */
  readonly uri: string;
  readonly lines: number;
  readonly journeys: number;
  /** A gzip file whose data stops before its end (cut short): its lines up to there are read. */
  readonly endedEarly?: boolean;
}

/**
 * Indexes a file too large to open as a document (VS Code's limit for extensions is 50 MB) in
 * one streaming pass, with work-done progress and cancellation.
 */
export const OpenLargeFileRequest = new RequestType<OpenLargeFileParams, OpenLargeFileResult, void>('maillog/openLargeFile');

export interface OpenLogSetParams extends WorkDoneProgressParams {
  /**
   * Absolute paths on the server's disk: files (plain or gzip, told by content), or folders,
   * meaning the mail logs in them (and one level down) by name, with their `.gz` rotations.
   */
  readonly paths: string[];
  /** The URI the client will ask about the set with, in its own encoding; the server makes one when not given. */
  readonly uri?: string;
}

export interface LogSetFile {
  readonly path: string;
  /** Its lines; they are the set's lines from the sum of the earlier files' lines on. */
  readonly lines: number;
}

export interface OpenLogSetResult {
  /** The `maillog-large:` URI to ask `maillog/traces`, `traceAt`, `journeyText` and `summary` about. */
  readonly uri: string;
  /** Each host's files by their first timestamps (a rotated series by time); several hosts' lines are merged by time. */
  readonly files: LogSetFile[];
  readonly lines: number;
  readonly journeys: number;
  /** The lines name several hosts: queue IDs are keyed by host, relays between them link journeys. */
  readonly hosts: boolean;
  /** Gzip files whose data stops before its end (cut short): their lines up to there are read. */
  readonly endedEarly?: string[];
}

/**
 * Indexes several logs as one (a rotated series, several hosts), in one streaming pass with
 * work-done progress and cancellation; closed with `maillog/closeLargeFile`.
 */
export const OpenLogSetRequest = new RequestType<OpenLogSetParams, OpenLogSetResult, void>('maillog/openLogSet');

export interface OpenJournalParams extends WorkDoneProgressParams {
  /** journalctl's `--since` (`today`, `2h ago`, `2024-05-01 10:00`). */
  readonly since: string;
  readonly until?: string;
  /** The URI the client will ask about it with; the server makes one when not given. */
  readonly uri?: string;
}

/**
 * Reads Postfix's systemd journal (`journalctl -o short-iso -u postfix*`) over a time span as a
 * log set of one stream, with work-done progress and cancellation; closed with `maillog/closeLargeFile`.
 */
export const OpenJournalRequest = new RequestType<OpenJournalParams, OpenLogSetResult, void>('maillog/openJournal');

export interface LineOrigin {
  /** The file's index in the set's `files`. */
  readonly file: number;
  /** The line within that file, 0-based. */
  readonly line: number;
}

export interface CloseLargeFileParams {
  /** The URI `maillog/openLargeFile` answered. */
  readonly uri: string;
}

/**
 * Releases a large file's index and descriptor when no view shows its journeys any more. The
 * server also releases the least recently used beyond a few; asking about a released file is
 * answered with the LARGE_FILE_STALE error.
 */
export const CloseLargeFileNotification = new NotificationType<CloseLargeFileParams>('maillog/closeLargeFile');

/**
 * Error code of requests about a large file that was truncated, replaced or deleted since it was
 * indexed, or released: its lines can no longer be read; `maillog/openLargeFile` indexes it again.
 */
export const LARGE_FILE_STALE = -32001;

export interface JourneyTextParams {
  readonly uri: string;
  /** Any line of the journey. */
  readonly line: number;
}

export interface JourneyTextResult {
  /** The journey's lines, one per line, read back from the file. */
  readonly text: string;
  /** Their line numbers in the file, in the same order. */
  readonly lines: number[];
  readonly queueIds: string[];
  /** For a log set: the files (paths) and where each line is in its file, in the same order as `lines`. */
  readonly files?: string[];
  readonly origins?: LineOrigin[];
}

/**
 * The lines of one journey of a log (open or large file), read from the server's copy: a large
 * file's journey becomes a read-only document of its own; any journey can be copied.
 */
export const JourneyTextRequest = new RequestType<JourneyTextParams, JourneyTextResult | null, void>('maillog/journeyText');

export interface OpenFromDiskParams {
  readonly textDocument: { readonly uri: string; readonly languageId: string; readonly version: number };
  /** The document's file on the disk the server shares with the client. */
  readonly path: string;
  /** UTF-8 length and SHA-1 (hex) of the document's text: the file serves only if its first bytes match both. */
  readonly byteLength: number;
  readonly sha1: string;
}

/**
 * Opens a saved document from its file instead of receiving its text in didOpen: 30 MB of JSON
 * take about a second on the wire, the file a tenth of that. Answers whether the file matched;
 * when it did not (edited, re-encoded, rotated), the client sends the usual didOpen.
 */
export const OpenFromDiskRequest = new RequestType<OpenFromDiskParams, boolean, void>('maillog/openFromDisk');

export const LARGE_FILE_SCHEME = 'maillog-large';

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

/** The most problems reported per log, whatever `maillog.diagnostics.maxProblems` says. */
export const MAX_PROBLEMS = 10_000;

export const DEFAULT_SETTINGS: ServerSettings = {
  diagnostics: {
    enabled: true, deferred: true, bounced: true, expired: true, rejected: true, warnings: true, errors: true, maxProblems: 1000,
  },
};
