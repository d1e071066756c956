import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SummaryRequest, type MailSummary } from '../../server/src/protocol';
import type { TraceTree } from './traceTree';
import { html, nonce } from './summaryHtml';
import { VIEW_ID } from './traceTree';
import { plainText } from './plainText';
import { handledStale } from './staleLogs';

/** Re-request the report this long after the log last changed. */
const REFRESH_DELAY_MS = 500;
const MAX_FILTER_LENGTH = 1000;

/** Messages the webview script posts. */
type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly line: number }
  | { readonly type: 'filter'; readonly text: string }
  | { readonly type: 'refresh' };

/**
 * The Summary webview: pflogsumm's report for one maillog document, beside the editor, kept
 * up to date as the log grows. One panel per document, reused when shown again.
 */
export class SummaryPanel implements vscode.Disposable {
  private static readonly panels = new Map<string, SummaryPanel>();

  static show(context: vscode.ExtensionContext, client: () => LanguageClient, tree: TraceTree, uri: vscode.Uri): SummaryPanel {
    const key = uri.toString();
    const existing = SummaryPanel.panels.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      void existing.refresh();
      return existing;
    }
    const created = new SummaryPanel(context, client, tree, uri);
    SummaryPanel.panels.set(key, created);
    return created;
  }

  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private latest: MailSummary | null | undefined;
  /** The log changed while the page was hidden: refresh when it is shown again. */
  private stale = false;
  private generation = 0;

  private constructor(
    context: vscode.ExtensionContext,
    /** Asked each time: a restart may replace it. */
    private readonly client: () => LanguageClient,
    private readonly tree: TraceTree,
    private readonly uri: vscode.Uri,
  ) {
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(
      'maillog.summary',
      plainText(vscode.l10n.t('Summary: {0}', basename(uri)), 200), // the tab's title: a file name from outside
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] },
    );
    const webview = this.panel.webview;
    webview.html = html({
      cspSource: webview.cspSource,
      nonce: nonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'summary.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'summary.css')).toString(),
      lang: vscode.env.language,
      title: vscode.l10n.t('Mail Summary'),
      loading: vscode.l10n.t('Loading the summary…'),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri.toString() && e.contentChanges.length > 0) this.scheduleRefresh();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === this.uri.toString()) this.scheduleRefresh();
      }),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) void this.refresh();
      }),
    );
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
  }

  /** Asks the server for the report and hands it to the page. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const generation = ++this.generation;
    let summary: MailSummary | null;
    try {
      summary = await this.client().sendRequest(SummaryRequest, { textDocument: { uri: this.uri.toString() } });
    } catch (error) {
      if (handledStale(this.uri.toString(), error)) return;
      if (generation === this.generation) void this.post({ type: 'error', message: vscode.l10n.t('The summary could not be computed: {0}', String((error as Error)?.message ?? error)) });
      return;
    }
    if (generation !== this.generation) return; // a newer request is on its way
    this.latest = summary;
    await this.post({ type: 'summary', summary, strings: webviewStrings() });
  }

  dispose(): void {
    clearTimeout(this.timer);
    SummaryPanel.panels.delete(this.uri.toString());
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private post(message: unknown): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** Only well-formed requests are acted on: the page shows text from strangers' log lines. */
  private onMessage(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const m = message as FromWebview;
    switch (m.type) {
      case 'ready':
        // The page was (re)loaded: it shows nothing until told.
        if (this.latest !== undefined && !this.stale) void this.post({ type: 'summary', summary: this.latest, strings: webviewStrings() });
        else void this.refresh();
        return;
      case 'refresh':
        void this.refresh();
        return;
      case 'reveal':
        if (Number.isInteger(m.line) && m.line >= 0) void vscode.commands.executeCommand('maillog.revealLine', this.uri, m.line);
        return;
      case 'filter':
        if (typeof m.text === 'string' && m.text.length > 0 && m.text.length <= MAX_FILTER_LENGTH) void this.filterTree(m.text);
        return;
      default:
        return;
    }
  }

  private async filterTree(text: string): Promise<void> {
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    await this.tree.setFilter(text);
  }
}

