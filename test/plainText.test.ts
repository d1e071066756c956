import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { MESSAGE_LIMIT, plainText } from '../client/src/plainText';
import { OpenLargeFileRequest } from '../server/src/protocol';
import { LspClient } from './support/lspClient';
import { ROOT } from './support/paths';
import { Random } from './support/random';

// What the client shows in notifications, progress, the status bar and the tree carries file names and
// server messages. VS Code makes links of `[label](command:…)` there; these tests run VS Code's own
// parser over what the client would show, built from crafted names and errors.

/** VS Code's notification link parser (vs/base/common/linkedText.ts, parseLinkedText, as in 1.100): the links it finds. */
function vscodeLinks(text: string): { label: string; href: string }[] {
  const LINK_REGEX = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
  // A notification's newlines become spaces before it is parsed.
  const message = text.replace(/(\r\n|\n|\r)/gm, ' ').trim();
  return [...message.matchAll(LINK_REGEX)].map((m) => ({ label: m[1], href: m[2] }));
}

const CRAFTED_NAMES = [
  'mail[Show journeys](command:workbench.action.terminal.new).log',
  '/var/log/x[Open terminal](command:workbench.action.terminal.new)/mail.log',
  'a[b](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D "title").log',
  '[click](https://evil.example/x)[again](file:///etc/passwd).log',
  'nested[[x](command:a)](command:b).log',
  'no label[](command:x) and ](command:y) and [z] (command:w).log',
  'line\nbreak[x](\ncommand:y).log',
  'mail\u202egol.txt[\u200bx](command:y).log',
  '\u001b[31mred\u001b[0m[x](CoMmAnD:y).log',
];

/** Errors as the server words them: they quote the path, and Node's own messages quote it again. */
const craftedErrors = (name: string): string[] => [
  `cannot read ${name}: ENOENT: no such file or directory, open '${name}'`,
  `not an absolute path: ${name}`,
  `cannot read /tmp/${name}: EISDIR: illegal operation on a directory, read`,
];

test('the crafted names do make links in VS Code without the filter (the test can fail)', () => {
  for (const name of CRAFTED_NAMES.slice(0, 5)) assert.ok(vscodeLinks(name).length > 0, name);
  assert.deepEqual(vscodeLinks('mail[Show journeys](command:workbench.action.terminal.new).log'), [
    { label: 'Show journeys', href: 'command:workbench.action.terminal.new' },
  ]);
});

test('no crafted file name or server error leaves a `](` or a link VS Code would find', () => {
  for (const name of CRAFTED_NAMES) {
    for (const text of [name, ...craftedErrors(name)]) {
      const shown = plainText(text);
      assert.ok(!shown.includes(']('), `${JSON.stringify(text)} -> ${JSON.stringify(shown)}`);
      assert.deepEqual(vscodeLinks(shown), [], JSON.stringify(shown));
    }
  }
});

test("the server's own error messages about crafted paths show no link once filtered", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-plain-'));
  const folder = path.join(dir, 'x[Open a terminal](command:workbench.action.terminal.new)');
  fs.mkdirSync(folder);
  const client = await LspClient.start();
  try {
    const paths = [
      path.join(folder, 'mail[Show journeys](command:workbench.action.terminal.new).log'), // missing
      folder, // a folder, not a file
      'mail[Show journeys](command:workbench.action.terminal.new).log', // relative
    ];
    const messages: string[] = [];
    for (const file of paths) {
      messages.push(await client.connection.sendRequest(OpenLargeFileRequest, { path: file }).then(
        () => assert.fail(`the server indexed ${file}`),
        (error: Error) => error.message,
      ));
    }
    // The server quotes the path (how, for which, may change): unfiltered, that makes links.
    assert.ok(messages.some((m) => vscodeLinks(m).length > 0), JSON.stringify(messages));
    for (const message of messages) {
      const shown = plainText(message);
      assert.ok(!shown.includes(']('), shown);
      assert.deepEqual(vscodeLinks(shown), [], shown);
    }
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the name stays readable: brackets become look-alikes, only where a link would form', () => {
  assert.equal(plainText('mail[Show journeys](command:workbench.action.terminal.new).log'),
    'mail\uff3bShow journeys\uff3d(command:workbench.action.terminal.new).log');
  assert.equal(plainText('connect from mx.example[192.0.2.1] (port 25)'), 'connect from mx.example[192.0.2.1] (port 25)');
  assert.equal(plainText('/var/log/mail (2).log'), '/var/log/mail (2).log');
});

