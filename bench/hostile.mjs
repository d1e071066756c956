// The hostile section of the benchmark (issue 11): logs crafted by someone who controls log text,
// each timed side by side with a normal generated log of the same size, in fresh servers, through
// the requests a user makes: open, a hover, the Outline, "reveal journey" (traceAt) and the summary.
// A crafted log must cost no more than 3x the normal one for each.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BENCH_DIR, ensureLog } from './logs.mjs';
import { withFreshServer, documentUri } from './lsp.mjs';
import { openDocument } from './measure.mjs';
import { now, median, log, ms, mb, times } from './util.mjs';

/** Within this factor of the normal log's figure, a crafted log is not an attack. */
export const HOSTILE_LIMIT = 3;
/** Below this, a request is instantaneous for a user and its timing is noise: ratios use it as a floor. */
const FLOOR_MS = 10;
const REPEATS = 3;

const header = (second, pid) => `Aug 19 ${String(Math.floor(second / 3600) % 24).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')} mail postfix/${pid}: `;
const queueId = (n) => (0x1000000000 + n).toString(16).toUpperCase();

/**
 * The crafted logs: lines, a description, and where a user points (a queue ID's position, or a
 * position in the attacker's text for a line hover).
 */
export const CASES = [
  {
    name: 'chain',
    title: '30k-hop chain: each line a delivery to a content filter, `status=sent (250 2.0.0 Ok: queued as NEXT)`, NEXT the next line',
    lines: () => {
      const out = [];
      for (let hop = 0; hop < 30_000; hop++) {
        out.push(`${header(hop, 'smtp[4242]')}${queueId(hop)}: to=<list-member@example.com>, orig_to=<forward-${hop % 97}@example.org>, relay=127.0.0.1[127.0.0.1]:10025, delay=0.52, delays=0.1/0.01/0.2/0.21, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${queueId(hop + 1)})`);
      }
      return out;
    },
    target: 'queueId',
  },
  {
    name: 'fan-out',
    title: '40k-recipient fan-out: one message, 40,000 recipients each deferred once, then sent',
    lines: () => {
      const id = queueId(7);
      const out = [
        `${header(0, 'smtpd[300]')}${id}: client=lists.example.org[192.0.2.10]`,
        `${header(0, 'cleanup[301]')}${id}: message-id=<announce-1@lists.example.org>`,
        `${header(1, 'qmgr[302]')}${id}: from=<announce@lists.example.org>, size=48210, nrcpt=40000 (queue active)`,
      ];
      for (let r = 0; r < 40_000; r++) {
        out.push(`${header(60 + (r >> 6), 'smtp[303]')}${id}: to=<member${r}@example${r % 500}.net>, relay=none, delay=${60 + (r >> 6)}, delays=1/0/${59 + (r >> 6)}/0, dsn=4.4.1, status=deferred (connect to mx.example${r % 500}.net[203.0.113.${r % 250}]:25: Connection timed out)`);
      }
      for (let r = 0; r < 40_000; r++) {
        out.push(`${header(3600 + (r >> 6), 'smtp[304]')}${id}: to=<member${r}@example${r % 500}.net>, relay=mx.example${r % 500}.net[203.0.113.${r % 250}]:25, delay=${3600 + (r >> 6)}, delays=3599/0/0.3/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${queueId(100_000 + r)})`);
      }
      out.push(`${header(7200, 'qmgr[302]')}${id}: removed`);
      return out;
    },
    target: 'queueId',
  },
  {
    name: 'rejects',
    title: "2,000 crafted reject lines: `NOQUEUE: reject: RCPT from x[192.0.2.4]: 554 5.7.1 ` + `; from=<` x 510",
    lines: () => {
      const out = [];
      for (let n = 0; n < 2_000; n++) out.push(`${header(n, 'smtpd[300]')}NOQUEUE: reject: RCPT from x[192.0.2.4]: 554 5.7.1 ${'; from=<'.repeat(510)}`);
      return out;
    },
    target: 'text',
  },
];

/** Writes a crafted log (each run: it takes well under a second, and a changed case cannot go stale). */
function writeCrafted(testCase) {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `hostile-${testCase.name}.log`);
  fs.writeFileSync(`${file}.tmp`, `${testCase.lines().join('\n')}\n`);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/**
 * A normal generated log of (about) `bytes`: the start of a longer generated log, cut at the first
 * line end past `bytes`. Journeys running over the cut stay open, as in a log read mid-day.
 */
async function ensureNormalOfSize(root, bytes, seed) {
  const file = path.join(BENCH_DIR, `normal-${bytes}-s${seed}.log`);
  if (fs.existsSync(file)) return file;
  // The generator writes about 125 bytes a line; ask for enough lines, then cut.
  const { file: longer } = await ensureLog(root, Math.ceil(bytes / 100 / 1000) * 1000, seed, 0);
  const text = fs.readFileSync(longer);
  const end = text.indexOf(0x0a, Math.min(bytes, text.length - 1));
  fs.writeFileSync(`${file}.tmp`, text.subarray(0, end < 0 ? text.length : end + 1));
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/** Where the user points: the middle line with an own queue ID, or the middle line's text near its end. */
function targetOf(lines, kind) {
  const middle = Math.floor(lines.length / 2);
  if (kind === 'text') {
    const line = middle;
    return { line, character: Math.max(0, lines[line].length - 5) };
  }
  for (let line = middle; line < lines.length; line++) {
    const own = /\]: ([0-9A-Z]{6,20}): /.exec(lines[line]);
    if (own && own[1] !== 'NOQUEUE') return { line, character: own.index + 4 };
  }
  return { line: middle, character: 0 };
}

