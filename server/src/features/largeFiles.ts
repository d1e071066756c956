import * as path from 'node:path';
import { ResponseError, type Connection, type WorkDoneProgressReporter } from 'vscode-languageserver';
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { LargeLog, Cancelled, FileChanged, NotRegularFile, type StreamOptions } from '../engine/model/largeLog';
import { expandLogPaths, isPlainFile, journalInput, openInput, readLogSet } from '../engine/model/logInput';
import type { IndexedLog } from '../engine/model/lineSource';
import type { Journey } from '../engine/features/journeyReports';
import {
  CloseLargeFileNotification, LARGE_FILE_SCHEME, LARGE_FILE_STALE, OpenJournalRequest, OpenLargeFileRequest, OpenLogSetRequest, type LineOrigin,
} from '../protocol';
import type { ServerContext } from '../context';
import { text } from '../engine/text/strings';

/** LSP's code for a request the client cancelled. */
const REQUEST_CANCELLED = -32800;
const INVALID_PARAMS = -32602;
/** Large logs kept indexed at once; the least recently used beyond this are released. */
export const KEPT_LARGE_LOGS = 4;

const CHANGE_ADVICE: Record<FileChanged['change'], string> = {
  truncated: 'was truncated since it was indexed',
  replaced: 'was replaced by another file (rotated?) since it was indexed',
  deleted: 'was deleted since it was indexed',
  released: 'is no longer indexed (to save memory)',
};

/**
 * The large logs indexed by `maillog/openLargeFile`, by URI. Each holds its index and an open
 * descriptor, so only the few most recently used are kept; asking about a released one, or one
 * whose file changed under it, is answered with a clear error (index it again), never with
 * bytes that are not the indexed ones.
 */
export class LargeLogs {
  /** In order of use, the least recent first. */
  private readonly logs = new Map<string, LargeLog>();
  private readonly released = new Set<string>();

  /** The log for a URI, checked against its file; undefined when the URI was never indexed. */
  get(uri: string): LargeLog | undefined {
    const log = this.logs.get(uri);
    if (!log) {
      if (this.released.has(uri)) throw staleError(new FileChanged(uri, 'released'));
      return undefined;
    }
    this.logs.delete(uri);
    this.logs.set(uri, log);
    try {
      log.check();
    } catch (error) {
      throw staleError(error);
    }
    return log;
  }

  /**
   * Indexes what was appended to a large file since it was read, when anything was: requests
   * about it wait for that (open documents and unchanged files are answered at once).
   */
  followAppends(uri: string): Promise<void> | undefined {
    const log = this.logs.get(uri);
    if (!log) return undefined;
    try {
      log.check();
      return log.followAppends()?.catch((error: unknown) => {
        throw staleError(error);
      });
    } catch (error) {
      throw staleError(error);
    }
  }

  add(uri: string, log: LargeLog): void {
    this.release(uri);
    this.released.delete(uri);
    this.logs.set(uri, log);
    for (const [oldest] of this.logs) {
      if (this.logs.size <= KEPT_LARGE_LOGS) break;
      this.release(oldest);
    }
  }

  release(uri: string): void {
    const log = this.logs.get(uri);
    if (!log) return;
    log.close();
    this.logs.delete(uri);
    this.released.add(uri);
  }
}

/** A FileChanged error as the client sees it: its own code and what to do; any other error unchanged. */
export function staleError(error: unknown): unknown {
  if (!(error instanceof FileChanged)) return error;
  return new ResponseError(LARGE_FILE_STALE, `${error.path} ${CHANGE_ADVICE[error.change]}: open it again to index it anew`);
}

/**
 * A plain file is indexed in place; a gzip one (told by its content: logrotate's `.gz`) is
 * decompressed as it is read, its lines copied aside to be read back; xz, bzip2 and zstd are
 * refused by name. Pipes and devices are refused before they are opened (opening one can wait).
 */
async function indexFile(file: string, options: StreamOptions): Promise<{ log: LargeLog; endedEarly: boolean }> {
  if (!(await fs.promises.stat(file)).isFile() || isPlainFile(file)) return { log: await LargeLog.read(file, options), endedEarly: false };
  const input = await openInput(file);
  const log = await LargeLog.fromStream(file, input.chunks, options).catch(async (error: unknown) => {
    await input.close(); // a cancel is answered once the file is closed
    throw error;
  });
  return { log, endedEarly: input.endedEarly() };
}

