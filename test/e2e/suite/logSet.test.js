// A rotated series in the real extension host: "Maillog: Open Log Set…" on a folder holding mail.log.1.gz and
// mail.log (what logrotate leaves) makes the server read both as one log; Mail Traces names the set and lists its
// journeys, and a journey cut by the rotation opens as one read-only maillog of its lines from both files.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const vscode = require('vscode');
const { EXTENSION_ID, SEED, waitFor } = require('./helpers');

describe('Log sets', function () {
  let api, folder, seedLines;

  before(async function () {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-set-'));
    seedLines = fs.readFileSync(SEED, 'utf8').split('\n').filter((l) => l !== '');
    // Rotated in the middle of the journey 974C6222F6 → 01373222F7: its first lines are in the gzip file.
    const cut = seedLines.findIndex((l) => l.includes('974C6222F6: from='));
    fs.writeFileSync(path.join(folder, 'mail.log.1.gz'), zlib.gzipSync(seedLines.slice(0, cut).join('\n') + '\n'));
    fs.writeFileSync(path.join(folder, 'mail.log'), seedLines.slice(cut).join('\n') + '\n');
    fs.writeFileSync(path.join(folder, 'syslog'), 'not a mail log\n');
  });

  it('opens a folder\'s rotated .gz series as one log and reveals a journey that spans both files', async function () {
    await vscode.commands.executeCommand('maillog.openLogSet', vscode.Uri.file(folder));
    const shown = await waitFor(() => api.traceTree.documentUri?.scheme === 'maillog-large' && api.traceTree.loaded.length === 2);
    assert.ok(shown, `Mail Traces shows ${api.traceTree.documentUri} with ${api.traceTree.loaded.length} journeys`);
    assert.deepStrictEqual(api.traceTree.loaded.map((t) => t.queueIds.join(' → ')), ['EA8FF222F6', '974C6222F6 → 01373222F7']);
    assert.match(api.traceTree.view.description, /mail\.log\.1\.gz/, 'the view says which set it shows');

    const journey = api.traceTree.loaded[1];
    assert.deepStrictEqual(journey.files, [path.join(folder, 'mail.log.1.gz'), path.join(folder, 'mail.log')]);
    assert.deepStrictEqual([...new Set(journey.origins.map((o) => o.file))], [0, 1], 'its lines are in both files');
    await vscode.commands.executeCommand('maillog.revealLine', api.traceTree.documentUri, journey.firstLine, journey.queueIds.join(' → '));
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'maillog-journey' && vscode.window.activeTextEditor);
    assert.ok(editor, 'no journey document opened');
    assert.strictEqual(editor.document.languageId, 'maillog');
    assert.strictEqual(editor.document.getText(), journey.lines.map((l) => seedLines[l]).join('\n') + '\n');
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /974C6222F6: client=/, 'the birth line (in the .gz) is selected');
  });

  it('"Show Summary" works for the set', async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('maillog.showSummary');
    const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview));
    assert.ok(tab, 'no summary panel opened');
  });
});
