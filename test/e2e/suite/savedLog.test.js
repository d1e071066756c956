// A saved log of over a megabyte: the server reads it from its file (client/src/openFromDisk.ts) rather than from
// didOpen's JSON, and the changes VS Code sends when the file grows on disk apply to that text.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { EXTENSION_ID, SEED, GENERATED, waitFor } = require('./helpers');

describe('a saved log of over a megabyte', function () {
  let api, file, doc;
  const traces = async () => (await api.client.sendRequest('maillog/traces', { textDocument: { uri: doc.uri.toString() }, withoutEvents: true })).traces;

  before(async function () {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-saved-')), 'mail.log');
    // five copies of 2,000 generated lines: 1.3 MB, the same journeys five times over
    fs.writeFileSync(file, fs.readFileSync(GENERATED, 'utf8').repeat(5));
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is read by the server from its file, and answers like any log', async function () {
    assert.strictEqual(doc.languageId, 'maillog');
    assert.ok(doc.getText().length >= 1_000_000, `${doc.getText().length} characters`);
    assert.ok(await waitFor(() => api.openedFromDisk.has(doc.uri.toString())), 'the server did not read the file');
    const all = await traces();
    assert.ok(all.length > 100, `${all.length} journeys`);
    const line = all[0].firstLine;
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 1));
    assert.ok(hovers.length > 0, `no hover on line ${line + 1}`);
  });

  it('a saved log whose bytes are not its text (a UTF-8 BOM) goes over didOpen, and Mail Traces lists it', async function () {
    const bom = path.join(path.dirname(file), 'bom.maillog');
    fs.writeFileSync(bom, '\ufeff' + fs.readFileSync(GENERATED, 'utf8').repeat(5));
    const other = await vscode.workspace.openTextDocument(vscode.Uri.file(bom));
    await vscode.window.showTextDocument(other);
    const listed = await waitFor(() => api.traceTree.documentUri?.toString() === other.uri.toString() && api.traceTree.loaded.length > 100);
    assert.ok(listed, `Mail Traces shows ${api.traceTree.documentUri} with ${api.traceTree.loaded.length} journeys`);
    assert.strictEqual(api.openedFromDisk.has(other.uri.toString()), false, 'the file did not match, so it was not used');
    await vscode.window.showTextDocument(doc);
  });

  it('takes in the lines appended to the file as VS Code reloads it', async function () {
    const before = (await traces()).length;
    const linesBefore = doc.lineCount;
    fs.appendFileSync(file, fs.readFileSync(SEED, 'utf8'));
    // VS Code reloads a saved file when its watcher reports the change; under load that can take
    // long, so ask for the reload ("Revert File" reads the disk and sends the difference as a change).
    await vscode.window.showTextDocument(doc);
    if (!(await waitFor(() => doc.lineCount > linesBefore, 3000))) await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(await waitFor(() => doc.lineCount > linesBefore), `VS Code did not reload the file (${doc.lineCount} lines)`);
    const grown = await waitFor(async () => (await traces()).some((t) => t.queueIds.join(' ') === '974C6222F6 01373222F7'));
    assert.ok(grown, `the seed journey did not appear (${before} journeys before, ${(await traces()).length} after; document has ${doc.lineCount} lines)`);
    assert.strictEqual((await traces()).length, before + 2);
  });
});
