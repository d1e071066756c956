import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CloseLargeFileNotification, LARGE_FILE_SCHEME, TraceAtRequest, TracesRequest, type Journey, type JourneyEvent, type JourneyStatus } from '../../server/src/protocol';
import { LANGUAGE_ID } from './client';
import { onDidSendTextAfterAll } from './openFromDisk';
import { settings } from './config';
import { plainText } from './plainText';
import { JOURNEY_SCHEME } from './largeFiles';
import { handledStale } from './staleLogs';

export const VIEW_ID = 'maillog.traces';

type Node = JourneyNode | EventNode | MoreNode | MoreLinesNode;

interface JourneyNode { readonly type: 'journey'; readonly uri: vscode.Uri; readonly trace: Journey }
interface EventNode { readonly type: 'event'; readonly uri: vscode.Uri; readonly event: JourneyEvent; readonly parent: JourneyNode }
interface MoreNode { readonly type: 'more'; readonly remaining: number }
/** The last child of a journey whose events the server cut to the first ones (traceAt's `lineCount`). */
interface MoreLinesNode { readonly type: 'moreLines'; readonly remaining: number; readonly parent: JourneyNode }

const STATUS_ICONS: Record<JourneyStatus, vscode.ThemeIcon> = {
  sent: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  deferred: new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground')),
  bounced: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  expired: new vscode.ThemeIcon('history', new vscode.ThemeColor('list.errorForeground')),
  rejected: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('list.errorForeground')),
  discarded: new vscode.ThemeIcon('trash', new vscode.ThemeColor('list.errorForeground')),
  held: new vscode.ThemeIcon('debug-pause', new vscode.ThemeColor('list.warningForeground')),
  active: new vscode.ThemeIcon('sync'),
  removed: new vscode.ThemeIcon('circle-outline'),
};

const STATUS_LABELS: Record<JourneyStatus, string> = {
  sent: vscode.l10n.t('sent'),
  deferred: vscode.l10n.t('deferred'),
  bounced: vscode.l10n.t('bounced'),
  expired: vscode.l10n.t('expired'),
  rejected: vscode.l10n.t('rejected'),
  discarded: vscode.l10n.t('discarded'),
  held: vscode.l10n.t('on hold'),
  active: vscode.l10n.t('still in the queue'),
  removed: vscode.l10n.t('removed without delivery'),
};

/**
 * The Mail Traces view: one node per journey of the active maillog editor, loaded a page at a
 * time from `maillog/traces`; a journey's events load when it is expanded.
 */
