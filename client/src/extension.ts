import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startClient } from './client';
import { TraceTree } from './traceTree';
import { registerCommands } from './commands';

export interface MaillogApi {
  readonly client: LanguageClient;
  readonly traceTree: TraceTree;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<MaillogApi> {
  client = await startClient(context);
  const traceTree = new TraceTree(client);
  context.subscriptions.push(traceTree, registerCommands(context, client, traceTree));
  return { client, traceTree };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
