// Files over VS Code's 50 MB limit, in the real extension host: "Maillog: Open Traces of a Large File..." (given the
// file, so no dialog) makes the server index it from disk, the Mail Traces view lists its journeys, and revealing one
// opens a read-only maillog of its lines where hovers and definitions work like in any log. A small file stands in
// for a large one: the route is the same, only the size differs.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { EXTENSION_ID, SEED, waitFor } = require('./helpers');

describe('Traces of a large file', function () {
  let api, file;

  before(async function () {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    // a space and a '#' in the name: VS Code percent-encodes them in the URI it asks about
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-large-')), 'big mail #1.log');
    fs.copyFileSync(SEED, file);
  });

  it('indexes the file from disk and lists its journeys in Mail Traces', async function () {
    await vscode.commands.executeCommand('maillog.openLargeFile', vscode.Uri.file(file));
    const shown = await waitFor(() => api.traceTree.documentUri?.scheme === 'maillog-large' && api.traceTree.loaded.length === 2);
    assert.ok(shown, `Mail Traces shows ${api.traceTree.documentUri} with ${api.traceTree.loaded.length} journeys`);
    assert.deepStrictEqual(api.traceTree.loaded.map((t) => t.queueIds.join(' → ')), ['EA8FF222F6', '974C6222F6 → 01373222F7']);
    // reloads that overlap (a refresh while the last one is loading) show the journeys once, not once per reload
    await Promise.all([api.traceTree.refresh(), api.traceTree.refresh(), api.traceTree.refresh()]);
    assert.deepStrictEqual(api.traceTree.loaded.map((t) => t.queueIds.join(' → ')), ['EA8FF222F6', '974C6222F6 → 01373222F7']);
  });

  it('"Copy Journey Lines" on a large file\'s journey copies its lines from the file', async function () {
    const journey = api.traceTree.loaded[1];
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('maillog.copyTrace', { type: 'journey', uri: api.traceTree.documentUri, trace: journey });
    const seedLines = fs.readFileSync(SEED, 'utf8').split('\n');
    assert.strictEqual(await vscode.env.clipboard.readText(), journey.lines.map((l) => seedLines[l]).join('\n') + '\n');
  });

  it('opens a journey as a read-only maillog where hovers and definitions work', async function () {
    const journey = api.traceTree.loaded[1];
    await vscode.commands.executeCommand('maillog.revealLine', api.traceTree.documentUri, journey.firstLine, journey.queueIds.join(' → '));
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'maillog-journey' && vscode.window.activeTextEditor);
    assert.ok(editor, 'no journey document opened');
    const { document } = editor;
    assert.strictEqual(document.languageId, 'maillog');
    assert.strictEqual(document.lineCount - 1, journey.lines.length, 'one line per journey line, and a final newline');
    assert.match(document.lineAt(editor.selection.active.line).text, /974C6222F6: client=/, 'the birth line is selected');

    const qmgr = document.getText().split('\n').findIndex((l) => l.includes('974C6222F6: from='));
    const hovers = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(qmgr, 2));
      return found && found.length > 0 && found;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /active queue/);

    const queued = document.getText().split('\n').findIndex((l) => l.includes('queued as 01373222F7'));
    const at = document.lineAt(queued).text.lastIndexOf('01373222F7') + 2;
    const definitions = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, new vscode.Position(queued, at));
    assert.strictEqual(definitions.length, 1);
    const target = definitions[0].range || definitions[0].targetRange;
    assert.match(document.lineAt(target.start.line).text, /01373222F7: client=unknown\[127\.0\.0\.1\]/);
  });

  it('"Reveal Journey Under Cursor" in a journey document selects that journey of the large file', async function () {
    // The second journey: its document's first line is line 0 there, but not in the file, where line 0 is the first journey's.
    const journey = api.traceTree.loaded[1];
    assert.notStrictEqual(journey.firstLine, 0);
    await vscode.commands.executeCommand('maillog.revealLine', api.traceTree.documentUri, journey.firstLine, journey.queueIds.join(' → '));
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'maillog-journey' && vscode.window.activeTextEditor);
    const queued = editor.document.getText().split('\n').findIndex((l) => l.includes('queued as 01373222F7'));
    editor.selection = new vscode.Selection(queued, 0, queued, 0);
    await vscode.commands.executeCommand('maillog.revealTrace');
    const selectedIds = () => api.traceTree.view.selection[0]?.trace?.queueIds.join(' → ');
    await waitFor(() => selectedIds() === journey.queueIds.join(' → '), 10000);
    assert.strictEqual(selectedIds(), journey.queueIds.join(' → '));
    assert.strictEqual(api.traceTree.documentUri.scheme, 'maillog-large', 'the view still shows the large file');
    assert.strictEqual(api.traceTree.filter, undefined, 'found among the listed journeys, no filter needed');
  });
});
