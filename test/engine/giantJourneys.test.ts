// Journeys of thousands of lines (a message to a big list, a long chain of content-filter hops):
// traceAt lists their first lines, recipients and hops with the totals, the hover counts them all,
// and asking again about the same journey costs what is shown, not what the journey holds
// (counted as lines looked at, never timed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyAtLine, journeyPage, JOURNEY_LIST_LIMIT } from '../../server/src/engine/features/journeyReports';
import { hover } from '../../server/src/engine/features/hover';

const HEADER = 'Aug 19 06:00:00 mail';
const queueId = (i: number) => (0x2000000000 + i).toString(16).toUpperCase();
const ID = queueId(0);

const deferred = (i: number) =>
  `${HEADER} postfix/smtp[2]: ${ID}: to=<member${i}@example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)`;
const sent = (i: number) =>
  `${HEADER} postfix/smtp[2]: ${ID}: to=<member${i}@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=2, delays=0/0/1/1, dsn=2.0.0, status=sent (250 ok)`;

/** One message to `recipients` addresses, each deferred once and then sent (no `removed` line: it may grow). */
function fanOut(recipients: number): string {
  const lines = [`${HEADER} postfix/qmgr[1]: ${ID}: from=<list@example.org>, size=5000, nrcpt=${recipients} (queue active)`];
  for (let i = 0; i < recipients; i++) lines.push(deferred(i));
  for (let i = 0; i < recipients; i++) lines.push(sent(i));
  return lines.join('\n');
}

/** `hops` messages, each handed to a content filter that queued it again as the next one. */
function chain(hops: number): string {
  const lines: string[] = [];
  for (let i = 0; i < hops; i++) {
    lines.push(`${HEADER} postfix/smtp[100]: ${queueId(i)}: to=<u@example.org>, relay=127.0.0.1[127.0.0.1]:10025, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${queueId(i + 1)})`);
  }
  return lines.join('\n');
}

const queueIdHover = (document: MaillogDocument, line: number) =>
  hover(document, { line, character: document.parsed(line).queueIdStart + 1 }, 'en')!.markdown;

/** How many times `work` reads a line's text or parse from the document. */
function linesLookedAt(document: MaillogDocument, work: () => void): number {
  let count = 0;
  const text = document.text.bind(document);
  const parsed = document.parsed.bind(document);
  document.text = (line) => (count++, text(line));
  document.parsed = (line) => (count++, parsed(line));
  try {
    work();
  } finally {
    delete (document as Partial<Pick<MaillogDocument, 'text' | 'parsed'>>).text;
    delete (document as Partial<Pick<MaillogDocument, 'text' | 'parsed'>>).parsed;
  }
  return count;
}

test('traceAt with a limit lists the first lines, events and recipients of a big journey and says how many there are', () => {
  const document = new MaillogDocument(fanOut(2_000));
  const whole = journeyAtLine(document, 1, 'en')!;
  const capped = journeyAtLine(document, 1, 'en', JOURNEY_LIST_LIMIT)!;
  assert.equal(whole.lines.length, 4_001);
  assert.equal(whole.lineCount, undefined, 'a whole trace needs no count');
  assert.equal(capped.lineCount, 4_001);
  assert.deepEqual(capped.lines, whole.lines.slice(0, JOURNEY_LIST_LIMIT));
  assert.deepEqual(capped.events.map((e) => e.line), capped.lines);
  assert.equal(capped.recipientCount, 2_000);
  assert.deepEqual(capped.recipients, whole.recipients.slice(0, JOURNEY_LIST_LIMIT));
  assert.equal(capped.queueIdCount, undefined, 'one hop: nothing cut');
  assert.equal(capped.status, 'sent');
  assert.equal(capped.lastLine, 4_000, 'the last line of the whole journey');
});

test('traceAt with a limit lists the first hops of a long chain and says how many there are', () => {
  const document = new MaillogDocument(chain(1_200));
  const capped = journeyAtLine(document, 600, 'en', JOURNEY_LIST_LIMIT)!;
  assert.equal(capped.queueIdCount, 1_200);
  assert.deepEqual(capped.queueIds, Array.from({ length: JOURNEY_LIST_LIMIT }, (_, i) => queueId(i)));
  assert.equal(capped.lineCount, 1_200);
  assert.equal(capped.events.length, JOURNEY_LIST_LIMIT);
  // The paged list of journeys is not cut: Mail Traces and the CLI see every hop.
  assert.equal(journeyPage(document, 'en', { withoutEvents: true }).traces[0].queueIds.length, 1_200);
});

test('the hover counts every recipient of a big message, and edits and appended lines change the count', () => {
  const document = new MaillogDocument(fanOut(2_000));
  const first = queueIdHover(document, 0);
  assert.match(first, /^\*\*Message [0-9A-F]+\*\* — sent$/m);
  assert.match(first, /^- … and 1950 more$/m);
  assert.equal(queueIdHover(document, 0), first, 'asked again: the same answer');
  // The address of the last line edited in place: the index keeps its links and forgets what it read of the line.
  const last = document.lineCount - 1;
  document.applyChange({ start: { line: last, character: 0 }, end: { line: last, character: document.text(last).length } }, sent(5_000));
  assert.equal(document.indexStale, false, 'an edit the index stays valid through');
  const edited = queueIdHover(document, 0);
  assert.match(edited, /^- … and 1951 more$/m, 'member5000 is one more recipient');
  assert.match(edited, /^\*\*Message [0-9A-F]+\*\* — deferred$/m, 'member1999 was only deferred now');
  // Lines appended to the log (it grows): member1999 sent after all, and one more recipient.
  document.applyChange({ start: { line: last, character: document.text(last).length }, end: { line: last, character: document.text(last).length } }, `\n${sent(1_999)}\n${sent(2_001)}`);
  const grown = queueIdHover(document, 0);
  assert.match(grown, /^- … and 1952 more$/m);
  assert.match(grown, /^\*\*Message [0-9A-F]+\*\* — sent$/m);
  assert.equal(journeyAtLine(document, 0, 'en', JOURNEY_LIST_LIMIT)?.recipientCount, 2_002);
});

test('asking again about a big journey looks at as many lines whatever its size: the hover and traceAt cost what they show', () => {
  const repeated = (make: () => string, line: number) => {
    const document = new MaillogDocument(make());
    queueIdHover(document, line); // the first look reads the journey once
    return {
      hover: linesLookedAt(document, () => queueIdHover(document, line)),
      traceAt: linesLookedAt(document, () => journeyAtLine(document, line, 'en', JOURNEY_LIST_LIMIT)),
    };
  };
  const small = repeated(() => fanOut(1_000), 0);
  const large = repeated(() => fanOut(4_000), 0);
  assert.deepEqual(large, small, `fan-out: ${JSON.stringify(small)} lines for 1,000 recipients, ${JSON.stringify(large)} for 4,000`);
  assert.ok(large.traceAt <= 3 * JOURNEY_LIST_LIMIT, `traceAt looked at ${large.traceAt} lines`);
  const shortChain = repeated(() => chain(1_000), 500);
  const longChain = repeated(() => chain(4_000), 500);
  assert.deepEqual(longChain, shortChain, `chain: ${JSON.stringify(shortChain)} lines for 1,000 hops, ${JSON.stringify(longChain)} for 4,000`);
});
