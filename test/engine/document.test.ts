import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MaillogDocument, splitLines, type Range } from '../../server/src/engine/model/document';
import { journeyPage } from '../../server/src/engine/features/journeyReports';
import { hover, hoverNeedsJourneys } from '../../server/src/engine/features/hover';
import { GENERATED_2K, ROOT } from '../support/paths';

const GENERATED = fs.readFileSync(GENERATED_2K, 'utf8');

/** Everything the model knows, for comparing an incrementally edited document with a fresh parse. */
function snapshot(document: MaillogDocument) {
  const lines = Array.from({ length: document.lineCount }, (_, i) => [document.text(i), document.parsed(i)]);
  return { lines, traces: journeyPage(document, 'en') };
}

function assertSameAsFullParse(document: MaillogDocument, text: string): void {
  // An edit that kept line numbers leaves a stale index that is rebuilt in steps: finish it.
  while (!document.refreshIndex(1000));
  const fresh = new MaillogDocument(text, { defaultYear: 2018 });
  assert.deepEqual(snapshot(document), snapshot(fresh));
}

/** Applies a change to plain text the way an editor would. */
function edit(text: string, range: Range, insert: string): string {
  const lines = splitLines(text);
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(range.start)) + insert + text.slice(offset(range.end));
}

test('appending lines as the log grows equals a full re-parse', () => {
  const all = GENERATED.split('\n');
  let text = all.slice(0, 500).join('\n') + '\n';
  const document = new MaillogDocument(text, { defaultYear: 2018 });
  journeyPage(document, 'en'); // build the index so the appends extend it
  for (let at = 500; at < all.length; at += 250) {
    const chunk = all.slice(at, at + 250).join('\n') + '\n';
    const end = { line: document.lineCount - 1, character: 0 };
    document.applyChange({ start: end, end }, chunk);
    text += chunk;
    assertSameAsFullParse(document, text);
  }
});

test('editing, deleting and inserting in the middle equals a full re-parse', () => {
  let text = GENERATED;
  const document = new MaillogDocument(text, { defaultYear: 2018 });
  journeyPage(document, 'en');
  let seed = 3;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
  const changes: [string, (lines: string[]) => [Range, string]][] = [
    ['edit one line', (lines) => { const l = random(lines.length); return [{ start: { line: l, character: 0 }, end: { line: l, character: lines[l].length } }, lines[random(lines.length)]]; }],
    ['delete lines', (lines) => { const l = random(lines.length - 10); return [{ start: { line: l, character: 0 }, end: { line: l + 1 + random(8), character: 0 } }, '']; }],
    ['insert lines', (lines) => { const l = random(lines.length); return [{ start: { line: l, character: 0 }, end: { line: l, character: 0 } }, `${lines[random(lines.length)]}\n${lines[random(lines.length)]}\n`]; }],
    ['type inside a line', (lines) => { const l = random(lines.length); const c = random(lines[l].length + 1); return [{ start: { line: l, character: c }, end: { line: l, character: c } }, 'x']; }],
  ];
  for (let round = 0; round < 40; round++) {
    const [, make] = changes[round % changes.length];
    const [range, insert] = make(splitLines(text));
    document.applyChange(range, insert);
    text = edit(text, range, insert);
    if (round % 4 === 3) assertSameAsFullParse(document, text);
  }
  assertSameAsFullParse(document, text);
});

test('replacing all text equals a full parse of the new text', () => {
  const document = new MaillogDocument(GENERATED, { defaultYear: 2018 });
  journeyPage(document, 'en');
  const replacement = fs.readFileSync(path.join(ROOT, 'test/fixtures/seed.maillog'), 'utf8');
  document.applyChange(undefined, replacement);
  assertSameAsFullParse(document, replacement);
  assert.equal(journeyPage(document, 'en').total, 2);
});

test('CRLF and CR line ends split as LSP counts lines', () => {
  assert.deepEqual(splitLines('a\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
});

test('an edit that keeps line numbers keeps answering from the old index until the rebuild is done', () => {
  const document = new MaillogDocument(GENERATED, { defaultYear: 2018 });
  const facts = () => journeyPage(document, 'en', { withoutEvents: true });
  const before = facts();
  const line = splitLines(GENERATED).findIndex((l) => l.includes('status=sent'));
  const text = document.text(line);
  document.applyChange({ start: { line, character: 0 }, end: { line, character: text.length } }, text.replace('status=sent', 'status=bounced'));
  assert.equal(document.indexStale, true);
  // the old index's journeys and line numbers; what it reads of a line when shown is read anew
  const journeysOf = (page: ReturnType<typeof facts>) => page.traces.map((t) => [t.queueIds, t.lines, t.status]);
  assert.deepEqual(journeysOf(facts()), journeysOf(before), 'the old index, line numbers unchanged');
  let steps = 0;
  while (!document.refreshIndex(100)) steps++;
  assert.ok(steps > 5, 'rebuilt in steps');
  assert.equal(document.indexStale, false);
  assert.notDeepEqual(facts(), before);
});

test('typing in a line that is not syslog (a comment in the middle) keeps the index', () => {
  const lines = splitLines(GENERATED);
  lines.splice(1000, 0, '-- a note --');
  const document = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 });
  const index = document.journeys;
  document.applyChange({ start: { line: 1000, character: 5 }, end: { line: 1000, character: 5 } }, 'short ');
  assert.equal(document.indexStale, false);
  assert.equal(document.journeys, index, 'the same index, not one rebuilt from scratch');
  lines[1000] = '-- a short note --';
  assertSameAsFullParse(document, lines.join('\n'));
});

