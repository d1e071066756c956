import * as vscode from 'vscode';

/** The `maillog.*` settings, read fresh each time so changes apply without a reload. */
export function settings() {
  const config = vscode.workspace.getConfiguration('maillog');
  return {
    /** Journeys fetched per page in the Mail Traces view. */
    tracePageSize: Math.max(10, config.get<number>('traces.pageSize', 500)),
    /** Everything the server reads, sent at start and on change. */
    server: { diagnostics: config.get<object>('diagnostics', {}) },
  };
}
