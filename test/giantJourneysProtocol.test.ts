// A journey of thousands of lines over stdio: traceAt answers its first lines, recipients and hops
// with their totals, Copy Journey Lines (journeyText) gets every line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './support/lspClient';
import { JourneyTextRequest, TraceAtRequest } from '../server/src/protocol';
import { JOURNEY_LIST_LIMIT } from '../server/src/engine/features/journeyReports';

const HEADER = 'Aug 19 06:00:00 mail';
const ID = '3A4B5C6D7E';
const RECIPIENTS = 600;

/** One message to RECIPIENTS addresses, each deferred once and then sent: 1 + 2 x RECIPIENTS lines. */
function fanOut(): string {
  const lines = [`${HEADER} postfix/qmgr[1]: ${ID}: from=<list@example.org>, size=5000, nrcpt=${RECIPIENTS} (queue active)`];
  for (const status of ['deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)', 'sent (250 ok)']) {
    for (let i = 0; i < RECIPIENTS; i++) {
      lines.push(`${HEADER} postfix/smtp[2]: ${ID}: to=<member${i}@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=2, delays=0/0/1/1, dsn=${status.startsWith('sent') ? '2.0.0' : '4.4.1'}, status=${status}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

let client: LspClient;
before(async () => {
  client = await LspClient.start('en');
});
after(() => client.stop());

test('traceAt of a journey of 1,201 lines answers the first ones and the totals; journeyText every line', async () => {
  const uri = await client.open('giant-fan-out.maillog', fanOut());
  const trace = await client.connection.sendRequest(TraceAtRequest, { textDocument: { uri }, line: 700 });
  assert.ok(trace);
  assert.equal(trace.events.length, JOURNEY_LIST_LIMIT);
  assert.equal(trace.lines.length, JOURNEY_LIST_LIMIT);
  assert.equal(trace.lineCount, 1 + 2 * RECIPIENTS);
  assert.equal(trace.recipients.length, JOURNEY_LIST_LIMIT);
  assert.equal(trace.recipientCount, RECIPIENTS);
  assert.equal(trace.status, 'sent');
  assert.deepEqual(trace.queueIds, [ID]);
  assert.equal(trace.queueIdCount, undefined);
  const journey = await client.connection.sendRequest(JourneyTextRequest, { uri, line: 700 });
  assert.ok(journey);
  assert.equal(journey.lines.length, 1 + 2 * RECIPIENTS);
  assert.equal(journey.text.split('\n').length - 1, 1 + 2 * RECIPIENTS);
  assert.match(journey.text, /member599@example\.com>.*status=sent/);
});
