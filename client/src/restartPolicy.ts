// When the language server's connection closes, should the client start it again? A server that
// dies while starting would die again, and one that keeps crashing makes a loop that fills the
// output and steals CPU: both stop and the user is asked instead. No vscode import, so it is tested alone.

/** Automatic restarts allowed within WINDOW_MS; the next crash in the window stops the server. */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60 * 1000;

export class RestartPolicy {
  /** Times of the crashes within the window, oldest first. */
  private crashes: number[] = [];

  /**
   * Whether to restart after the connection closed at `now` (ms). `wasRunning` is false when it closed
   * before the server answered `initialize`: a server that cannot start is not retried.
   */
  restartAfterClose(wasRunning: boolean, now: number): boolean {
    if (!wasRunning) return false;
    this.crashes = this.crashes.filter((time) => now - time < WINDOW_MS);
    this.crashes.push(now);
    return this.crashes.length <= MAX_RESTARTS;
  }

  /** The user asked for a start: earlier crashes no longer count against it. */
  reset(): void {
    this.crashes = [];
  }
}
