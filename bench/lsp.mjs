// A plain JSON-RPC client of the bundled server over stdio, as an editor drives it.
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node.js';
import { now } from './util.mjs';

const REQUEST_TIMEOUT_MS = 180_000;

export class BenchClient {
  /** Spawns `node SERVER --stdio` and completes the initialize handshake. */
  static async start(serverPath) {
    const client = new BenchClient(serverPath);
    await client.request(InitializeRequest.method, {
      processId: process.pid, rootUri: null, capabilities: {}, locale: 'en', workspaceFolders: null,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  constructor(serverPath) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.child.pid;
    this.stderr = '';
    this.exited = false;
    this.child.stderr.on('data', (chunk) => { if (this.stderr.length < 100_000) this.stderr += chunk; });
    this.child.on('exit', () => (this.exited = true));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.published = new Map();
    this.waiters = [];
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const entry = this.published.get(params.uri) ?? { count: 0, at: 0 };
      this.published.set(params.uri, { count: entry.count + 1, at: now(), diagnostics: params.diagnostics.length });
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onError(() => {});
    this.connection.listen();
    this.versions = new Map();
  }

  /** A request, failing instead of hanging when the server does not answer. */
  request(method, params, timeoutMs = REQUEST_TIMEOUT_MS) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs / 1000} s${this.exited ? ' (server exited)' : ''}`)), timeoutMs);
    });
    return Promise.race([this.connection.sendRequest(method, params), timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * A request no server handles: its "method not found" answer comes back once the server has
   * processed every message sent before it (they are handled in order), e.g. a didOpen.
   */
  async ping() {
    try {
      await this.request('$/maillogBench/ping', {});
    } catch (error) {
      if (error?.code !== -32601) throw error;
    }
  }

  /** Sends a request and returns its round trip in ms (and the result). */
  async timed(method, params) {
    const started = now();
    const result = await this.request(method, params);
    return { ms: now() - started, result };
  }

  open(uri, text) {
    this.versions.set(uri, 1);
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'maillog', version: 1, text },
    }).catch(() => {}); // a dead server shows as the next request's timeout
  }

  /**
   * What the extension sends for a saved log of a megabyte or more (client/src/openFromDisk.ts):
   * the file's path with the text's UTF-8 length and SHA-1, computed here as the client does.
   * Resolves with whether the server read the file.
   */
  openFromDisk(uri, file, text) {
    this.versions.set(uri, 1);
    return this.request('maillog/openFromDisk', {
      textDocument: { uri, languageId: 'maillog', version: 1 },
      path: file,
      byteLength: Buffer.byteLength(text, 'utf8'),
      sha1: createHash('sha1').update(text, 'utf8').digest('hex'),
    });
  }

  change(uri, range, text) {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ range, text }],
    }).catch(() => {});
  }

  close(uri) {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** How many times diagnostics were published for a URI so far. */
  publishCount(uri) {
    return this.published.get(uri)?.count ?? 0;
  }

  /** Waits until diagnostics were published more than `seen` times; resolves with when (ms clock). */
  async nextDiagnostics(uri, seen, timeoutMs = REQUEST_TIMEOUT_MS) {
    const deadline = now() + timeoutMs;
    for (;;) {
      const entry = this.published.get(uri);
      if (entry && entry.count > seen) return entry.at;
      if (now() > deadline || this.exited) throw new Error(`no diagnostics for ${uri}${this.exited ? ' (server exited)' : ''}`);
      await new Promise((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }

  /** Peak and current resident memory of the server process, in bytes (Linux /proc). */
  memory() {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
      return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
    } catch {
      return { hwm: NaN, rss: NaN };
    }
  }

  async stop() {
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
      await new Promise((resolve) => (this.exited ? resolve() : this.child.once('exit', resolve)));
      clearTimeout(killer);
    }
  }
}

export function documentUri(file) {
  return pathToFileURL(file).toString();
}
