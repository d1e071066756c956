// The Maillog language server: wires LSP handlers to the engine. Run standalone with
// `node dist/server.js --stdio`.
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { DocumentStore } from './documents';
import { toLocale } from './engine/i18n';
import { text } from './engine/strings';
import { DEFAULT_SETTINGS, type ServerSettings } from './protocol';
import type { ServerContext } from './context';
import { registerHover } from './features/hover';
import { registerNavigation } from './features/navigation';
import { registerSymbols } from './features/symbols';
import { registerTraces } from './features/traces';
import { registerDiagnostics } from './features/diagnostics';
import { registerSummary } from './features/summary';
import { LargeLogs, registerLargeFiles } from './features/largeFiles';

const connection = createConnection(ProposedFeatures.all);
const context: ServerContext = { documents: new DocumentStore(), locale: 'en', settings: DEFAULT_SETTINGS, largeLogs: new LargeLogs() };

connection.onInitialize((params) => {
  context.locale = toLocale(params.locale);
  context.settings = mergeSettings(params.initializationOptions?.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: text(context.locale, 'outlineLabel') },
    },
    serverInfo: { name: 'maillog-language-server', version: '0.1.0' },
  };
});

context.documents.listen(connection, () => context.locale);
registerHover(connection, context);
registerNavigation(connection, context);
registerSymbols(connection, context);
registerTraces(connection, context);
registerSummary(connection, context);
registerLargeFiles(connection, context);
const diagnostics = registerDiagnostics(connection, context);
context.documents.onDidChange((uri) => diagnostics.refresh(uri));

connection.onDidChangeConfiguration(({ settings }) => {
  context.settings = mergeSettings(settings?.maillog);
  for (const uri of context.documents.uris()) diagnostics.refresh(uri);
});

function mergeSettings(value: Partial<ServerSettings> | undefined): ServerSettings {
  return { diagnostics: { ...DEFAULT_SETTINGS.diagnostics, ...(value?.diagnostics ?? {}) } };
}

connection.listen();
