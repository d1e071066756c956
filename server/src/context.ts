import type { DocumentStore } from './documents';
import type { Locale } from './engine/i18n';
import type { ServerSettings } from './protocol';

/** What every feature handler needs: the documents, the user's language and settings. */
export interface ServerContext {
  readonly documents: DocumentStore;
  locale: Locale;
  settings: ServerSettings;
}