test('control, invisible and direction-changing characters are shown by code point', () => {
  assert.equal(plainText('mail\u202egol.txt'), 'mail<U+202E>gol.txt');
  assert.equal(plainText('a\u001b[31mb\nc'), 'a<U+001B>[31mb<U+000A>c');
  assert.equal(plainText('x\u200by\u2066z'), 'x<U+200B>y<U+2066>z');
});

test('length is bounded, and the cut cannot make a link', () => {
  const long = `${'x'.repeat(MESSAGE_LIMIT - 3)}[a](command:y)`;
  const shown = plainText(long);
  assert.ok(shown.length < MESSAGE_LIMIT + 20, String(shown.length));
  assert.deepEqual(vscodeLinks(shown), []);
});

test('random bracket soup never leaves a link (10,000 strings)', () => {
  const pieces = ['[', ']', '(', ')', '](', '[x', 'command:a', 'https://e.x', 'file:/x', ' ', '"t"', '\n', '\u202e', 'a', '\uff3d'];
  const random = new Random(11);
  const next = () => random.next();
  for (let i = 0; i < 10_000; i++) {
    let text = '';
    for (let n = 1 + Math.floor(next() * 24); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
    const shown = plainText(text);
    assert.ok(!shown.includes(']('), `${JSON.stringify(text)} -> ${JSON.stringify(shown)}`);
    assert.deepEqual(vscodeLinks(shown), [], JSON.stringify(text));
  }
});

/** The client's sources, file name -> text. */
function clientSources(): Map<string, string> {
  const dir = path.join(ROOT, 'client', 'src');
  return new Map(fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

test('every message template of the client, filled with crafted names and errors, shows no link', () => {
  const templates = new Set<string>();
  for (const source of clientSources().values()) {
    for (const m of source.matchAll(/\bl10n\.t\(\s*'((?:\\.|[^'\\])*)'/g)) templates.add(m[1].replace(/\\(.)/g, '$1'));
  }
  const chinese = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  const all = [...templates, ...[...templates].map((t) => chinese[t]).filter((t) => t !== undefined)];
  assert.ok(templates.size > 20, `found the client's messages (${templates.size})`);
  const values = CRAFTED_NAMES.flatMap((name) => [name, ...craftedErrors(name)]);
  for (const template of all) {
    for (const value of values) {
      const shown = plainText(template.replace(/\{\d+\}/g, value));
      assert.ok(!shown.includes(']('), `${template} with ${JSON.stringify(value)}`);
      assert.deepEqual(vscodeLinks(shown), [], `${template} with ${JSON.stringify(value)}`);
    }
  }
});

test('notifications, progress and the status bar are reached only through notify.ts, which filters them', () => {
  const direct = /\bwindow\.(showInformationMessage|showWarningMessage|showErrorMessage|withProgress|setStatusBarMessage|createStatusBarItem)\b/;
  const offenders = [...clientSources()].filter(([file, source]) => file !== 'notify.ts' && direct.test(source)).map(([file]) => file);
  assert.deepEqual(offenders, [], 'these files show text without plainText');
  // and notify.ts passes every text it shows through plainText
  const notify = clientSources().get('notify.ts')!;
  for (const m of notify.matchAll(/window\.\w+\(([^,)]*)/g)) assert.match(m[1], /plainText\(|^\s*\{/, m[0]);
  assert.match(notify, /title: plainText\(title\)/);
  assert.match(notify, /message: [^\n]*plainText\(value\.message\)/);
});
