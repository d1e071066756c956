// Journeys an attacker (or a very busy list server) can make: a chain of tens of thousands of
// content-filter hops, a message with tens of thousands of recipients. Their cost must grow
// linearly: compared by ratio between a log and one four times its size (linear: about 4,
// quadratic: about 16), never by wall-clock time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyAtLine, journeyPage } from '../../server/src/engine/features/journeyReports';
import { hover } from '../../server/src/engine/features/hover';
import { journeySymbols } from '../../server/src/engine/features/symbols';
import { HOVER_LIST_LIMIT } from '../../server/src/engine/features/queueIdHover';

const HEADER = 'Aug 19 06:00:00 mail';
const index = (document: MaillogDocument) => void document.journeys.lineCount;
const queueId = (i: number) => (0x1000000000 + i).toString(16).toUpperCase();

/** `hops` messages, each handed to a content filter that queued it again as the next one. */
const chain = (hops: number) => relayed(hops, '127.0.0.1[127.0.0.1]:10025');
/** The same lines relayed to a remote MX: `queued as` names its queue, so each message is a journey of its own. */
const unlinked = (messages: number) => relayed(messages, 'mx.example.com[192.0.2.1]:25');

function relayed(count: number, relay: string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`${HEADER} postfix/smtp[100]: ${queueId(i)}: to=<u@example.org>, relay=${relay}, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${queueId(i + 1)})`);
  }
  return lines.join('\n');
}

/** One message to `recipients` addresses, each deferred once and then sent. */
function fanOut(recipients: number): string {
  const id = queueId(0);
  const lines = [`${HEADER} postfix/qmgr[1]: ${id}: from=<list@example.org>, size=5000, nrcpt=${recipients} (queue active)`];
  for (let i = 0; i < recipients; i++) {
    lines.push(`${HEADER} postfix/smtp[2]: ${id}: to=<member${i}@example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)`);
  }
  for (let i = 0; i < recipients; i++) {
    lines.push(`${HEADER} postfix/smtp[2]: ${id}: to=<member${i}@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=2, delays=0/0/1/1, dsn=2.0.0, status=sent (250 ok)`);
  }
  lines.push(`${HEADER} postfix/qmgr[1]: ${id}: removed`);
  return lines.join('\n');
}

/** Indexing cost, best of three on a fresh document each (its parse not counted): the least disturbed by other work on the machine. */
function indexCost(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const document = new MaillogDocument(text);
    const started = performance.now();
    index(document);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * How much more `work` costs on an input four times larger, on an indexed document: about 4
 * when linear, 16 when quadratic. Small and large runs alternate and the best of each counts,
 * so a burst of load from elsewhere on the machine hits both alike.
 */
function growth(make: (n: number) => string, n: number, work: (document: MaillogDocument) => void): number {
  const small = make(n);
  const large = make(n * 4);
  const timed = (text: string) => {
    const document = new MaillogDocument(text);
    index(document);
    const started = performance.now();
    work(document);
    return performance.now() - started;
  };
  timed(small); // warm up the code paths
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let run = 0; run < 5; run++) {
    bestSmall = Math.min(bestSmall, timed(small));
    bestLarge = Math.min(bestLarge, timed(large));
  }
  return bestLarge / Math.max(bestSmall, 1);
}

/** Generous enough for a loaded machine (linear is 4 to 6 here), below the 16 of a quadratic step. */
const LINEAR = 10;

const queueIdHover = (document: MaillogDocument) => {
  const line = document.lineCount - 1;
  hover(document, { line, character: document.parsed(line).queueIdStart }, 'en');
};
const outline = (document: MaillogDocument) => void journeySymbols(document, 'en');
const traceAt = (document: MaillogDocument) => void journeyAtLine(document, document.lineCount - 1, 'en');

test('a chain of 30,000 content-filter hops is one journey of 30,000 hops', () => {
  const document = new MaillogDocument(chain(30_000));
  const page = journeyPage(document, 'en', { withoutEvents: true });
  assert.equal(page.total, 1);
  // The last `queued as` names a queue the log never shows: 30,000 hops with lines.
  assert.equal(page.traces[0].queueIds.length, 30_000);
  assert.equal(journeyAtLine(document, 29_999, 'en')?.firstLine, 0);
  const markdown = hover(document, { line: 15_000, character: document.text(15_000).indexOf(queueId(15_000)) }, 'en')!.markdown;
  assert.match(markdown, new RegExp(`\\*\\*${queueId(15_000)}\\*\\*`), 'the hovered hop is shown even beyond the first ones');
  assert.match(markdown, /… and 29949 more/);
  const [symbol] = journeySymbols(document, 'en');
  assert.equal(symbol.name, `${Array.from({ length: 10 }, (_, i) => queueId(i)).join(' → ')} … and 29990 more`);
  assert.equal(symbol.range.end.line, 29_999);
});

test('indexing a chain of 30,000 hops costs about what 30,000 unlinked messages cost', () => {
  indexCost(unlinked(3_000)); // warm up the code paths
  const ratio = indexCost(chain(30_000)) / Math.max(indexCost(unlinked(30_000)), 1);
  // Walking the chain on each link made it 30x and more.
  assert.ok(ratio < 6, `the chain costs ${ratio.toFixed(1)}x`);
});

test('hovering, outlining and tracing a chain of hops grow linearly with its length', () => {
  for (const [name, work] of [['queue-ID hover', queueIdHover], ['outline', outline], ['traceAt', traceAt]] as const) {
    const ratio = growth(chain, 7_500, work);
    assert.ok(ratio < LINEAR, `${name}: 4x the hops cost ${ratio.toFixed(1)}x`);
  }
});

test('a message to 40,000 recipients: the hover lists 50 and says how many more, the trace keeps all', () => {
  const document = new MaillogDocument(fanOut(40_000));
  const [journey] = journeyPage(document, 'en', { withoutEvents: true }).traces;
  assert.equal(journey.recipients.length, 40_000);
  assert.equal(journey.status, 'sent');
  const markdown = hover(document, { line: 0, character: document.text(0).indexOf(queueId(0)) }, 'en')!.markdown;
  assert.equal(markdown.match(/^- recipients: member\d+\\@example\\.com — sent/gm)?.length, HOVER_LIST_LIMIT);
  assert.match(markdown, /^- … and 39950 more$/m);
  const chinese = hover(document, { line: 0, character: document.text(0).indexOf(queueId(0)) }, 'zh-cn')!.markdown;
  assert.match(chinese, /另有 39950 项/);
});

test('hovering, outlining and tracing a message to many recipients grow linearly with their number', () => {
  for (const [name, work] of [['queue-ID hover', queueIdHover], ['outline', outline], ['traceAt', traceAt]] as const) {
    const ratio = growth(fanOut, 10_000, work);
    assert.ok(ratio < LINEAR, `${name}: 4x the recipients cost ${ratio.toFixed(1)}x`);
  }
});
