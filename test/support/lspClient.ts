// The one LSP client of the project: protocol tests and `npm run bench` both drive the real server
// with it over stdio, as an editor would (the benchmark bundles this file with esbuild: bench/lsp.mjs).
import * as fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification, HoverRequest,
  type ProtocolConnection, type PublishDiagnosticsParams, type ClientCapabilities, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './paths';
import { textFingerprint } from '../../server/src/textFingerprint';
import { SERVER_EXEC_ARGV } from '../../server/src/serverProcess';

type Position = { line: number; character: number };
export type TextChange = { range?: { start: Position; end: Position }; text: string };

/** Every publication of diagnostics for a URI: the latest, how many so far, and when (performance.now()). */
interface Published {
  params: PublishDiagnosticsParams;
  count: number;
  at: number;
}

export interface StartOptions {
  /** The server bundle to spawn (default dist/server.js). */
  server?: string;
}

/** Keeps what a server writes to stderr, up to this many characters (a runaway server must not fill memory). */
const STDERR_LIMIT = 1_000_000;

/** A real JSON-RPC client talking to `node dist/server.js --stdio`, started with the options the extension gives it, as an editor would. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly pid: number | undefined;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, Published>();
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  exited = false;
  stderr = '';

  private constructor(server: string) {
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.child.pid;
    this.child.stderr!.on('data', (chunk) => {
      if (this.stderr.length < STDERR_LIMIT) this.stderr += chunk;
    });
    this.child.on('exit', () => {
      this.exited = true;
      this.wake();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const count = (this.published.get(params.uri)?.count ?? 0) + 1;
      this.published.set(params.uri, { params, count, at: performance.now() });
      this.wake();
    });
    // A dead server shows as the next request's error or timeout, not as an unhandled stream error.
    this.connection.onError(() => {});
    this.connection.listen();
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(locale = 'en', capabilities: ClientCapabilities = {}, options: StartOptions = {}): Promise<LspClient> {
    const client = new LspClient(options.server ?? SERVER);
    await client.request(InitializeRequest.method, {
      processId: process.pid, rootUri: null, capabilities, locale, workspaceFolders: null,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** A request that fails instead of hanging when the server does not answer within `timeoutMs`. */
  request<R = unknown>(method: string, params: unknown, timeoutMs = 180_000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs / 1000} s${this.exited ? ' (server exited)' : ''}`)), timeoutMs);
    });
    return Promise.race([this.connection.sendRequest<R>(method, params), timeout]).finally(() => clearTimeout(timer));
  }

  /** Opens `/tmp/maillog-tests/NAME` with this text (didOpen); resolves with its URI. */
  async open(name: string, text: string): Promise<string> {
    const uri = pathToFileURL(`/tmp/maillog-tests/${name}`).toString();
    await this.openUri(uri, text);
    return uri;
  }

  /** didOpen of a document at any URI. */
  async openUri(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'maillog', version: 1, text },
    });
  }

  /**
   * What the extension sends for a saved log of a megabyte or more (client/src/openFromDisk.ts): the
   * file's path with the text's UTF-8 length and SHA-1, computed here as the client does. Resolves
   * with whether the server read the file (if not, the client would send the usual didOpen).
   */
  openFromDisk(uri: string, file: string, text: string): Promise<boolean> {
    this.versions.set(uri, 1);
    return this.request<boolean>('maillog/openFromDisk', {
      textDocument: { uri, languageId: 'maillog', version: 1 },
      path: file,
      ...textFingerprint(text),
    });
  }

  async change(uri: string, changes: TextChange[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes.map((c) => (c.range ? { range: c.range, text: c.text } : { text: c.text })),
    });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * Resolves once the server has handled every message sent before (they are handled in order):
   * a request no server knows comes back as "method not found" after them.
   */
  async ping(): Promise<void> {
    await this.request('$/maillogTest/ping', {}).catch((error: { code?: number }) => {
      if (error?.code !== -32601) throw error;
    });
  }

  /** The markdown of the hover at a position, as the server sent it (escapes kept); undefined when there is none. */
  async hoverMarkdown(uri: string, line: number, character: number): Promise<string | undefined> {
    const hover = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return hover ? (hover.contents as MarkupContent).value : undefined;
  }

  /** The next diagnostics published for a URI that satisfy `ready`. */
  async diagnosticsFor(uri: string, ready: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const entry = await this.waitForPublished(uri, (p) => ready(p.params), timeoutMs);
    return entry.params;
  }

  /** How many times diagnostics were published for a URI so far. */
  publishCount(uri: string): number {
    return this.published.get(uri)?.count ?? 0;
  }

  /** Waits until diagnostics were published more than `seen` times; resolves with when (performance.now()). */
  async nextDiagnostics(uri: string, seen: number, timeoutMs = 180_000): Promise<number> {
    return (await this.waitForPublished(uri, (p) => p.count > seen, timeoutMs)).at;
  }

  /** Peak and current resident memory of the server process, in bytes (Linux /proc; NaN elsewhere). */
  memory(): { hwm: number; rss: number } {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
      return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
    } catch {
      return { hwm: NaN, rss: NaN };
    }
  }

  /** Shuts the server down; kills it if it does not exit within a few seconds. */
  async stop(): Promise<void> {
    try {
      if (!this.exited) {
        await this.request(ShutdownRequest.method, undefined, 10_000);
        await this.connection.sendNotification(ExitNotification.type);
      }
    } catch {
      // a server that does not shut down cleanly is killed below
    }
    this.connection.dispose();
    if (!this.exited) {
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await new Promise((resolve) => (this.exited ? resolve(undefined) : this.child.once('exit', resolve)));
      clearTimeout(killer);
    }
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async waitForPublished(uri: string, ready: (p: Published) => boolean, timeoutMs: number): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.published.get(uri);
      if (current && ready(current)) return current;
      if (Date.now() > deadline || this.exited) throw new Error(`no diagnostics for ${uri}${this.exited ? ' (server exited)' : ''}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }
}

/** The file: URI of a path, as VS Code names a saved document. */
export function documentUri(file: string): string {
  return pathToFileURL(file).toString();
}