function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** Every word the page shows, in the UI language; `{0}` stays a placeholder the page fills. */
function webviewStrings(): Record<string, string> {
  return {
    title: vscode.l10n.t('Mail Summary'),
    span: vscode.l10n.t('{0} lines, {1} to {2}', '{0}', '{1}', '{2}'),
    files: vscode.l10n.t('Files, in time order: {0}', '{0}'),
    fileLines: vscode.l10n.t('{0} ({1} lines)', '{0}', '{1}'),
    abandoned: vscode.l10n.t('abandoned'),
    abandonedNote: vscode.l10n.t('sessions whose client left before DATA: never queued, so neither delivered nor in flight'),
    totals: vscode.l10n.t('Grand totals'),
    received: vscode.l10n.t('received'),
    delivered: vscode.l10n.t('delivered'),
    forwardedToFilter: vscode.l10n.t('forwarded to a content filter'),
    forwardedNote: vscode.l10n.t('hand-overs to a content filter are a hop of the journey, not a delivery'),
    forwarded: vscode.l10n.t('forwarded'),
    forwardedAliasNote: vscode.l10n.t('recipients forwarded by an alias or .forward as a new message'),
    deferred: vscode.l10n.t('deferred'),
    deferrals: vscode.l10n.t('{0} deferrals', '{0}'),
    bounced: vscode.l10n.t('bounced'),
    rejected: vscode.l10n.t('rejected'),
    expired: vscode.l10n.t('expired'),
    discarded: vscode.l10n.t('discarded'),
    held: vscode.l10n.t('held'),
    bytesReceived: vscode.l10n.t('bytes received'),
    bytesDelivered: vscode.l10n.t('bytes delivered'),
    senders: vscode.l10n.t('senders'),
    sendingDomains: vscode.l10n.t('sending domains'),
    sendingHosts: vscode.l10n.t('sending hosts'),
    recipients: vscode.l10n.t('recipients'),
    recipientDomains: vscode.l10n.t('recipient domains'),
    cutOff: vscode.l10n.t('Journeys cut off by the log'),
    startedBeforeLog: vscode.l10n.t('started before the log'),
    startedBeforeLogNote: vscode.l10n.t('their first line in the log is not where they were received'),
    unfinishedAtEnd: vscode.l10n.t('unfinished at its end'),
    unfinishedAtEndNote: vscode.l10n.t('not removed from the queue and no final status yet'),
    perHour: vscode.l10n.t('Per-hour traffic'),
    hourTip: vscode.l10n.t('{0}: received {1}, delivered {2}, deferred {3}, bounced {4}, rejected {5}', '{0}', '{1}', '{2}', '{3}', '{4}', '{5}'),
    topSenders: vscode.l10n.t('Top senders'),
    topRecipients: vscode.l10n.t('Top recipients'),
    topSendingDomains: vscode.l10n.t('Top sending domains'),
    topRecipientDomains: vscode.l10n.t('Top receiving domains'),
    byCount: vscode.l10n.t('by message count'),
    byBytes: vscode.l10n.t('by size'),
    topOf: vscode.l10n.t('top {0} of {1}', '{0}', '{1}'),
    deferralReasons: vscode.l10n.t('Deferral reasons'),
    bounceReasons: vscode.l10n.t('Bounce reasons'),
    rejectReasons: vscode.l10n.t('Reject reasons'),
    delays: vscode.l10n.t('Delivery delays by relay (seconds)'),
    delayStages: vscode.l10n.t('a: before the queue manager, b: in the queue manager, c: connection setup, d: transmission (means)'),
    count: vscode.l10n.t('count'),
    bytes: vscode.l10n.t('bytes'),
    defers: vscode.l10n.t('defers'),
    messages: vscode.l10n.t('messages'),
    dsn: vscode.l10n.t('DSN'),
    host: vscode.l10n.t('host'),
    reason: vscode.l10n.t('reason'),
    action: vscode.l10n.t('action'),
    by: vscode.l10n.t('by'),
    stage: vscode.l10n.t('stage'),
    reply: vscode.l10n.t('reply'),
    relay: vscode.l10n.t('relay'),
    sender: vscode.l10n.t('sender'),
    recipient: vscode.l10n.t('recipient'),
    domain: vscode.l10n.t('domain'),
    journeys: vscode.l10n.t('journeys'),
    time: vscode.l10n.t('time'),
    reject: vscode.l10n.t('reject'),
    hold: vscode.l10n.t('hold'),
    discard: vscode.l10n.t('discard'),
    none: vscode.l10n.t('None.'),
    lineLink: vscode.l10n.t('line {0}', '{0}'),
    openLine: vscode.l10n.t('Open line {0} of the log', '{0}'),
    filterTip: vscode.l10n.t('Show these journeys in Mail Traces'),
    noDocument: vscode.l10n.t('The log is not open any more: open it to see its summary.'),
    refresh: vscode.l10n.t('Refresh'),
  };
}
