import { MessageType, ShowMessageNotification, type Connection, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { InvalidChange, MaillogDocument } from './engine/model/document';
import { text } from './engine/text/strings';
import type { Locale } from './engine/text/i18n';
import { OpenFromDiskRequest } from './protocol';
import { readMatchingText } from './diskText';
import { parseFileInWorkers, workerCount, type FileIdentity } from './engine/model/parallelParse';

/** Lines indexed per step of a background build: a few milliseconds of work. */
const REFRESH_STEP_LINES = 2000;
/** Indexing at least this many lines shows its progress. */
const PROGRESS_MIN_LINES = 50_000;

/**
 * The open maillog documents, kept as engine models and updated incrementally: the engine
 * re-parses only changed lines, so a growing log costs only what it appends.
 */
export class DocumentStore {
  private readonly documents = new Map<string, MaillogDocument>();
  private readonly listeners: ((uri: string) => void)[] = [];
  private readonly refreshing = new Set<string>();
  /** Documents whose lines are being parsed in workers: their index is built after. */
  private readonly parsing = new Map<string, Promise<void>>();
  /** Requests waiting for a document's journey index, by URI: woken when its background build ends. */
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Documents dropped after a change that broke the protocol, until the editor sends their whole text again. */
  private readonly outOfStep = new Set<string>();

  private connection: Connection | undefined;
  private locale: () => Locale = () => 'en';

  listen(connection: Connection, locale: () => Locale): void {
    this.locale = locale;
    this.connection = connection;
    connection.onDidOpenTextDocument(({ textDocument }) => this.open(textDocument.uri, textDocument.text));
    // Synchronous, like every handler here: changes sent after the request apply to the file's text.
    connection.onRequest(OpenFromDiskRequest, ({ textDocument, path, byteLength, sha1 }) => {
      const read = readMatchingText(path, byteLength, sha1);
      if (read === undefined) {
        this.documents.delete(textDocument.uri); // changes are ignored until the client's didOpen
        return false;
      }
      this.open(textDocument.uri, read.text, { path, byteLength, identity: read.identity });
      return true;
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => this.applyChanges(textDocument.uri, contentChanges));
    connection.onDidCloseTextDocument(({ textDocument }) => {
      this.documents.delete(textDocument.uri);
      this.outOfStep.delete(textDocument.uri);
      this.changed(textDocument.uri);
    });
  }

  /**
   * With `file` (the text is that file's first `byteLength` bytes) big enough and cores to spare,
   * its lines are parsed in worker threads that read the file themselves, and the index is built
   * once they are done; hovers meanwhile parse what they need here.
   */
  private open(uri: string, text: string, file?: { path: string; byteLength: number; identity: FileIdentity }): void {
    const document = new MaillogDocument(text);
    this.documents.set(uri, document);
    this.outOfStep.delete(uri);
    const workers = file ? workerCount(file.byteLength) : 0;
    if (file && workers > 0) {
      const edits = document.edits;
      const parsing = parseFileInWorkers(file.path, file.byteLength, document.yearForUndated, workers, file.identity)
        .then((ranges) => void document.adoptParsedRows(ranges, edits), () => undefined) // else parsed here, as any document
        .finally(() => {
          if (this.parsing.get(uri) === parsing) this.parsing.delete(uri);
        });
      this.parsing.set(uri, parsing);
    }
    this.changed(uri);
  }

  /**
   * A change that breaks the protocol (a reversed or out-of-range range, text that is not a
   * string) drops the document rather than guess: no answer comes from a copy that differs from
   * the editor's. The editor's next whole text (a change without range, or didOpen) brings it back.
   */
  private applyChanges(uri: string, changes: TextDocumentContentChangeEvent[]): void {
    let document = this.documents.get(uri);
    try {
      for (const change of changes) {
        if (!document && this.outOfStep.has(uri) && !('range' in change && change.range)) {
          document = new MaillogDocument(typeof change.text === 'string' ? change.text : '');
          this.documents.set(uri, document);
          this.outOfStep.delete(uri);
        } else if (document) {
          applyChange(document, change);
        }
      }
    } catch (error) {
      if (!(error instanceof InvalidChange)) throw error;
      this.documents.delete(uri);
      this.outOfStep.add(uri);
      const message = `Maillog: ${uri} is no longer analysed (${error.message}); reopen it to analyse it again.`;
      // A notification, not window.showErrorMessage's request: no answer to wait for or lose.
      void this.connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
    }
    if (document || this.outOfStep.has(uri)) this.changed(uri);
  }

  get(uri: string): MaillogDocument | undefined {
    return this.documents.get(uri);
  }

  /**
   * Undefined when the document's journey index is ready (or there is no document): answer at
   * once, in order with the messages around. Otherwise a promise that resolves once the
   * background build has finished, so that requests which need the index (queue-ID hovers,
   * definition, the traces) wait for it without holding up those that do not (line hovers).
   */
  indexing(uri: string): Promise<void> | undefined {
    const document = this.documents.get(uri);
    if (!document || document.indexReady) return undefined;
    this.refreshInBackground(uri);
    if (!this.refreshing.has(uri)) return undefined;
    return new Promise((resolve) => {
      const waiters = this.waiting.get(uri) ?? [];
      waiters.push(resolve);
      this.waiting.set(uri, waiters);
    });
  }

  /** Answers with `answer` at once when the index is ready, else once it is. */
  whenIndexed<T>(uri: string, answer: () => T): T | Promise<Awaited<T>> {
    const indexing = this.indexing(uri);
    return indexing ? indexing.then(answer) as Promise<Awaited<T>> : answer();
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }

  onDidChange(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  private changed(uri: string): void {
    this.refreshInBackground(uri);
    for (const listener of this.listeners) listener(uri);
  }

  /**
   * Builds a new journey index, or rebuilds one left stale by an edit in the middle, in steps
   * between requests: hovers keep answering at once, and VS Code shows the progress of big logs.
   */
  private refreshInBackground(uri: string): void {
    const document = this.documents.get(uri);
    if (!document || this.refreshing.has(uri) || document.indexProgress >= 1) return;
    this.refreshing.add(uri);
    // Progress for much work only: an append indexes just its own lines.
    const big = document.lineCount * (1 - document.indexProgress) >= PROGRESS_MIN_LINES;
    const progress = big ? this.connection?.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    let reported = -1;
    const parsing = this.parsing.get(uri);
    const step = async () => {
      const current = this.documents.get(uri);
      const done = !current || current.refreshIndex(REFRESH_STEP_LINES);
      const reporter = await progress;
      if (done) {
        this.refreshing.delete(uri);
        reporter?.done();
        const waiters = this.waiting.get(uri);
        this.waiting.delete(uri);
        waiters?.forEach((wake) => wake());
        return;
      }
      const percent = Math.floor(current.indexProgress * 100);
      if (reporter && percent !== reported) {
        if (reported < 0) reporter.begin(text(this.locale(), 'indexingJourneys'), percent);
        else reporter.report(percent);
        reported = percent;
      }
      setImmediate(() => void step());
    };
    if (parsing) void parsing.then(() => setImmediate(() => void step()));
    else setImmediate(() => void step());
  }
}

function applyChange(document: MaillogDocument, change: TextDocumentContentChangeEvent): void {
  document.applyChange('range' in change ? change.range : undefined, change.text);
}
