import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startClient } from './client';
import { openedFromDisk } from './openFromDisk';
import { TraceTree } from './traceTree';
import { registerCommands } from './commands';
import { LargeFiles } from './largeFiles';

export interface MaillogApi {
  readonly client: LanguageClient;
  readonly traceTree: TraceTree;
  /** Open documents the server read from their files (saved logs of a megabyte or more). */
  readonly openedFromDisk: ReadonlySet<string>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<MaillogApi> {
  client = await startClient(context);
  const traceTree = new TraceTree(client);
  const largeFiles = new LargeFiles(client);
  context.subscriptions.push(traceTree, largeFiles, registerCommands(context, client, traceTree, largeFiles));
  return { client, traceTree, openedFromDisk };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
