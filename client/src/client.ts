import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { settings } from './config';
import { openFromDisk } from './openFromDisk';
import { SERVER_EXEC_ARGV } from '../../server/src/serverProcess';

export const LANGUAGE_ID = 'maillog';

/**
 * For tests only (test/e2e/failedStart.js): the path of a server module to run instead of the bundled
 * dist/server.js, read when a client is created. An environment variable and not a setting, so that
 * no workspace can choose the code the extension runs.
 */
export const SERVER_MODULE_ENV = 'MAILLOG_SERVER_MODULE';

/** A language client for the bundled server over IPC, not started; `server.ts` runs its life. */
export function createClient(context: vscode.ExtensionContext, errorHandler: ErrorHandler, outputChannel: vscode.OutputChannel): LanguageClient {
  const module = process.env[SERVER_MODULE_ENV] || context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: { settings: settings().server },
    synchronize: { configurationSection: 'maillog' },
    // Hovers carry log text from strangers: never trusted, never HTML.
    markdown: { isTrusted: false, supportHtml: false },
    middleware: openFromDisk(() => client), // called once `client` below exists
    errorHandler,
    // Not retried, and not shown here (the client would show the server's message as it is): the start fails, and server.ts says so.
    initializationFailedHandler: () => false,
    // One channel for every client: a restart after a failed start makes a new client.
    outputChannel,
  };
  const client = new LanguageClient('maillog', vscode.l10n.t('Maillog Language Server'), serverOptions, clientOptions);
  return client;
}
