import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { MaillogDocument } from './engine/document';
import { text } from './engine/strings';
import type { Locale } from './engine/i18n';
import { OpenFromDiskRequest } from './protocol';
import { readMatchingText } from './diskText';

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

  private connection: Connection | undefined;
  private locale: () => Locale = () => 'en';

  listen(connection: Connection, locale: () => Locale): void {
    this.locale = locale;
    this.connection = connection;
    connection.onDidOpenTextDocument(({ textDocument }) => this.open(textDocument.uri, textDocument.text));
    // Synchronous, like every handler here: changes sent after the request apply to the file's text.
    connection.onRequest(OpenFromDiskRequest, ({ textDocument, path, byteLength, sha1 }) => {
      const text = readMatchingText(path, byteLength, sha1);
      if (text === undefined) {
        this.documents.delete(textDocument.uri); // changes are ignored until the client's didOpen
        return false;
      }
      this.open(textDocument.uri, text);
      return true;
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const document = this.documents.get(textDocument.uri);
      if (!document) return;
      for (const change of contentChanges) applyChange(document, change);
      this.changed(textDocument.uri);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      this.documents.delete(textDocument.uri);
      this.changed(textDocument.uri);
    });
  }

  private open(uri: string, text: string): void {
    this.documents.set(uri, new MaillogDocument(text));
    this.changed(uri);
  }

  get(uri: string): MaillogDocument | undefined {
    return this.documents.get(uri);
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
    const step = async () => {
      const current = this.documents.get(uri);
      const done = !current || current.refreshIndex(REFRESH_STEP_LINES);
      const reporter = await progress;
      if (done) {
        this.refreshing.delete(uri);
        reporter?.done();
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
    setImmediate(() => void step());
  }
}

function applyChange(document: MaillogDocument, change: TextDocumentContentChangeEvent): void {
  document.applyChange('range' in change ? change.range : undefined, change.text);
}
