import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { MaillogDocument } from './engine/document';

/** Lines indexed per step of a background rebuild: a few milliseconds of work. */
const REFRESH_STEP_LINES = 5000;

/**
 * The open maillog documents, kept as engine models and updated incrementally: the engine
 * re-parses only changed lines, so a growing log costs only what it appends.
 */
export class DocumentStore {
  private readonly documents = new Map<string, MaillogDocument>();
  private readonly listeners: ((uri: string) => void)[] = [];
  private readonly refreshing = new Set<string>();

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      this.documents.set(textDocument.uri, new MaillogDocument(textDocument.text));
      this.changed(textDocument.uri);
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
   * An edit in the middle of a big log leaves its journey index stale; rebuild it in steps
   * between requests, so hovers keep answering at once.
   */
  private refreshInBackground(uri: string): void {
    if (this.refreshing.has(uri)) return;
    const step = () => {
      const document = this.documents.get(uri);
      if (!document || document.refreshIndex(REFRESH_STEP_LINES)) {
        this.refreshing.delete(uri);
        return;
      }
      setImmediate(step);
    };
    const document = this.documents.get(uri);
    if (!document?.indexStale) return;
    this.refreshing.add(uri);
    setImmediate(step);
  }
}

function applyChange(document: MaillogDocument, change: TextDocumentContentChangeEvent): void {
  document.applyChange('range' in change ? change.range : undefined, change.text);
}
