import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { JourneyTextRequest, LARGE_FILE_SCHEME, OpenLargeFileRequest, type OpenLargeFileResult } from '../../server/src/protocol';
import { errorText, showError, withProgress } from './notify';
import { plainText } from './plainText';

/** Read-only documents holding one journey of a large file: `maillog-journey:/name ids.maillog?{log,line}`. */
export const JOURNEY_SCHEME = 'maillog-journey';

/**
 * Files over VS Code's 50 MB limit for extensions: the server indexes them from disk, the Mail
 * Traces view lists their journeys, and a journey opens as a small read-only maillog of its own
 * lines, where hovers and definitions work as in any log.
 */
export class LargeFiles implements vscode.TextDocumentContentProvider, vscode.Disposable {
  /** For each journey document, the file line of each of its lines. */
  private readonly fileLines = new Map<string, number[]>();
  private readonly registration: vscode.Disposable;

  /** `client` is asked each time: a restart may replace it. */
  constructor(private readonly client: () => LanguageClient) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(JOURNEY_SCHEME, this);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { log, line } = journeyQuery(uri);
    const journey = await this.client().sendRequest(JourneyTextRequest, { uri: log, line });
    if (!journey) return vscode.l10n.t('This journey is no longer available: open the large file again.');
    this.fileLines.set(uri.toString(), journey.lines);
    return journey.text;
  }

  /** Indexes a file in one streaming pass, with progress and a cancel button. */
  index(file: string): Thenable<OpenLargeFileResult | undefined> {
    return withProgress(vscode.l10n.t('Indexing {0}', path.basename(file)), async (report, cancel) => {
      const workDoneToken = randomUUID();
      let last = 0;
      const client = this.client();
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'report' || value.percentage === undefined) return;
        report({ increment: value.percentage - last, message: value.message });
        last = value.percentage;
      });
      try {
        // The URI as VS Code writes it, so that the server knows the log by the URI it is asked about.
        const uri = vscode.Uri.file(file).with({ scheme: LARGE_FILE_SCHEME }).toString();
        return await client.sendRequest(OpenLargeFileRequest, { path: file, uri, workDoneToken }, cancel);
      } catch (error) {
        if (!cancel.isCancellationRequested) void showError(errorText(error));
        return undefined;
      } finally {
        listening.dispose();
      }
    });
  }

  /** Opens the journey that a line of a large file belongs to, with that line selected. */
  async reveal(logUri: vscode.Uri, line: number, label: string): Promise<void> {
    // The name is the editor tab's title: plain text, like any other title from a file name.
    const name = `${plainText(path.basename(logUri.path), 200)} ${plainText(label, 100)}.maillog`.replace(/[/\\]/g, '_');
    const uri = vscode.Uri.from({ scheme: JOURNEY_SCHEME, path: `/${name}`, query: JSON.stringify({ log: logUri.toString(), line }) });
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: true });
    const index = Math.max(0, this.fileLines.get(uri.toString())?.indexOf(line) ?? 0);
    const range = document.lineAt(Math.min(index, document.lineCount - 1)).range;
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range);
  }

  /**
   * For a line of a journey document, the large file and the line of it shown there: a journey
   * document's own line numbers mean nothing to the large file's journeys. Undefined for other documents.
   */
  fileLineOf(uri: vscode.Uri, line: number): { log: vscode.Uri; line: number } | undefined {
    if (uri.scheme !== JOURNEY_SCHEME) return undefined;
    const fileLine = this.fileLines.get(uri.toString())?.[line];
    return fileLine === undefined ? undefined : { log: vscode.Uri.parse(journeyQuery(uri).log), line: fileLine };
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** What a journey document's URI holds: the large file's URI and a line of the journey. */
function journeyQuery(uri: vscode.Uri): { log: string; line: number } {
  return JSON.parse(uri.query) as { log: string; line: number };
}
