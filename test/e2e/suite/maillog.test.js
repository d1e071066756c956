// The extension's contract, checked inside the real VS Code extension host through public API only
// (vscode.execute*Provider commands and getDiagnostics): what a user's editor would get from it.
// Expected lines are derived from the fixture's text, so an edit to the fixture cannot silently shift them.
'use strict';
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { EXTENSION_ID, SEED, sleep, waitFor } = require('./helpers');

const seedLines = fs.readFileSync(SEED, 'utf8').split('\n').filter((l, i, a) => l || i < a.length - 1);

// Every string a hover carries (MarkdownString, MarkedString, string).
const hoverStrings = (hovers) => hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value));

// Hover text at pos. Polls for a while: the first answer can arrive only once the language server is up.
async function hoverAt(uri, pos, waitMs = 15000) {
  const t0 = Date.now();
  for (;;) {
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos)) || [];
    const text = hoverStrings(hovers).join('\n');
    if (text.trim() || Date.now() - t0 > waitMs) return { text, hovers };
    await sleep(200);
  }
}

// Where a line's message starts, after "Mon DD HH:MM:SS host program[pid]: ".
function messageStart(line) {
  const m = /^\S+ +\d+ \S+ \S+ [^:]+?: /.exec(line);
  return m ? m[0].length : 0;
}
const lineIndex = (pred, what) => {
  const i = seedLines.findIndex(pred);
  assert.ok(i >= 0, `fixture has no line with ${what}`);
  return i;
};
const lineOf = (loc) => (loc.targetRange || loc.range).start.line; // Location or LocationLink
const uriOf = (loc) => loc.targetUri || loc.uri;

