import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type ErrorHandler, type LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { errorText, showError } from './notify';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS } from './restartPolicy';

/**
 * The language server's life as the user sees it. The extension registers its views and commands
 * before it starts the server, so they work whatever the start answers; a failed start, a crash loop
 * or a broken connection is said in a message offering "Show Output" and "Restart"; and Restart works
 * after any of them (a client whose start failed cannot start again: a new client replaces it).
 */
export class Server implements vscode.Disposable {
  private current: LanguageClient;
  private readonly output: vscode.OutputChannel;
  private readonly policy = new RestartPolicy();
  private readonly running = new vscode.EventEmitter<void>();
  /** Fires each time a server is up (first start, Restart, automatic restart): views load its answers again. */
  readonly onDidStart = this.running.event;
  /** Starts asked for so far; one message per start, however many ways it fails. */
  private attempt = 0;
  private reportedAttempt = -1;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(vscode.l10n.t('Maillog Language Server'));
    this.current = this.create();
  }

  /** The client of the moment: ask again each time, Restart may have replaced it. */
  get client(): LanguageClient {
    return this.current;
  }

  /** Starts the server; a failure is shown to the user, not thrown. Resolves to whether it runs. */
  async start(): Promise<boolean> {
    this.attempt++;
    let failure: unknown;
    // The client's start() may also resolve after a failure (when the connection closed first): ask its state.
    await this.current.start().catch((error: unknown) => (failure = error));
    if (this.current.isRunning()) return true;
    this.report(failure === undefined
      ? vscode.l10n.t('The Maillog language server exited before it was ready.')
      : vscode.l10n.t('The Maillog language server could not start: {0}', errorText(failure)));
    return false;
  }

  /** Stops the server if it runs and starts a new one, with a fresh count of crashes. */
  async restart(): Promise<boolean> {
    this.policy.reset();
    const old = this.current;
    this.current = this.create();
    // Stops a running server; one that failed has nothing to stop, and says so by rejecting.
    await old.dispose().catch(() => undefined);
    return this.start();
  }

  async dispose(): Promise<void> {
    this.running.dispose();
    await this.current.dispose().catch(() => undefined);
    this.output.dispose();
  }

  private create(): LanguageClient {
    const client = createClient(this.context, this.errorHandler(() => client), this.output);
    client.onDidChangeState((change) => {
      // "Running" comes as soon as the server answers `initialize`, before the open documents are sent:
      // views asked then would find nothing, so they are told when the start has completed.
      if (change.newState !== State.Running) return;
      client.start().then(() => client === this.current && this.running.fire(), () => undefined);
    });
    return client;
  }

  /** Decides what follows a connection error or close, instead of the client's own loop of restarts. */
  private errorHandler(client: () => LanguageClient): ErrorHandler {
    return {
      error: (error, _message, count) => {
        if (count !== undefined && count <= 3) return { action: ErrorAction.Continue };
        this.report(vscode.l10n.t('The Maillog language server stopped: {0}', errorText(error)));
        return { action: ErrorAction.Shutdown, handled: true };
      },
      closed: () => {
        const wasRunning = client().state === State.Running;
        if (this.policy.restartAfterClose(wasRunning, Date.now())) return { action: CloseAction.Restart };
        this.report(wasRunning
          ? vscode.l10n.t('The Maillog language server stopped {0} times in {1} minutes and is not restarted again.', MAX_RESTARTS + 1, WINDOW_MS / 60_000)
          : vscode.l10n.t('The Maillog language server exited before it was ready.'));
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    };
  }

  /** The one failure message of this start, with a way to see why and a way out. */
  private report(message: string): void {
    if (this.reportedAttempt === this.attempt) return;
    this.reportedAttempt = this.attempt;
    const showOutput = vscode.l10n.t('Show Output');
    const restart = vscode.l10n.t('Restart');
    void showError(message, showOutput, restart).then((choice) => {
      if (choice === showOutput) this.output.show(true);
      else if (choice === restart) void this.restart();
    });
  }
}
