// A larger, untitled document: 2,000 lines of generated traffic (test/fixtures/generated-2k.maillog) given to
// openTextDocument as content, so the server gets it over didOpen rather than from disk.
'use strict';
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { EXTENSION_ID, GENERATED, sleep } = require('./helpers');

// Hover markdown escapes every ASCII punctuation character of log text: undo that to compare with the log.
const unescapeMarkdown = (md) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('a 2,000-line generated log in an untitled document', function () {
  const content = fs.readFileSync(GENERATED, 'utf8');
  const lines = content.split('\n');
  let doc;

  before(async function () {
    await vscode.extensions.getExtension(EXTENSION_ID).activate();
    doc = await vscode.workspace.openTextDocument({ language: 'maillog', content });
    await vscode.window.showTextDocument(doc);
  });

  after(async function () {
    if (doc && vscode.window.activeTextEditor?.document === doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('has 2,000 lines and the maillog language', function () {
    assert.strictEqual(lines.filter((l, i) => l || i < lines.length - 1).length, 2000);
    assert.strictEqual(doc.languageId, 'maillog');
  });

  it('hover on the relay of a delivery near the end names that relay', async function () {
    // the last remote delivery: relay=host[ip]:port, status=sent
    let i = lines.length - 1;
    while (i >= 0 && !/ relay=[^,\s[]+\[\d[\d.]*\]:\d+, .*status=sent/.test(lines[i])) i--;
    assert.ok(i >= 1500, `no remote delivery in the last 500 lines (found one at line ${i + 1})`);
    const relay = /relay=([^,]+),/.exec(lines[i])[1];
    const pos = new vscode.Position(i, lines[i].indexOf('relay=') + 'relay='.length + 2);
    let text = '';
    for (const end = Date.now() + 20000; Date.now() < end && !text.includes(relay); await sleep(250)) {
      const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos)) || [];
      text = unescapeMarkdown(hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
    }
    assert.ok(text.includes(relay), `hover on line ${i + 1} does not name ${relay}: ${JSON.stringify(text.slice(0, 400))}`);
    assert.match(text, /\brelay\b/);
  });
});
