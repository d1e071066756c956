// The Summary webview and the Mail Traces filter, checked in the real extension host: the panel is a webview tab
// in another editor group than the log, one per log; the tree (fed by the server's maillog/traces request) narrows
// to a filter and maillog.clearTraceFilter widens it again. The tree's contents are read through the API that
// activate() returns (MaillogApi.traceTree), the only public window on an extension-owned TreeView.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, SEED, sleep, waitFor } = require('./helpers');

const JOURNEYS = ['EA8FF222F6', '974C6222F6 → 01373222F7'];

const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
// The extension host sees a webview's viewType with a prefix ("mainThreadWebview-maillog.summary").
const summaryTabs = () => allTabs().filter((t) => t.input instanceof vscode.TabInputWebview && /(^|-)maillog\.summary$/.test(t.input.viewType));

describe('Summary panel and Mail Traces filter', function () {
  let doc, api;

  before(async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    api = await ext.activate();
    assert.ok(api && api.traceTree, 'activate() returned no traceTree');
    doc = await vscode.workspace.openTextDocument(SEED);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    // the tree follows the active maillog editor; its first page is loaded once it knows the document
    const following = await waitFor(() => api.traceTree.documentUri?.toString() === doc.uri.toString());
    assert.ok(following, `Mail Traces does not follow seed.maillog (it shows ${api.traceTree.documentUri})`);
  });

  afterEach(async function () {
    await api.traceTree.setFilter(undefined);
    for (const tab of summaryTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('maillog.showSummary opens one webview tab beside the log, reused when run again', async function () {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    assert.deepStrictEqual(summaryTabs().map((t) => t.label), [], 'a summary tab is already open');
    await vscode.commands.executeCommand('maillog.showSummary');
    const tab = (await waitFor(() => summaryTabs()[0])) ||
      assert.fail(`no webview tab after maillog.showSummary; tabs: ${JSON.stringify(allTabs().map((t) => t.label))}`);
    assert.match(tab.label, /seed\.maillog/);
    const logTab = allTabs().find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString());
    assert.ok(logTab, 'the log has no tab');
    assert.notStrictEqual(tab.group.viewColumn, logTab.group.viewColumn, 'the summary is not beside the log');

    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('maillog.showSummary');
    await sleep(300); // a second panel would have a tab by now
    assert.strictEqual(summaryTabs().length, 1, `summary tabs: ${JSON.stringify(summaryTabs().map((t) => t.label))}`);
  });

  it('the maillog/traces tree filters to "codemax" and maillog.clearTraceFilter restores it', async function () {
    const roots = () => api.traceTree.loaded.map((t) => t.queueIds.join(' → '));
    await api.traceTree.refresh();
    assert.deepStrictEqual(roots(), JOURNEYS);
    await api.traceTree.setFilter('codemax');
    assert.strictEqual(api.traceTree.filter, 'codemax');
    assert.deepStrictEqual(roots(), ['974C6222F6 → 01373222F7']);
    await vscode.commands.executeCommand('maillog.clearTraceFilter'); // resolves once the tree has reloaded
    assert.strictEqual(api.traceTree.filter, undefined);
    assert.deepStrictEqual(roots(), JOURNEYS);
  });

  it('maillog.filterTraces, cancelled, leaves the tree as it was', async function () {
    await api.traceTree.setFilter('unotes');
    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand('maillog.filterTraces')).finally(() => (settled = true));
    // Escape the input box once it is up (closing before it opens does nothing, so keep trying)
    await waitFor(async () => { await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); return settled; }, 15000, 250);
    assert.ok(settled, 'maillog.filterTraces did not return after its input box was closed');
    await run;
    assert.strictEqual(api.traceTree.filter, 'unotes');
    assert.deepStrictEqual(api.traceTree.loaded.map((t) => t.queueIds[0]), ['EA8FF222F6']);
  });
});
