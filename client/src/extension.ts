import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { openedFromDisk } from './openFromDisk';
import { TraceTree } from './traceTree';
import { registerCommands } from './commands';
import { LargeFiles } from './largeFiles';
import { Server } from './server';

export interface MaillogApi {
  /** The language client of the moment (Restart replaces it). */
  readonly client: LanguageClient;
  readonly traceTree: TraceTree;
  /** Open documents the server read from their files (saved logs of a megabyte or more). */
  readonly openedFromDisk: ReadonlySet<string>;
}

let server: Server | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<MaillogApi> {
  const started = new Server(context);
  server = started;
  // Views and commands first: if the server fails to start they still answer, Restart included.
  const client = (): LanguageClient => started.client;
  const traceTree = new TraceTree(client);
  const largeFiles: LargeFiles = new LargeFiles(client, (uri): Thenable<void> => traceTree.showLog(uri, largeFiles.labelOf(uri)));
  context.subscriptions.push(
    traceTree,
    largeFiles,
    registerCommands(context, started, traceTree, largeFiles),
    started.onDidStart(() => void traceTree.refresh()),
  );
  await started.start(); // a failure is reported with "Show Output" and "Restart", and activation goes on
  return { get client() { return started.client; }, traceTree, openedFromDisk };
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
}
