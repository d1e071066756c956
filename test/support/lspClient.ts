import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  ShutdownRequest, ExitNotification, type ProtocolConnection, type PublishDiagnosticsParams, type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './paths';

/** A real JSON-RPC client talking to `node dist/server.js --stdio`, as an editor would. */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  exited = false;
  stderr = '';

  private constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.child.on('exit', () => (this.exited = true));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  /** The server's process ID (to look at its open descriptors). */
  get pid(): number {
    return this.child.pid!;
  }

  static async start(locale = 'en', capabilities: ClientCapabilities = {}): Promise<LspClient> {
    const client = new LspClient();
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, capabilities, locale, workspaceFolders: null,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(name: string, text: string): Promise<string> {
    const uri = pathToFileURL(`/tmp/maillog-tests/${name}`).toString();
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'maillog', version: 1, text },
    });
    return uri;
  }

  async change(uri: string, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes.map((c) => (c.range ? { range: c.range, text: c.text } : { text: c.text })),
    });
  }

  /**
   * Resolves once the server has handled every message sent before (they are handled in order):
   * a request no server knows comes back as "method not found" after them.
   */
  async ping(): Promise<void> {
    await this.connection.sendRequest('$/maillogTest/ping', {}).catch((error: { code?: number }) => {
      if (error?.code !== -32601) throw error;
    });
  }

  /** The next diagnostics published for a URI that satisfy `ready`. */
  async diagnosticsFor(uri: string, ready: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.diagnostics.get(uri);
      if (current && ready(current)) return current;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    this.connection.dispose();
    if (!this.exited) await new Promise((resolve) => this.child.once('exit', resolve));
  }
}
