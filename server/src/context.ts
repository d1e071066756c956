import type { DocumentStore } from './documents';
import type { IndexedLog } from './engine/model/lineSource';
import type { LargeLogs } from './features/largeFiles';
import type { Locale } from './engine/text/i18n';
import type { ServerSettings } from './protocol';

/** What every feature handler needs: the documents, the user's language and settings. */
export interface ServerContext {
  readonly documents: DocumentStore;
  locale: Locale;
  settings: ServerSettings;
  /** Files indexed from disk by `maillog/openLargeFile`, by their `maillog-large:` URI. */
  readonly largeLogs: LargeLogs;
}

/**
 * An open document or a large file: what trace requests can be asked about. A large file whose
 * file changed since it was indexed, or that was released, throws the LARGE_FILE_STALE error.
 */
export function logFor(context: ServerContext, uri: string): IndexedLog | undefined {
  return context.documents.get(uri) ?? context.largeLogs.get(uri);
}