test('an edit that changes nothing the index reads keeps the index as it is', () => {
  const document = new MaillogDocument(GENERATED, { defaultYear: 2018 });
  journeyPage(document, 'en');
  const line = splitLines(GENERATED).findIndex((l) => l.includes('TLS connection established to'));
  const text = document.text(line);
  document.applyChange({ start: { line, character: text.length }, end: { line, character: text.length } }, ' (edited)');
  assert.equal(document.indexStale, false);
  assertSameAsFullParse(document, splitLines(GENERATED).map((l, i) => (i === line ? l + ' (edited)' : l)).join('\n'));
});

test('an edit of what the index reads only when shown (a delivery\'s relay) keeps the index, and shows the new text', () => {
  const document = new MaillogDocument(GENERATED, { defaultYear: 2018 });
  const recipientOn = (line: number) => journeyPage(document, 'en').traces.flatMap((t) => t.recipients).find((r) => r.line === line);
  const line = splitLines(GENERATED).findIndex((l) => / relay=[^,\s[]+\[\d[\d.]*\]:25, .*status=sent/.test(l));
  assert.match(recipientOn(line)?.relay ?? '', /\]:25$/); // read (and kept) before the edit
  const text = document.text(line);
  const edited = text.replace(/ relay=[^,]+,/, ' relay=edited.example[192.0.2.1]:25,');
  document.applyChange({ start: { line, character: 0 }, end: { line, character: text.length } }, edited);
  assert.equal(document.indexStale, false);
  assert.equal(recipientOn(line)?.relay, 'edited.example[192.0.2.1]:25');
  assertSameAsFullParse(document, splitLines(GENERATED).map((l, i) => (i === line ? edited : l)).join('\n'));
});

test('an edit of a sender (read only when shown) keeps the index, and traces show the new sender', () => {
  const document = new MaillogDocument(GENERATED, { defaultYear: 2018 });
  const line = splitLines(GENERATED).findIndex((l) => /: from=<[^>]+>, size=\d+, nrcpt=\d+ \(queue active\)/.test(l));
  const senderOn = () => journeyPage(document, 'en').traces.find((t) => t.lines.includes(line))?.from;
  assert.ok(senderOn(), 'read (and kept) before the edit');
  const text = document.text(line);
  const edited = text.replace(/from=<[^>]+>/, 'from=<edited@example.org>');
  document.applyChange({ start: { line, character: 0 }, end: { line, character: text.length } }, edited);
  assert.equal(document.indexStale, false);
  assert.equal(senderOn(), 'edited@example.org');
  assertSameAsFullParse(document, splitLines(GENERATED).map((l, i) => (i === line ? edited : l)).join('\n'));
});

test('editing a month re-infers the years of the year-less lines after it', () => {
  const lines = [
    'Jul  1 23:59:59 mail postfix/qmgr[1]: ABCDE12345: from=<a@b.c>, size=1, nrcpt=1 (queue active)',
    'Dec 31 23:59:59 mail postfix/qmgr[1]: ABCDE12346: from=<a@b.c>, size=1, nrcpt=1 (queue active)',
    'Jan  1 00:00:01 mail postfix/qmgr[1]: ABCDE12345: removed',
    'Jan  1 00:00:02 mail postfix/qmgr[1]: ABCDE12346: removed',
  ];
  const document = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 });
  journeyPage(document, 'en');
  assert.equal(document.parsed(3).year, 2019);
  // Make the December line a July one: January no longer follows December.
  document.applyChange({ start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, 'Jul  2');
  assert.equal(document.parsed(2).year, 2018);
  assert.equal(document.parsed(3).year, 2018);
  assertSameAsFullParse(document, [lines[0], 'Jul  2' + lines[1].slice(6), lines[2], lines[3]].join('\n'));
});

test('a hover on a line that has a queue ID, off the ID, or on a port needs only its line: the journey index is not built for it', () => {
  const text = GENERATED.repeat(10);
  const lines = text.split('\n');
  const document = new MaillogDocument(text, { defaultYear: 2018 });
  const at = (pattern: RegExp, offset: number) => {
    const line = lines.findIndex((l, i) => i > lines.length / 2 && pattern.test(l));
    return { line, character: lines[line].search(pattern) + offset };
  };
  const onClient = at(/: client=/, 3);
  const onPort = at(/\]:\d{5}\b/, 3);
  const onQueueId = at(/: client=/, -4); // the line's own queue ID, before `: client=`
  const onQueuedAs = at(/queued as [0-9A-F]+\)$/, 2); // on "queued", a line naming the next hop's ID

  for (const position of [onClient, onPort]) {
    assert.equal(hoverNeedsJourneys(document, position), false, lines[position.line]);
    assert.ok(hover(document, position, 'en')?.markdown);
  }
  assert.equal(document.indexReady, false, 'no hover above built the journey index');
  assert.equal(document.parsedAll, false, 'nor parsed every line');
  assert.equal(hoverNeedsJourneys(document, onQueueId), true);
  assert.equal(hoverNeedsJourneys(document, onQueuedAs), true);
});
