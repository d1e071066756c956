// pflogsumm's own numbers, where it is installed: its Grand Totals equal the summary's on
// generated logs without a content filter, and count each message twice through one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';
import type { MailSummary } from '../server/src/engine/features/summaryTypes';
import { generate, HAND_OVER, logLines, NO_GENERATOR, QUEUE_LINE, summaryOf } from './support/summaryLogs';

const PFLOGSUMM = findPflogsumm();
// The comparisons run on generated logs, so they need the generator too (../shared, beside the project).
const NO_PFLOGSUMM = NO_GENERATOR || (PFLOGSUMM ? false : 'pflogsumm is not installed (Debian package pflogsumm): comparison skipped');
if (!PFLOGSUMM) console.log(`# ${NO_PFLOGSUMM}`);

function findPflogsumm(): string | undefined {
  for (const candidate of ['pflogsumm', '/usr/sbin/pflogsumm', '/usr/bin/pflogsumm']) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (!probe.error && probe.status === 0) return candidate;
  }
  return undefined;
}

interface GrandTotals {
  [label: string]: { value: number; unit: string };
}

function pflogsumm(text: string): GrandTotals {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-pflogsumm-'));
  try {
    const file = path.join(dir, 'mail.log');
    fs.writeFileSync(file, text);
    const out = execFileSync(PFLOGSUMM!, ['--detail', '0', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const start = out.indexOf('Grand Totals');
    assert.ok(start >= 0, out);
    const section = out.slice(start, out.indexOf('\n\n\n', start) > 0 ? out.indexOf('\n\n\n', start) : undefined);
    const totals: GrandTotals = {};
    for (const m of section.matchAll(/^\s*(\d+)([km ])\s+([a-z /]+?)(?:\s+\(.*\))?\s*$/gm)) {
      totals[m[3]] = { value: Number(m[1]), unit: m[2] };
    }
    return totals;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pflogsumm's "Grand Totals" labels and the summary's totals they must equal (without a content filter). */
const PFLOGSUMM_TOTALS: readonly (readonly [string, keyof MailSummary['totals']])[] = [
  ['received', 'received'], ['delivered', 'delivered'], ['deferred', 'deferred'], ['bounced', 'bounced'],
  ['rejected', 'rejected'], ['held', 'held'], ['discarded', 'discarded'],
  ['bytes received', 'bytesReceived'], ['bytes delivered', 'bytesDelivered'],
  ['senders', 'senders'], ['sending hosts/domains', 'sendingDomains'],
  ['recipients', 'recipients'], ['recipient hosts/domains', 'recipientDomains'],
];

/** pflogsumm shows big numbers in k (1024) units, truncated. */
function assertPflogsumm(totals: GrandTotals, label: string, ours: number): void {
  const entry = totals[label];
  assert.ok(entry, `pflogsumm printed no "${label}": ${JSON.stringify(totals)}`);
  const shown = entry.unit === 'k' ? Math.floor(ours / 1024) : entry.unit === 'm' ? Math.floor(ours / 1048576) : ours;
  assert.equal(shown, entry.value, `${label}: ours ${ours}, pflogsumm ${entry.value}${entry.unit.trim()}`);
}

interface Flows {
  /** Lines of the inbound flow (through amavis), by whether the flow completed in the log. */
  readonly inbound: string[];
  readonly inboundComplete: string[];
  readonly others: string[];
}

/** Splits a generated log into the inbound (amavis) flow and everything else, by queue ID and client. */
function splitFlows(text: string): Flows {
  const lines = logLines(text);
  const inboundIds = new Set<string>();
  const clients = new Set<string>();
  const pairs = new Map<string, string>();
  const removed = new Set<string>();
  for (const line of lines) {
    const client = /postfix\/smtpd\[\d+\]: ([0-9A-F]{10}): client=\S*\[([\d.]+)\]$/.exec(line);
    if (client) {
      inboundIds.add(client[1]);
      if (client[2] !== '127.0.0.1') clients.add(client[2]);
    }
    const q = QUEUE_LINE.exec(line);
    if (q && q[3] === 'removed') removed.add(q[2]);
    const handOver = q && HAND_OVER.exec(q[3]);
    if (handOver) pairs.set(q[2], handOver[1]);
  }
  const complete = new Set<string>();
  for (const [first, second] of pairs) {
    if (removed.has(second)) complete.add(first).add(second);
  }
  const flowOf = (line: string): string | undefined => {
    const q = QUEUE_LINE.exec(line);
    if (q) return inboundIds.has(q[2]) ? q[2] : undefined;
    if (/ amavis\[\d+\]: /.test(line)) return /queued_as: ([0-9A-F]{10})/.exec(line)?.[1] ?? '';
    if (/localhost\[127\.0\.0\.1\]/.test(line)) return '';
    const address = /\[([\d.]+)\]|client_address=([\d.]+)/.exec(line);
    const ip = address && (address[1] ?? address[2]);
    return ip && clients.has(ip) && /postfix\/(?:smtpd|postscreen)\[|postgrey\[/.test(line) ? '' : undefined;
  };
  const inbound: string[] = [];
  const inboundComplete: string[] = [];
  const others: string[] = [];
  for (const line of lines) {
    const flow = flowOf(line);
    if (flow === undefined) {
      others.push(line);
      continue;
    }
    inbound.push(line);
    if (complete.has(flow)) inboundComplete.push(line);
  }
  return { inbound, inboundComplete, others };
}

test('pflogsumm agrees on a log without a content filter', { skip: NO_PFLOGSUMM }, () => {
  for (const seed of [11, 5]) {
    const { others } = splitFlows(generate(20000, seed));
    const text = others.join('\n') + '\n';
    const s = summaryOf(text);
    assert.equal(s.totals.forwardedToFilter, 0, 'the amavis flow is gone');
    assert.ok(s.totals.received > 500 && s.totals.deferred > 10 && s.totals.bounced > 10 && s.totals.rejected > 10);
    const pf = pflogsumm(text);
    for (const [label, key] of PFLOGSUMM_TOTALS) assertPflogsumm(pf, label, s.totals[key]);
    // pflogsumm prints the deferral count beside the deferred messages.
    const out = execFileSync(PFLOGSUMM!, ['--detail', '0', '-'], { input: text, encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.match(out, new RegExp(`deferred\\s+\\(${s.totals.deferrals}\\s+deferrals\\)`));
  }
});

test('through a content filter pflogsumm counts each message twice, the summary once', { skip: NO_PFLOGSUMM }, () => {
  const { inboundComplete } = splitFlows(generate(20000, 11));
  const text = inboundComplete.join('\n') + '\n';
  const s = summaryOf(text);
  assert.ok(s.totals.received > 300);
  assert.equal(s.totals.forwardedToFilter, s.totals.received);
  assert.equal(s.totals.delivered, s.totals.received);
  assert.deepEqual(s.partial, { startedBeforeLog: 0, unfinishedAtEnd: 0, startedLines: [], unfinishedLines: [] });
  const pf = pflogsumm(text);
  assertPflogsumm(pf, 'received', 2 * s.totals.received);
  assertPflogsumm(pf, 'delivered', 2 * s.totals.delivered);
});