// Markdown with code spans and fenced blocks removed: what the renderer would treat as markup.
function outsideCode(md) {
  return md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

describe('maillog extension in a real VS Code', function () {
  let doc;

  before(async function () {
    doc = await vscode.workspace.openTextDocument(SEED);
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    await ext.activate(); // hovers asked before activation finished would come back empty
  });

  it('opens seed.maillog as language "maillog" and activates', function () {
    assert.strictEqual(doc.languageId, 'maillog');
    assert.strictEqual(doc.lineCount >= seedLines.length, true);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID).isActive, 'extension not active');
  });

  it('hover on line 5 explains the active queue', async function () {
    const i = 4; // line 5: "...qmgr[7739]: EA8FF222F6: from=<test01@unotes.co>, size=1725, nrcpt=1 (queue active)"
    assert.match(seedLines[i], /\(queue active\)$/);
    const { text } = await hoverAt(doc.uri, new vscode.Position(i, seedLines[i].indexOf('queue active')));
    assert.ok(text.includes('active queue'), `hover on line 5 lacks "active queue": ${JSON.stringify(text)}`);
  });

  it(`every one of the ${seedLines.length} lines has a non-empty hover`, async function () {
    assert.strictEqual(seedLines.length, 34);
    const empty = [];
    for (let i = 0; i < seedLines.length; i++) {
      const { text } = await hoverAt(doc.uri, new vscode.Position(i, messageStart(seedLines[i])), 3000);
      if (!text.trim()) empty.push(i + 1);
    }
    assert.deepStrictEqual(empty, [], `lines without a hover (1-based): ${empty.join(', ')}`);
  });

  it('go to definition on "queued as 01373222F7" lands on its birth line', async function () {
    const from = lineIndex((l) => l.includes('queued as 01373222F7)'), '"queued as 01373222F7)"');
    const birth = lineIndex((l) => l.includes('01373222F7: client='), '"01373222F7: client="');
    const col = seedLines[from].indexOf('01373222F7', seedLines[from].indexOf('queued as')) + 3;
    const locs = (await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(from, col))) || [];
    assert.ok(locs.length >= 1, `no definition for 01373222F7 on line ${from + 1}`);
    assert.strictEqual(uriOf(locs[0]).toString(), doc.uri.toString());
    assert.strictEqual(lineOf(locs[0]) + 1, birth + 1, `definition went to line ${lineOf(locs[0]) + 1}, expected ${birth + 1}`);
  });

  it('references of EA8FF222F6 are its 6 lines', async function () {
    const expected = seedLines.map((l, i) => (l.includes('EA8FF222F6') ? i : -1)).filter((i) => i >= 0);
    assert.strictEqual(expected.length, 6);
    const col = seedLines[expected[0]].indexOf('EA8FF222F6') + 2;
    const locs = (await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, new vscode.Position(expected[0], col))) || [];
    const lines = [...new Set(locs.map((l) => l.range.start.line))].sort((a, b) => a - b);
    assert.deepStrictEqual(lines.map((l) => l + 1), expected.map((l) => l + 1));
  });

  it('document symbols are the 2 journeys', async function () {
    const symbols = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) || [];
    // DocumentSymbol[] is a tree; a flat SymbolInformation[] marks children with containerName.
    const roots = symbols.filter((s) => !s.containerName);
    const names = roots.map((s) => s.name);
    assert.strictEqual(roots.length, 2, `top-level symbols: ${JSON.stringify(names)}`);
    assert.ok(names.some((n) => n.includes('EA8FF222F6')), `no EA8FF222F6 journey in ${JSON.stringify(names)}`);
    assert.ok(names.some((n) => n.includes('974C6222F6')), `no 974C6222F6 journey in ${JSON.stringify(names)}`);
  });

  it('a deferred delivery shows in Problems as a warning; the seed lines beside it do not', async function () {
    const deferred = 'Aug 19 07:00:00 mail postfix/smtp[200]: 1A2B3C4D5E: to=<a@example.com>, relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)';
    const withProblem = await vscode.workspace.openTextDocument({ language: 'maillog', content: `${seedLines.join('\n')}\n${deferred}\n` });
    const problems = await waitFor(() => { const d = vscode.languages.getDiagnostics(withProblem.uri); return d.length > 0 && d; });
    assert.ok(problems, 'no diagnostics were published');
    assert.deepStrictEqual(problems.map((d) => [d.range.start.line, d.severity, d.source]), [[seedLines.length, vscode.DiagnosticSeverity.Warning, 'maillog']]);
    assert.match(problems[0].message, /deferred/);
  });

  it('contributes the Maillog commands', async function () {
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = ['maillog.filterTraces', 'maillog.clearTraceFilter', 'maillog.revealTrace', 'maillog.copyTrace'].filter((c) => !all.has(c));
    assert.deepStrictEqual(missing, []);
  });

  it('a hostile line in an untitled maillog document gets an escaped hover', async function () {
    // Log text is attacker-controlled (sender, recipient, HELO): a hover that pastes it into markdown unescaped
    // would render HTML or, in a trusted MarkdownString, run a command link.
    const hostile = 'Aug 19 06:09:18 mail postfix/smtpd[10099]: NOQUEUE: reject: RCPT from unknown[10.6.6.6]: ' +
      '554 5.7.1 <x@evil>: Relay access denied; from=<<script>alert(1)</script>@evil> ' +
      'to=<[pwn](command:workbench.action.terminal.new)@evil> proto=ESMTP helo=<<img src=x onerror=alert(1)>>';
    const untitled = await vscode.workspace.openTextDocument({ language: 'maillog', content: seedLines.join('\n') + '\n' + hostile });
    await vscode.window.showTextDocument(untitled);
    assert.strictEqual(untitled.languageId, 'maillog');
    const line = seedLines.length;
    const { text, hovers } = await hoverAt(untitled.uri, new vscode.Position(line, messageStart(hostile)));
    assert.ok(text.trim(), 'no hover on the hostile line');
    for (const c of hovers.flatMap((h) => h.contents)) {
      const md = typeof c === 'string' ? c : c.value;
      const markup = outsideCode(md);
      // unescaped: not preceded by a backslash (`\<script` and `&lt;script` render as text)
      for (const bad of [/(?<!\\)<script/i, /(?<!\\)<img/i, /(?<!\\)\[(?:[^\]\\]|\\.)*\]\(command:workbench/i]) {
        assert.ok(!bad.test(markup), `hover renders ${bad} unescaped:\n${md}`);
      }
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