/** Median of `REPEATS` round trips of one request. */
async function timeRequest(client, method, params) {
  const samples = [];
  let answer;
  for (let i = 0; i < REPEATS; i++) {
    const started = now();
    answer = await client.request(method, params);
    samples.push(now() - started);
  }
  return { ms: median(samples), answer };
}

/** One log in a fresh server: open -> Mail Traces answered, then each request. */
async function measureLog(serverPath, file, kind) {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const position = targetOf(lines, kind);
  const uri = documentUri(file);
  const textDocument = { uri };
  const result = { bytes: Buffer.byteLength(text), lines: lines.length - 1 };
  return withFreshServer(serverPath, async (client) => {
    const started = now();
    const opening = openDocument(client, uri, file, text, 'disk');
    const page = await client.request('maillog/traces', { textDocument, limit: 1, withoutEvents: true });
    await opening;
    result.open = now() - started;
    result.journeys = page.total;
    const hover = await timeRequest(client, 'textDocument/hover', { textDocument, position });
    result.hover = hover.ms;
    result.hoverChars = JSON.stringify(hover.answer?.contents ?? '').length;
    result.outline = (await timeRequest(client, 'textDocument/documentSymbol', { textDocument })).ms;
    const trace = await timeRequest(client, 'maillog/traceAt', { textDocument, line: position.line });
    result.traceAt = trace.ms;
    result.traceIds = trace.answer?.queueIds?.length ?? 0;
    result.summary = (await timeRequest(client, 'maillog/summary', { textDocument })).ms;
    result.hwm = client.memory().hwm;
  }, result);
}

export const HOSTILE_FIGURES = [
  ['open', 'open -> Mail Traces answered'],
  ['hover', 'hover'],
  ['outline', 'Outline (documentSymbol)'],
  ['traceAt', 'traceAt (reveal journey)'],
  ['summary', 'summary'],
];

/** Every crafted log and its normal twin, measured one after the other. */
export async function measureHostile(root, serverPath, seed) {
  const results = [];
  for (const testCase of CASES) {
    const craftedFile = writeCrafted(testCase);
    const normalFile = await ensureNormalOfSize(root, fs.statSync(craftedFile).size, seed);
    log(`\nhostile: ${testCase.name} (${mb(fs.statSync(craftedFile).size)}) against ${path.basename(normalFile)}`);
    const crafted = await measureLog(serverPath, craftedFile, testCase.target);
    log(`  crafted: ${describe(crafted)}`);
    const normal = await measureLog(serverPath, normalFile, testCase.target);
    log(`  normal:  ${describe(normal)}`);
    results.push({ testCase, crafted, normal });
  }
  return results;
}

function describe(r) {
  if (r.error) return `failed: ${r.error}`;
  return HOSTILE_FIGURES.map(([key, label]) => `${label} ${ms(r[key])}`).join(', ') + `; ${r.journeys} journeys, trace of ${r.traceIds} queue IDs`;
}

/** The hostile table (markdown) and the figures not within 3x. */
export function hostileTable(results) {
  const out = [
    '| crafted log | figure | crafted | normal log, same size | ratio | verdict |',
    '|---|---|---|---|---|---|',
  ];
  const missed = [];
  for (const { testCase, crafted, normal } of results) {
    const size = `${mb(crafted.bytes)}, ${crafted.lines.toLocaleString('en')} lines; normal: ${normal.lines.toLocaleString('en')} lines`;
    HOSTILE_FIGURES.forEach(([key, label], i) => {
      const first = i === 0 ? `${testCase.title} (${size})` : '';
      const failed = crafted.error ?? normal.error;
      if (failed || crafted[key] === undefined || normal[key] === undefined) {
        out.push(`| ${first} | ${label} | ${crafted.error ? `failed (${crafted.error})` : ms(crafted[key])} | ${normal.error ? `failed (${normal.error})` : ms(normal[key])} | n/a | **not within ${HOSTILE_LIMIT}x** (not measured) |`);
        missed.push(`${testCase.name} ${label}`);
        return;
      }
      const ratio = Math.max(crafted[key], FLOOR_MS) / Math.max(normal[key], FLOOR_MS);
      const within = ratio <= HOSTILE_LIMIT;
      if (!within) missed.push(`${testCase.name} ${label} (${times(ratio)})`);
      out.push(`| ${first} | ${label} | ${ms(crafted[key])} | ${ms(normal[key])} | ${times(ratio)} | ${within ? `within ${HOSTILE_LIMIT}x` : `**not within ${HOSTILE_LIMIT}x**`} |`);
    });
  }
  return { markdown: out.join('\n'), missed };
}

export const HOSTILE_NOTES = [
  `Each log in a fresh server, opened as the extension opens a saved log; "open" ends when \`maillog/traces\` (limit 1) is`,
  `answered, which needs the whole journey index. Then each request ${REPEATS} times, the median: a hover at the middle line's`,
  'queue ID (for the reject lines, which have none, a line hover in the crafted text near the line\'s end), the Outline,',
  '`maillog/traceAt` on that line and `maillog/summary`. The normal log is the generated log cut at the crafted log\'s size,',
  `with the hover at the same kind of place. Ratios take ${FLOOR_MS} ms as the floor of both figures: below it a request is`,
  'instantaneous for a user and the difference is timing noise.',
];
