import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DefinitionRequest, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from './support/lspClient';
import { TracesRequest } from '../server/src/protocol';
import { markdownHazards } from './support/inertness';

// Log lines come from the internet: HELO names, addresses and reasons are chosen by strangers.
const HOSTILE = [
  'Aug 19 07:00:00 mail postfix/smtpd[300]: connect from [click](command:workbench.action.terminal.new)[192.0.2.1]',
  'Aug 19 07:00:01 mail postfix/smtpd[300]: 3E3E3E3E3E: client=<img src=x onerror=alert(1)>[192.0.2.1]',
  'Aug 19 07:00:02 mail postfix/cleanup[301]: 3E3E3E3E3E: message-id=<![x](https://evil.example/a.png)@evil>',
  'Aug 19 07:00:03 mail postfix/qmgr[302]: 3E3E3E3E3E: from=<**bold**_it_`code`@evil.example>, size=1, nrcpt=1 (queue active)',
  'Aug 19 07:00:04 mail postfix/smtp[303]: 3E3E3E3E3E: to=<victim@example.com>, relay=evil.example[192.0.2.2]:25, delay=1, delays=0/0/0/1, dsn=5.0.0, status=bounced (host said: 550 <script>alert(1)</script> [x](command:evil) \u001b[31mRED\u001b[0m \u202Egnp.exe\u202C zero\u200Bwidth https://evil.example/ www.evil.example a@b.example)',
  'Aug 19 07:00:05 mail postfix/smtpd[300]: warning: <a href="command:evil">x</a>: SASL LOGIN authentication failed: <b>bad</b>',
  'Aug 19 07:00:06 mail postfix/smtpd[300]: NOQUEUE: reject: RCPT from x[192.0.2.1]: 554 5.7.1 <\u202Eevil>: Relay access denied; from=<[a](command:x)> to=<b@example.com> proto=ESMTP helo=<javascript:alert(1)>',
];

let client: LspClient;
let uri: string;
before(async () => {
  client = await LspClient.start();
  uri = await client.open('hostile.maillog', HOSTILE.join('\n'));
});
after(() => client.stop());

async function hoverMarkdown(line: number, character: number, on = uri): Promise<string | undefined> {
  return client.hoverMarkdown(on, line, character);
}

/** The markdown must hold nothing a renderer would act on or hide. */
function assertInert(markdown: string): void {
  assert.deepEqual(markdownHazards(markdown), [], `in: ${JSON.stringify(markdown)}`);
}

test('hovers on every character of hostile lines are escaped', async () => {
  for (const [line, text] of HOSTILE.entries()) {
    for (let character = 0; character < text.length; character += 3) {
      const markdown = await hoverMarkdown(line, character);
      assert.ok(markdown, `a hover on ${line}:${character}`);
      assertInert(markdown);
    }
  }
});

test('hostile text is shown, not dropped: the reader sees what the log holds', async () => {
  const markdown = (await hoverMarkdown(4, 0))!;
  assert.match(markdown, /\\<script\\>alert\\\(1\\\)\\<\\\/script\\>/);
  assert.match(markdown, /\\<U\\\+202E\\>gnp\\\.exe/);
  assert.match(markdown, /\\<U\\\+001B\\>\\\[31mRED/);
});

test('traces and symbols carry no invisible characters', async () => {
  const { traces } = await client.connection.sendRequest(TracesRequest, { textDocument: { uri } });
  assert.ok(traces.length >= 2);
  for (const event of traces.flatMap((t) => t.events)) {
    assert.doesNotMatch(event.summary, /[\u001b\u202a-\u202e\u200b]/);
  }
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { detail: string }[];
  assert.ok(symbols.length >= 2, `${symbols.length} symbols`);
  for (const s of symbols) assert.doesNotMatch(s.detail, /[\u001b\u202a-\u202e\u200b]/);
});

// The timeout only guards against a hang; speed is the benchmark's business.
test('binary bytes, huge lines and non-maillog text get clear answers and never crash the server', { timeout: 120_000 }, async () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) & 0xff;
  const binary = Buffer.from(Array.from({ length: 4096 }, random)).toString('latin1');
  const huge = `Aug 19 07:00:00 mail postfix/smtp[1]: 4F4F4F4F4F: to=<a@b.c>, relay=${'x'.repeat(1024 * 1024)}, status=sent (ok)`;
  const hugeKeys = `Aug 19 07:00:00 mail postfix/smtp[1]: 4F4F4F4F4F: ${'k=v, '.repeat(200_000)}`;
  const hugeParens = `Aug 19 07:00:00 mail postfix/smtpd[1]: NOQUEUE: reject: RCPT from a[1.2.3.4]: 554 ${'; from=<'.repeat(100_000)}`;
  const text = [binary, '', 'this is not a maillog at all', huge, hugeKeys, hugeParens, 'Aug 19 07:00', '\u0000\u0000\u0000'].join('\n');
  const weird = await client.open('weird.maillog', text);
  const textLines = text.split('\n');
  const prose = await hoverMarkdown(2, 3, weird);
  assert.match(prose!, /Not a syslog line/);
  for (const line of [0, 1, 3, 4, 5, 6, 7]) {
    for (const character of [0, 40, 60, 5000, 500_000]) {
      const markdown = await hoverMarkdown(line, character, weird);
      // every position inside a line with text is answered; past its end there is nothing to explain
      if (character < textLines[line].length) assert.ok(markdown, `no hover at ${line}:${character}`);
      if (markdown) assertInert(markdown);
    }
    await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: weird }, position: { line, character: 60 } });
  }
  const hugeHover = (await hoverMarkdown(3, 100, weird))!;
  assert.ok(hugeHover.length < 20_000, `hover of a 1 MB line stays small (${hugeHover.length})`);
  const empty = await client.open('empty.maillog', '');
  assert.deepEqual((await client.connection.sendRequest(TracesRequest, { textDocument: { uri: empty } })).traces, []);
  assert.equal(client.exited, false);
});

test('the inertness checker itself finds each hazard, and passes escaped text', () => {
  const kinds = (markdown: string) => markdownHazards(markdown).map((h) => h.kind);
  assert.equal(kinds('from \u202egro.elpmaxe').length, 1, 'a bidi override');
  assert.equal(kinds('\u3164 filler').length, 1, 'a Hangul filler (from inert.ts\'s own set)');
  assert.equal(kinds('a \ud800 b').length, 1, 'a lone surrogate');
  assert.equal(kinds('<img src=x>').length, 1, 'raw markup');
  assert.equal(kinds('[x](command:workbench.action.terminal.new)').length, 2, 'a link and its target');
  assert.deepEqual(kinds('\\<img src=x\\> \\[x\\]\\(command\\:y\\) `postmap /etc/aliases`\n\tline'), []);
});