/**
 * Answers a request about a log. A large file is first brought up to date with what was appended
 * to it (waited for only then: anything else is answered at once, in order with the messages
 * around it), and reading its lines back can find it changed, which is answered as such.
 */
export function answering<T>(context: ServerContext, uri: string, answer: () => T): T | Promise<T> {
  const reading = () => {
    try {
      return answer();
    } catch (error) {
      throw staleError(error);
    }
  };
  const following = context.largeLogs.followAppends(uri);
  return following ? following.then(reading) : reading();
}

/** A trace of a log set, whose lines and events also say which file and which line there. */
export function located<T extends Journey>(log: IndexedLog, trace: T): T {
  if (!(log instanceof LargeLog) || log.files.length < 2) return trace;
  const events = trace.events.map((event) => ({ ...event, origin: log.whereIs(event.line) }));
  return { ...trace, events, ...lineOrigins(log, trace.lines) };
}

/** For a log set of several files: the files, and the file and line there of each line (nothing for one file). */
export function lineOrigins(log: IndexedLog, lines: readonly number[]): { files?: string[]; origins?: LineOrigin[] } {
  if (!(log instanceof LargeLog) || log.files.length < 2) return {};
  return { files: log.files.map((file) => file.name), origins: lines.map((line) => log.whereIs(line)) };
}

/** Work-done progress of reading a log: the percentage of a file read in place, the megabytes of a stream. */
function progressReporter(progress: WorkDoneProgressReporter, locale: ServerContext['locale']) {
  let reported = -1;
  return {
    restart: () => (reported = -1),
    onProgress: (bytesRead: number, size: number) => {
      const read = (bytesRead / 1e6).toFixed(0);
      if (Number.isNaN(size)) {
        // Decompressed as it is read: no total to show, only what was read (every 10 MB).
        const step = Math.floor(bytesRead / 1e7);
        if (step !== reported) progress.report(`${read} MB`);
        reported = step;
        return;
      }
      const percent = size > 0 ? Math.floor((bytesRead / size) * 100) : 100;
      if (percent === reported) return;
      reported = percent;
      progress.report(percent, text(locale, 'megabytesRead', { read, size: (size / 1e6).toFixed(0) }));
    },
  };
}

