// The Summary webview: media/summary.js renders hostile text as text nodes in a DOM that fails
// loudly on HTML parsing APIs, and the HTML shell has the strict CSP and no log text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MailSummary } from '../server/src/engine/features/summaryTypes';
import { html, contentSecurityPolicy } from '../client/src/summaryHtml';
import { ROOT, SEED } from './support/paths';
import { summaryOf } from './support/summaryLogs';

const seedText = fs.readFileSync(SEED, 'utf8');

// A DOM just big enough for media/summary.js, which fails loudly on HTML parsing APIs.

class FakeNode {
  childNodes: FakeNode[] = [];
  *walk(): Generator<FakeNode> {
    yield this;
    for (const child of this.childNodes) yield* child.walk();
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  serialize(): string {
    return this.childNodes.map((c) => c.serialize()).join('');
  }
}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
  override serialize(): string {
    return this.data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
}

class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  private readonly listeners: (() => void)[] = [];
  constructor(readonly tagName: string, readonly namespaceURI: string) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  appendChild(child: FakeNode): FakeNode {
    assert.ok(child instanceof FakeNode, 'only nodes are appended');
    this.childNodes.push(child);
    return child;
  }
  replaceChildren(...children: FakeNode[]): void {
    for (const child of children) assert.ok(child instanceof FakeNode, 'only nodes are inserted');
    this.childNodes = children;
  }
  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.listeners.push(listener);
  }
  click(): void {
    for (const listener of this.listeners) listener();
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML must not be used');
  }
  set outerHTML(_: string) {
    throw new Error('outerHTML must not be used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML must not be used');
  }
  override serialize(): string {
    const attrs = [...this.attributes].map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`).join('');
    return `<${this.tagName}${attrs}>${super.serialize()}</${this.tagName}>`;
  }
}

class FakeDocument {
  createElement(tag: string): FakeElement {
    return new FakeElement(tag, 'http://www.w3.org/1999/xhtml');
  }
  createElementNS(namespace: string, tag: string): FakeElement {
    return new FakeElement(tag, namespace);
  }
  createTextNode(data: string): FakeText {
    return new FakeText(data);
  }
}

test('the webview renders hostile text as text nodes, never as markup', async () => {
  // media/summary.js is plain browser JavaScript; loaded from Node it exports render().
  const { render } = (await import(path.join(ROOT, 'media', 'summary.js'))) as { render: (...args: unknown[]) => void };
  const hostile = '<img src=x onerror=alert(1)>';
  const markdown = '[x](command:workbench.action.terminal.new)';
  const base = summaryOf(seedText);
  const row = { name: hostile, count: 1, bytes: 10, lines: [3], filter: hostile };
  const summary: MailSummary = {
    ...base,
    firstTime: hostile,
    files: [{ file: `/var/log/${hostile}/mail.log.1.gz`, firstLine: 0, lines: 7 }],
    top: { ...base.top, senders: { byCount: [row], byBytes: [{ ...row, name: markdown, filter: markdown }], distinct: 1 } },
    deferrals: [{ dsn: hostile, host: markdown, reason: `${hostile} ${markdown}`, count: 1, messages: 1, lines: [5] }],
    rejects: [{ action: 'reject', by: 'smtpd', stage: hostile, reply: '550', dsn: '5.7.1', reason: hostile, count: 2, lines: [1] }],
    hourly: [{ hour: hostile, received: 1, delivered: 1, deferred: 0, bounced: 0, rejected: 0 }],
  };
  const doc = new FakeDocument();
  const container = doc.createElement('main');
  const posted: unknown[] = [];
  const strings = { title: 'Mail Summary', span: '{0} lines, {1} to {2}', files: 'Files: {0}', fileLines: '{0} ({1} lines)', lineLink: 'line {0}', openLine: 'Open line {0}' };
  render(doc, container, summary, strings, (m: unknown) => posted.push(m));

  const elements = [...container.walk()].filter((n): n is FakeElement => n instanceof FakeElement);
  const tags = new Set(elements.map((e) => e.tagName));
  for (const tag of tags) {
    assert.ok(['main', 'header', 'h1', 'h2', 'h3', 'p', 'section', 'div', 'span', 'button', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li',
      'svg', 'line', 'text', 'polyline', 'circle', 'rect', 'title'].includes(tag), `unexpected element <${tag}>`);
  }
  for (const e of elements) {
    for (const name of e.attributes.keys()) assert.ok(!/^on|^href$|^src$|^style$|^xlink:/i.test(name), `unsafe attribute ${name} on <${e.tagName}>`);
  }
  const texts = [...container.walk()].filter((n): n is FakeText => n instanceof FakeText).map((n) => n.data);
  assert.ok(texts.includes(hostile), 'the address is one text node');
  assert.ok(texts.includes(markdown), 'markdown is not interpreted');
  assert.ok(texts.some((t) => t.includes(hostile) && t.startsWith('3')), 'the span line keeps the hostile time as text');
  assert.ok(texts.includes(`Files: /var/log/${hostile}/mail.log.1.gz (7 lines)`), 'the files a set covers are one text node');
  const markup = container.serialize();
  assert.ok(!markup.includes('<img'), 'no <img> element came out of the data');
  assert.ok(markup.includes('&lt;img src=x onerror=alert(1)&gt;'));

  // Clicking a name filters the Mail Traces; clicking a line opens it: both only post a message.
  const nameButton = elements.find((e) => e.tagName === 'button' && e.textContent === hostile)!;
  nameButton.click();
  const lineButton = elements.find((e) => e.tagName === 'button' && e.textContent === 'line 6')!;
  lineButton.click();
  assert.deepEqual(posted, [{ type: 'filter', text: hostile }, { type: 'reveal', line: 5 }]);

  // No document: a message instead of a report.
  render(doc, container, null, { noDocument: 'closed' }, () => undefined);
  assert.ok(container.textContent.includes('closed'));
});

test('the HTML shell has the strict CSP, one nonce\'d script from media/, no inline style and no log text', () => {
  const options = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'AbC123xyz_-',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/summary.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/summary.css',
    lang: 'zh-cn',
    title: 'Mail <Summary>',
    loading: 'Loading…',
  };
  const page = html(options);
  const csp = `default-src 'none'; img-src ${options.cspSource} data:; style-src ${options.cspSource}; script-src 'nonce-${options.nonce}';`;
  assert.equal(contentSecurityPolicy(options.cspSource, options.nonce), csp);
  assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`), page);
  const scripts = page.match(/<script\b[^>]*>/g) ?? [];
  assert.deepEqual(scripts, [`<script nonce="${options.nonce}" src="${options.scriptUri}">`]);
  assert.ok(!/<style|\sstyle=|\son\w+=|javascript:/i.test(page));
  assert.ok(page.includes('<title>Mail &lt;Summary&gt;</title>'));
  assert.ok(!page.includes('@'), 'no address or other log text');
  // Nothing but the shell: the report arrives by postMessage.
  assert.ok(!/Postfix|received|delivered|\d{3} \d\.\d\.\d/.test(page));
  const shellSource = fs.readFileSync(path.join(ROOT, 'client', 'src', 'summaryHtml.ts'), 'utf8');
  assert.ok(!/from 'vscode'/.test(shellSource));
  const script = fs.readFileSync(path.join(ROOT, 'media', 'summary.js'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.style\b|eval\(|new Function/.test(script), 'summary.js builds DOM nodes only');
});
