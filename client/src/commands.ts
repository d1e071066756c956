import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { JourneyTextRequest, LARGE_FILE_SCHEME } from '../../server/src/protocol';
import { LANGUAGE_ID } from './client';
import { isJourneyNode, type TraceTree } from './traceTree';
import { SummaryPanel } from './summaryPanel';
import type { LargeFiles } from './largeFiles';
import type { Server } from './server';
import { errorText, showError, showInfo, showStatus } from './notify';

/**
 * The extension's commands. Those in package.json are in the palette under the "Maillog"
 * category; `maillog.revealLine` and `maillog.loadMoreTraces` only serve the tree and the summary.
 */
export function registerCommands(context: vscode.ExtensionContext, server: Server, tree: TraceTree, largeFiles: LargeFiles): vscode.Disposable {
  const client = (): LanguageClient => server.client;
  const register = registerReporting;
  return vscode.Disposable.from(
    register('maillog.revealLine', (uri: vscode.Uri, line: number, label?: string) =>
      uri.scheme === LARGE_FILE_SCHEME ? largeFiles.reveal(uri, line, label ?? String(line + 1)) : revealLine(uri, line)),
    register('maillog.openLargeFile', async (file?: vscode.Uri) => {
      const target = file ?? (await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: vscode.l10n.t('Index Traces'),
        title: vscode.l10n.t('Open Traces of a Large Mail Log'),
      }))?.[0];
      if (target) await openLogSet(largeFiles, [target]);
    }),
    // From the Explorer: the clicked resource and the selection; from the palette: a picker.
    register('maillog.openLogSet', async (clicked?: vscode.Uri, selected?: vscode.Uri[]) => {
      const picked = selected?.length ? selected : clicked ? [clicked] : await vscode.window.showOpenDialog({
        canSelectMany: true,
        canSelectFiles: true,
        canSelectFolders: true,
        openLabel: vscode.l10n.t('Open Log Set'),
        title: vscode.l10n.t('Open Log Set: rotated, compressed or several hosts\' mail logs'),
      });
      if (picked?.length) await openLogSet(largeFiles, picked);
    }),
    register('maillog.openJournal', async () => {
      const spans = [
        { label: vscode.l10n.t('Last hour'), since: '1h ago' },
        { label: vscode.l10n.t('Today'), since: 'today' },
        { label: vscode.l10n.t('Last 24 hours'), since: '24h ago' },
        { label: vscode.l10n.t('Last 7 days'), since: '7d ago' },
      ];
      const span = await vscode.window.showQuickPick(spans, { title: vscode.l10n.t('Open Postfix Journal: since when?') });
      if (!span) return;
      const result = await largeFiles.openJournal(span.since);
      if (!result) return;
      await vscode.commands.executeCommand('maillog.traces.focus');
      void showInfo(vscode.l10n.t('{0}: {1} lines, {2} journeys.', 'journalctl', result.lines, result.journeys));
    }),
    register('maillog.filterTraces', async () => {
      const filter = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter Mail Traces'),
        prompt: vscode.l10n.t('Show journeys whose queue ID, sender, recipient or Message-ID contains this text, or whose status is it (sent, deferred, bounced, expired, rejected, active)'),
        value: tree.filter ?? '',
      });
      if (filter !== undefined) await tree.setFilter(filter);
    }),
    register('maillog.clearTraceFilter', () => tree.setFilter(undefined)),
    register('maillog.refreshTraces', () => tree.refresh()),
    register('maillog.loadMoreTraces', () => tree.loadMore()),
    register('maillog.revealTrace', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
      // In a journey document of a large file, the journey is the large file's, at that file's line.
      const inLargeFile = largeFiles.fileLineOf(editor.document.uri, editor.selection.active.line);
      if (inLargeFile && tree.documentUri?.toString() !== inLargeFile.log.toString()) await tree.showLog(inLargeFile.log);
      const { log, line } = inLargeFile ?? { log: editor.document.uri, line: editor.selection.active.line };
      const trace = await tree.revealLine(log, line);
      if (!trace) void showInfo(vscode.l10n.t('This line is not part of any mail journey.'));
    }),
    register('maillog.copyTrace', async (node?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const uri = isJourneyNode(node) ? node.uri : editor?.document.uri;
      const line = isJourneyNode(node) ? node.trace.firstLine : editor?.selection.active.line;
      if (!uri || line === undefined) return;
      // The server holds the text the line numbers refer to (for a large file, the only copy).
      const journey = await client().sendRequest(JourneyTextRequest, { uri: uri.toString(), line });
      if (!journey) {
        void showInfo(vscode.l10n.t('This line is not part of any mail journey.'));
        return;
      }
      await vscode.env.clipboard.writeText(journey.text);
      showStatus(vscode.l10n.t('Copied {0} lines of journey {1}', journey.lines.length, journey.queueIds.join(' → ')), 4000);
    }),
    register('maillog.restartServer', () => server.restart()),
    register('maillog.showSummary', () => {
      const editor = vscode.window.activeTextEditor;
      const uri = editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : tree.documentUri;
      if (!uri) {
        void showInfo(vscode.l10n.t('Open a mail log first.'));
        return;
      }
      SummaryPanel.show(context, client, tree, uri);
    }),
  );
}

/** Indexes files and folders on this machine's disk as one log and lists its journeys in Mail Traces. */
async function openLogSet(largeFiles: LargeFiles, uris: readonly vscode.Uri[]): Promise<void> {
  // A virtual workspace's path names no file here: reading it would read another file.
  const remote = uris.find((uri) => uri.scheme !== 'file');
  if (remote) {
    void showError(vscode.l10n.t('Only files on disk can be opened as a log set, not {0}', remote.toString()));
    return;
  }
  const result = await largeFiles.openSet(uris.map((uri) => uri.fsPath));
  if (!result) return;
  await vscode.commands.executeCommand('maillog.traces.focus');
  const label = result.files.length === 1 ? result.files[0].path : vscode.l10n.t('{0} files', result.files.length);
  void showInfo(result.hosts
    ? vscode.l10n.t('{0}: {1} lines, {2} journeys; several hosts, merged by time and linked by their relays.', label, result.lines, result.journeys)
    : vscode.l10n.t('{0}: {1} lines, {2} journeys.', label, result.lines, result.journeys));
}

/**
 * Registers a command whose failure is reported here: VS Code would show a thrown error's message
 * as it is, and a server's message names files, which may carry link syntax.
 */
function registerReporting(id: string, run: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: never[]) => {
    try {
      return await run(...args);
    } catch (error) {
      void showError(errorText(error));
      return undefined;
    }
  });
}

/** Opens the document at a line and selects the line, cursor at its start. */
async function revealLine(uri: vscode.Uri, line: number): Promise<void> {
  // Reuse the column already showing the log, so a click in the summary does not cover it.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = shown?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false, viewColumn: shown?.viewColumn });
  // The log may have shrunk since the line was listed (rotated, truncated).
  const text = editor.document.lineAt(Math.min(line, editor.document.lineCount - 1));
  editor.selection = new vscode.Selection(text.range.end, text.range.start);
  editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
