import * as vscode from 'vscode';
import { plainText } from './plainText';

// Everything the client says in a notification, a progress message or the status bar goes through
// here, whole (our words and the file names or server messages in them alike), so that nothing from
// outside can become a link there. A unit test checks that no other file calls these vscode APIs.

/** Information, with buttons; resolves to the one clicked. */
export function showInfo<T extends string>(text: string, ...actions: T[]): Thenable<T | undefined> {
  return vscode.window.showInformationMessage(plainText(text), ...actions);
}

/** A warning, with buttons; resolves to the one clicked. */
export function showWarning<T extends string>(text: string, ...actions: T[]): Thenable<T | undefined> {
  return vscode.window.showWarningMessage(plainText(text), ...actions);
}

/** An error, with buttons; resolves to the one clicked. */
export function showError<T extends string>(text: string, ...actions: T[]): Thenable<T | undefined> {
  return vscode.window.showErrorMessage(plainText(text), ...actions);
}

export function showStatus(text: string, hideAfterMs: number): vscode.Disposable {
  return vscode.window.setStatusBarMessage(plainText(text), hideAfterMs);
}

/** The message of whatever was thrown or rejected, for `showError`. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A cancellable progress notification; `report` messages go through the same filter as the title. */
export function withProgress<T>(
  title: string,
  task: (report: (value: { increment?: number; message?: string }) => void, cancel: vscode.CancellationToken) => Thenable<T>,
): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: plainText(title), cancellable: true },
    (progress, cancel) => task((value) => progress.report({ ...value, message: value.message === undefined ? undefined : plainText(value.message) }), cancel),
  );
}
