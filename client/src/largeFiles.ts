import * as vscode from 'vscode';
import { createHash, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import {
  JourneyTextRequest, LARGE_FILE_SCHEME, OpenJournalRequest, OpenLogSetRequest, type LineOrigin, type OpenLogSetResult,
} from '../../server/src/protocol';
import { errorText, showError, showInfo, showWarning, withProgress } from './notify';
import { plainText } from './plainText';
import { handledStale, setStaleHandler } from './staleLogs';
import { isMaillogName } from '../../server/src/engine/model/logNames';

/** What was indexed under a URI: to say which set the view shows, and to index it again. */
interface Indexed {
  /** The paths the user picked (files or folders). */
  readonly paths: string[];
  /** For the journal: the start of the span read. */
  readonly journalSince?: string;
  /** For a set: its files in the order read. */
  readonly files: string[];
  readonly label: string;
}

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
  /** For each journey document of a set, each line's file and line there. */
  private readonly origins = new Map<string, { files: string[]; origins: LineOrigin[] }>();
  private readonly indexed = new Map<string, Indexed>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Shows each journey line's file and line at its end (the text stays the log's own, for hovers). */
  private readonly originDecoration = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 2em', color: new vscode.ThemeColor('editorCodeLens.foreground') },
  });

  /** `client` is asked each time: a restart may replace it; `show` lists a log's journeys in Mail Traces. */
  constructor(private readonly client: () => LanguageClient, private readonly show: (uri: vscode.Uri) => Thenable<void>) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(JOURNEY_SCHEME, this),
      this.originDecoration,
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))),
    );
    setStaleHandler((uri, message) => void this.offerReindex(uri, message));
    this.disposables.push(vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.opened) void this.offerGzip(tab.input);
    }));
  }

  /** VS Code shows a `.gz` as binary: a rotated mail log (by its name) is better read as a log set. */
  private async offerGzip(input: unknown): Promise<void> {
    const uri = (input as { uri?: unknown } | undefined)?.uri;
    if (!(uri instanceof vscode.Uri) || uri.scheme !== 'file' || !uri.path.endsWith('.gz') || !isMaillogName(path.basename(uri.path))) return;
    const open = vscode.l10n.t('Open as Log Set');
    const answer = await showInfo(vscode.l10n.t('{0} is compressed: open it as a log set to read its mail journeys?', path.basename(uri.fsPath)), open);
    if (answer === open) await vscode.commands.executeCommand('maillog.openLogSet', uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { log, line } = journeyQuery(uri);
    let journey;
    try {
      journey = await this.client().sendRequest(JourneyTextRequest, { uri: log, line });
    } catch (error) {
      if (!handledStale(log, error)) throw error;
      journey = null;
    }
    if (!journey) return vscode.l10n.t('This journey is no longer available: open the large file again.');
    this.fileLines.set(uri.toString(), journey.lines);
    if (journey.files && journey.origins) this.origins.set(uri.toString(), { files: journey.files, origins: journey.origins });
    return journey.text;
  }

  /** A description of what a large-log URI holds (for the Mail Traces view), undefined for others. */
  labelOf(uri: vscode.Uri): string | undefined {
    return this.indexed.get(uri.toString())?.label;
  }

  /** Indexes files and folders as one log set, then shows its journeys. */
  async openSet(paths: string[]): Promise<OpenLogSetResult | undefined> {
    const result = await this.indexSet(paths);
    if (!result) return undefined;
    const files = result.files.map((file) => file.path);
    const first = path.basename(files[0]);
    const label = files.length === 1
      ? first
      : vscode.l10n.t('{0} files from {1} to {2}', files.length, first, path.basename(files[files.length - 1]));
    this.indexed.set(result.uri, { paths, files, label: plainText(label, 200) });
    for (const cut of result.endedEarly ?? []) {
      void showWarning(vscode.l10n.t('{0} ends early (a gzip file cut short): its lines up to there are read.', path.basename(cut)));
    }
    await this.show(vscode.Uri.parse(result.uri));
    return result;
  }

  /** Reads Postfix's systemd journal over a time span (journalctl's `--since`) as a log set, then shows its journeys. */
  async openJournal(since: string): Promise<OpenLogSetResult | undefined> {
    const uri = vscode.Uri.from({ scheme: LARGE_FILE_SCHEME, path: `/journal/${since}` }).toString();
    const result = await this.indexing('journalctl', (workDoneToken, cancel) => this.client().sendRequest(OpenJournalRequest, { since, uri, workDoneToken }, cancel));
    if (!result) return undefined;
    this.indexed.set(result.uri, { paths: [], journalSince: since, files: [], label: plainText(vscode.l10n.t('Postfix journal since {0}', since), 200) });
    await this.show(vscode.Uri.parse(result.uri));
    return result;
  }

  private indexSet(paths: string[]): Thenable<OpenLogSetResult | undefined> {
    const title = paths.length === 1 ? path.basename(paths[0]) : vscode.l10n.t('{0} paths', paths.length);
    return this.indexing(title, (workDoneToken, cancel) => this.client().sendRequest(OpenLogSetRequest, { paths, uri: setUri(paths), workDoneToken }, cancel));
  }

  /** A request that indexes a log, with the server's progress in a notification that can cancel it. */
  private indexing(
    title: string,
    send: (workDoneToken: string, cancel: vscode.CancellationToken) => Thenable<OpenLogSetResult>,
  ): Thenable<OpenLogSetResult | undefined> {
    return withProgress(vscode.l10n.t('Indexing {0}', title), async (report, cancel) => {
      const workDoneToken = randomUUID();
      const client = this.client();
      const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'report' && value.message) report({ message: value.message });
      });
      try {
        return await send(workDoneToken, cancel);
      } catch (error) {
        if (!cancel.isCancellationRequested) void showError(errorText(error));
        return undefined;
      } finally {
        listening.dispose();
      }
    });
  }

  /** The files of a large log changed since they were indexed (or were released): offer to index them again. */
  private async offerReindex(uri: string, message: string): Promise<void> {
    const again = vscode.l10n.t('Index Again');
    if ((await showError(message, again)) !== again) return;
    const known = this.indexed.get(uri);
    const file = vscode.Uri.parse(uri);
    if (known?.journalSince !== undefined) await this.openJournal(known.journalSince);
    else if (known) await this.openSet(known.paths);
    else if (file.scheme === LARGE_FILE_SCHEME) await this.openSet([file.path]);
  }

  private decorate(editor: vscode.TextEditor): void {
    const known = this.origins.get(editor.document.uri.toString());
    if (!known) return;
    const decorations = known.origins.slice(0, editor.document.lineCount).map((origin, line) => ({
      range: editor.document.lineAt(line).range,
      renderOptions: { after: { contentText: `${plainText(path.basename(known.files[origin.file] ?? ''), 200)}:${origin.line + 1}` } },
    }));
    editor.setDecorations(this.originDecoration, decorations);
  }

  /** Opens the journey that a line of a large file belongs to, with that line selected. */
  async reveal(logUri: vscode.Uri, line: number, label: string): Promise<void> {
    // The name is the editor tab's title: plain text, like any other title from a file name.
    const name = `${plainText(path.basename(logUri.path), 200)} ${plainText(label, 100)}.maillog`.replace(/[/\\]/g, '_');
    const uri = vscode.Uri.from({ scheme: JOURNEY_SCHEME, path: `/${name}`, query: JSON.stringify({ log: logUri.toString(), line }) });
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: true });
    this.decorate(editor);
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
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * The URI a set is known by, as VS Code writes it (the server looks logs up by the very string):
 * a single path's own, else one named after the picked paths in the first one's folder.
 */
function setUri(paths: readonly string[]): string {
  if (paths.length === 1) return vscode.Uri.file(paths[0]).with({ scheme: LARGE_FILE_SCHEME }).toString();
  const digest = createHash('sha1').update(paths.join('\0')).digest('hex').slice(0, 12);
  return vscode.Uri.file(path.join(path.dirname(paths[0]), `log-set-${digest}`)).with({ scheme: LARGE_FILE_SCHEME }).toString();
}

/** What a journey document's URI holds: the large file's URI and a line of the journey. */
function journeyQuery(uri: vscode.Uri): { log: string; line: number } {
  return JSON.parse(uri.query) as { log: string; line: number };
}
