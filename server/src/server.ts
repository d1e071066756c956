// The Maillog language server: wires LSP handlers to the engine. Run standalone with
// `node dist/server.js --stdio`.
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { DocumentStore } from './documents';
import { toLocale } from './engine/text/i18n';
import { text } from './engine/text/strings';
import { DEFAULT_SETTINGS, MAX_PROBLEMS, type ServerSettings } from './protocol';
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
  context.settings = mergeSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
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

connection.onDidChangeConfiguration(({ settings }: { settings: { maillog?: unknown } | null | undefined }) => {
  context.settings = mergeSettings(settings?.maillog);
  for (const uri of context.documents.uris()) diagnostics.refresh(uri);
});

/** The settings, each checked: a workspace (trusted or not) can set any JSON value. */
function mergeSettings(value: unknown): ServerSettings {
  const diagnostics = (value as { diagnostics?: unknown } | null | undefined)?.diagnostics;
  const given = (typeof diagnostics === 'object' && diagnostics !== null ? diagnostics : {}) as Partial<Record<string, unknown>>;
  const defaults = DEFAULT_SETTINGS.diagnostics;
  const flag = (name: Exclude<keyof typeof defaults, 'maxProblems'>) => {
    const set = given[name];
    return typeof set === 'boolean' ? set : defaults[name];
  };
  const asked = given.maxProblems;
  const maxProblems = typeof asked === 'number' && Number.isFinite(asked) ? Math.min(MAX_PROBLEMS, Math.max(0, Math.floor(asked))) : defaults.maxProblems;
  return {
    diagnostics: {
      enabled: flag('enabled'), deferred: flag('deferred'), bounced: flag('bounced'), expired: flag('expired'),
      rejected: flag('rejected'), warnings: flag('warnings'), errors: flag('errors'), maxProblems,
    },
  };
}

connection.listen();