export class TraceTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private journeys: JourneyNode[] = [];
  private total = 0;
  private filterText: string | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private loading: Promise<void> | undefined;
  /** Counts reloads: a page that answers an older one is dropped, not added to the new list. */
  private generation = 0;

  /** `client` is asked each time: a restart may replace it. */
  constructor(private readonly client: () => LanguageClient) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changeEmitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.uri && e.contentChanges.length > 0 && e.document.uri.toString() === this.uri.toString()) this.scheduleRefresh();
      }),
      onDidSendTextAfterAll((uri) => {
        if (this.uri?.toString() === uri.toString()) void this.reload();
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  get filter(): string | undefined {
    return this.filterText;
  }

  /** The journeys loaded so far (the first pages). */
  get loaded(): readonly Journey[] {
    return this.journeys.map((node) => node.trace);
  }

  setFilter(filter: string | undefined): Promise<void> {
    this.filterText = filter?.trim() || undefined;
    void vscode.commands.executeCommand('setContext', 'maillog.traceFilterActive', this.filterText !== undefined);
    return this.reload();
  }

  /** Loads the journey that contains a line, selects it in the view and expands it. */
  async revealLine(uri: vscode.Uri, line: number): Promise<Journey | undefined> {
    const trace = await this.client().sendRequest(TraceAtRequest, { textDocument: { uri: uri.toString() }, line });
    if (!trace) return undefined;
    let node = this.journeys.find((j) => j.trace.firstLine === trace.firstLine);
    if (!node) {
      // Not among the loaded pages: narrow the view to it rather than loading thousands of nodes.
      await this.setFilter(trace.queueIds.find((id) => id !== 'NOQUEUE') ?? trace.from ?? '');
      node = this.journeys.find((j) => j.trace.firstLine === trace.firstLine);
    }
    if (node) await this.view.reveal(node, { select: true, focus: true, expand: true });
    return trace;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'journey': {
        const { trace } = node;
        // Queue IDs, addresses and Message-IDs come from strangers: plain text, invisible characters by code point.
        const journey = plainText(trace.queueIds.join(' → '), 200);
        const item = new vscode.TreeItem(journey, vscode.TreeItemCollapsibleState.Collapsed);
        const to = plainText(trace.recipients.map((r) => r.address).join(', '), 200) || '…';
        const from = trace.from === undefined ? '?' : plainText(trace.from, 120) || '<>';
        item.description = `${from} → ${to} · ${STATUS_LABELS[trace.status]}`;
        item.tooltip = `${journey}\n${item.description}\n${plainText(trace.messageId ?? '', 200)}`;
        item.iconPath = STATUS_ICONS[trace.status];
        item.contextValue = 'journey';
        item.id = `${node.uri.toString()}#${trace.firstLine}`;
        item.command = revealCommand(node.uri, trace.firstLine, trace.queueIds.join(' → '));
        return item;
      }
      case 'event': {
        const summary = plainText(node.event.summary, 300);
        const item = new vscode.TreeItem(summary, vscode.TreeItemCollapsibleState.None);
        item.description = vscode.l10n.t('line {0}', node.event.line + 1);
        item.tooltip = `${plainText(node.event.kind, 100)}\n${summary}`;
        item.contextValue = 'event';
        item.command = revealCommand(node.uri, node.event.line, node.parent.trace.queueIds.join(' → '));
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('Load {0} more journeys…', node.remaining));
        item.command = { command: 'maillog.loadMoreTraces', title: vscode.l10n.t('Load more') };
        return item;
      }
      case 'moreLines': {
        const item = new vscode.TreeItem(vscode.l10n.t('… and {0} more lines (Copy Journey Lines for all)', node.remaining));
        item.command = { command: 'maillog.copyTrace', title: vscode.l10n.t('Copy Journey Lines'), arguments: [node.parent] };
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      await this.loading;
      const more: Node[] = this.total > this.journeys.length ? [{ type: 'more', remaining: this.total - this.journeys.length }] : [];
      return [...this.journeys, ...more];
    }
    if (node.type !== 'journey') return [];
    const trace = await this.client().sendRequest(TraceAtRequest, { textDocument: { uri: node.uri.toString() }, line: node.trace.firstLine });
    const events = trace?.events ?? [];
    const children: Node[] = events.map((event) => ({ type: 'event', uri: node.uri, event, parent: node }));
    const remaining = (trace?.lineCount ?? events.length) - events.length;
    if (remaining > 0) children.push({ type: 'moreLines', remaining, parent: node });
    return children;
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'event' || node.type === 'moreLines' ? node.parent : undefined;
  }

  async loadMore(): Promise<void> {
    if (!this.uri) return;
    await this.fetch(this.uri, this.journeys.length);
    this.changeEmitter.fire(undefined);
  }

  refresh(): Promise<void> {
    return this.reload();
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
  }

  /** Shows the journeys of a log that is not an open editor (a large file indexed from disk). */
  showLog(uri: vscode.Uri, description?: string): Promise<void> {
    this.showing(uri);
    this.view.description = description;
    return this.reload();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    // A journey document of a large file is part of the large file's view, not a log of its own.
    if (!editor || editor.document.languageId !== LANGUAGE_ID || editor.document.uri.scheme === JOURNEY_SCHEME) return;
    if (this.uri?.toString() === editor.document.uri.toString()) return;
    this.showing(editor.document.uri);
    this.view.description = undefined;
    void this.reload();
  }

  /** A large log the view stops showing is released on the server (its index and descriptors). */
  private showing(uri: vscode.Uri): void {
    const previous = this.uri;
    this.uri = uri;
    if (previous?.scheme === LARGE_FILE_SCHEME && previous.toString() !== uri.toString() && this.client().isRunning()) {
      void this.client().sendNotification(CloseLargeFileNotification, { uri: previous.toString() });
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.reload(), 300);
  }

  private reload(): Promise<void> {
    const uri = this.uri;
    const generation = ++this.generation;
    this.journeys = [];
    this.total = 0;
    // Before the server runs there is nothing to ask (and asking would start it): it reloads when the server is up.
    this.loading = uri && this.client().isRunning()
      ? this.fetch(uri, 0, generation).catch((error: unknown) => void handledStale(uri.toString(), error))
      : Promise.resolve();
    return this.loading.then(() => {
      this.view.message = this.filterText === undefined
        ? undefined
        : this.total === 1
          ? plainText(vscode.l10n.t('Filter "{0}": 1 journey', this.filterText))
          : plainText(vscode.l10n.t('Filter "{0}": {1} journeys', this.filterText, this.total));
      this.changeEmitter.fire(undefined);
    });
  }

  private async fetch(uri: vscode.Uri, offset: number, generation = this.generation): Promise<void> {
    const page = await this.client().sendRequest(TracesRequest, {
      textDocument: { uri: uri.toString() },
      filter: this.filterText,
      offset,
      limit: settings().tracePageSize,
      withoutEvents: true,
    });
    if (generation !== this.generation) return; // reloaded meanwhile: another document, filter or text
    this.journeys.push(...page.traces.map((trace): JourneyNode => ({ type: 'journey', uri, trace })));
    this.total = page.total;
  }
}

function revealCommand(uri: vscode.Uri, line: number, journey: string): vscode.Command {
  return { command: 'maillog.revealLine', title: vscode.l10n.t('Reveal line'), arguments: [uri, line, journey] };
}

export function isJourneyNode(node: unknown): node is JourneyNode {
  return typeof node === 'object' && node !== null && (node as Node).type === 'journey';
}