/** Files and folders of a set as files: each checked to be an absolute path to a regular file (a pipe can block the read). */
async function setFiles(paths: unknown): Promise<string[]> {
  if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string' && path.isAbsolute(p))) {
    throw new ResponseError(INVALID_PARAMS, 'paths: a non-empty list of absolute paths is expected');
  }
  let files: string[];
  try {
    files = await expandLogPaths(paths as string[]);
  } catch (error) {
    throw new ResponseError(-32603, `cannot read ${(error as NodeJS.ErrnoException).path ?? ''}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new ResponseError(INVALID_PARAMS, `no mail logs (mail.log, maillog, ... and their .gz rotations) in ${(paths as string[]).join(', ')}`);
  for (const file of files) {
    const stats = await fs.promises.stat(file);
    if (!stats.isFile()) throw new ResponseError(-32603, `cannot read ${file}: ${new NotRegularFile(file, 'not a file').message}`);
  }
  return files;
}

/** One set, one URI: a single file keeps the URI `maillog/openLargeFile` gives it. */
function setUri(files: readonly string[]): string {
  if (files.length === 1) return `${LARGE_FILE_SCHEME}:${files[0]}`;
  const digest = createHash('sha1').update(files.join('\0')).digest('hex').slice(0, 12);
  return `${LARGE_FILE_SCHEME}:${path.dirname(files[0])}/log-set-${digest}`;
}

export function registerLargeFiles(connection: Connection, context: ServerContext): void {
  connection.onRequest(OpenLogSetRequest, async ({ paths, uri: asked, workDoneToken }, token) => {
    const files = await setFiles(paths);
    const progress = connection.window.attachWorkDoneProgress(workDoneToken);
    progress.begin(text(context.locale, 'indexingFile', { name: path.basename(files[0]) }), 0, undefined, true);
    const reporter = progressReporter(progress, context.locale);
    try {
      const { log, byHost, endedEarly } = await readLogSet(files, {
        isCancelled: () => token.isCancellationRequested,
        followRotation: true,
        onProgress: reporter.onProgress,
        onSource: (index, name) => {
          reporter.restart();
          progress.report(`${path.basename(name)} (${index + 1}/${files.length})`);
        },
      });
      const uri = typeof asked === 'string' ? asked : setUri(files);
      context.largeLogs.add(uri, log);
      return {
        uri,
        files: log.files.map((file) => ({ path: file.name, lines: file.lines })),
        lines: log.lineCount,
        journeys: log.journeys.journeyCount,
        hosts: byHost,
        ...(endedEarly.length > 0 ? { endedEarly } : {}),
      };
    } catch (error) {
      if (error instanceof Cancelled) throw new ResponseError(REQUEST_CANCELLED, 'cancelled');
      const input = (error as { input?: string }).input;
      throw new ResponseError(-32603, `cannot read ${input ?? files.join(', ')}: ${(error as Error).message}`);
    } finally {
      progress.done();
    }
  });
  connection.onRequest(OpenLargeFileRequest, async ({ path: file, uri: asked, source, workDoneToken }, token) => {
    if (typeof file !== 'string' || !path.isAbsolute(file)) throw new ResponseError(INVALID_PARAMS, `not an absolute path: ${String(file)}`);
    // A virtual workspace's path names no file here: reading it would read another file.
    if (source !== undefined && !/^file:/i.test(source)) throw new ResponseError(INVALID_PARAMS, `only files on disk can be indexed, not ${source.split(':')[0]}: documents`);
    // The client's progress token: VS Code shows the percentage and offers to cancel.
    const progress = connection.window.attachWorkDoneProgress(workDoneToken);
    progress.begin(text(context.locale, 'indexingFile', { name: path.basename(file) }), 0, undefined, true);
    const reporter = progressReporter(progress, context.locale);
    try {
      const { log, endedEarly } = await indexFile(file, { isCancelled: () => token.isCancellationRequested, onProgress: reporter.onProgress });
      const uri = asked ?? `${LARGE_FILE_SCHEME}:${file}`;
      context.largeLogs.add(uri, log);
      return { uri, lines: log.lineCount, journeys: log.journeys.journeyCount, ...(endedEarly ? { endedEarly: true } : {}) };
    } catch (error) {
      if (error instanceof Cancelled) throw new ResponseError(REQUEST_CANCELLED, 'cancelled');
      throw new ResponseError(-32603, `cannot read ${file}: ${(error as Error).message}`);
    } finally {
      progress.done();
    }
  });
  connection.onRequest(OpenJournalRequest, async ({ since, until, uri: asked, workDoneToken }, token) => {
    if (typeof since !== 'string' || (until !== undefined && typeof until !== 'string')) throw new ResponseError(INVALID_PARAMS, 'since (and until) must be journalctl times');
    let journal: ReturnType<typeof journalInput>;
    try {
      journal = journalInput({ since, until });
    } catch (error) {
      throw new ResponseError(INVALID_PARAMS, (error as Error).message);
    }
    const progress = connection.window.attachWorkDoneProgress(workDoneToken);
    progress.begin(text(context.locale, 'indexingFile', { name: 'journalctl' }), 0, undefined, true);
    const reporter = progressReporter(progress, context.locale);
    const stop = token.onCancellationRequested(() => journal.stop());
    try {
      const log = await LargeLog.readSet(journal.input.name, [journal.input], { isCancelled: () => token.isCancellationRequested, onProgress: reporter.onProgress });
      const uri = typeof asked === 'string' ? asked : `${LARGE_FILE_SCHEME}:journal/${encodeURIComponent(since)}..${encodeURIComponent(until ?? '')}`;
      context.largeLogs.add(uri, log);
      return { uri, files: log.files.map((file) => ({ path: file.name, lines: file.lines })), lines: log.lineCount, journeys: log.journeys.journeyCount, hosts: false };
    } catch (error) {
      journal.stop();
      if (error instanceof Cancelled || token.isCancellationRequested) throw new ResponseError(REQUEST_CANCELLED, 'cancelled');
      throw new ResponseError(-32603, `cannot read the journal: ${(error as Error).message}`);
    } finally {
      stop.dispose();
      progress.done();
    }
  });
  connection.onNotification(CloseLargeFileNotification, ({ uri }) => context.largeLogs.release(uri));
}
