import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { settings } from './config';
import { openFromDisk } from './openFromDisk';

export const LANGUAGE_ID = 'maillog';

/** Starts the bundled language server over IPC; the client restarts it if it dies. */
export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions: { settings: settings().server },
    synchronize: { configurationSection: 'maillog' },
    // Hovers carry log text from strangers: never trusted, never HTML.
    markdown: { isTrusted: false, supportHtml: false },
    middleware: openFromDisk(() => client), // called once `client` below exists
  };
  const client = new LanguageClient('maillog', vscode.l10n.t('Maillog Language Server'), serverOptions, clientOptions);
  await client.start();
  return client;
}
