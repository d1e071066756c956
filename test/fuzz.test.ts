import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  HoverRequest, DefinitionRequest, ReferencesRequest, DocumentSymbolRequest,
  type MarkupContent, type Location,
} from 'vscode-languageserver-protocol/node';
import { MaillogDocument, splitLines, type Range } from '../server/src/engine/model/document';
import { journeyPage } from '../server/src/engine/features/journeyReports';
import { hover } from '../server/src/engine/features/hover';
import { definition, references } from '../server/src/engine/features/navigation';
import { problems } from '../server/src/engine/features/diagnostics';
import { journeySymbols } from '../server/src/engine/features/symbols';
import { summarize } from '../server/src/engine/features/summary';
import type { Locale } from '../server/src/engine/text/i18n';
import { TracesRequest } from '../server/src/protocol';
import { LspClient } from './support/lspClient';
import { GENERATED_2K, ROOT } from './support/paths';
import { markdownHazards } from './support/inertness';
import { Random } from './support/random';
import { INVISIBLE_CHARACTER, LONE_SURROGATE } from '../server/src/engine/text/inert';

// Real log lines, mutated by a deterministic PRNG: cut, spliced, repeated, sprinkled with
// control, bidi and zero-width characters, blown up to 100 KB, their `: ` and `=` swapped, and
// wrapped in every header format. The engine must answer everything and escape everything.

/** Fixed, so a failure reproduces; MAILLOG_FUZZ_SEED=n explores other sequences. */
const SEED_VALUE = Number(process.env.MAILLOG_FUZZ_SEED ?? 20180819);
const ENGINE_LINES = 100_000;
const BATCH_LINES = 2_500;
const SERVER_LINES = 4_000;

function sourceLines(): string[] {
  const files = [
    path.join(ROOT, 'test/fixtures/seed.maillog'),
    GENERATED_2K,
    ...fs.readdirSync(path.join(ROOT, 'test/corpus')).filter((f) => f.endsWith('.log')).sort().map((f) => path.join(ROOT, 'test/corpus', f)),
  ];
  return files.flatMap((file) => fs.readFileSync(file, 'utf8').split(/\r?\n/)).filter((line) => line !== '');
}

const SOURCES = sourceLines();

/** Things strangers put into HELO names, addresses and reasons, and bytes that break parsers. */
const NASTY = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\t', '\u000b', '\u000c', '\u007f', '\u0085', '\u009b',
  '\u001b[31m', '\u001b[0m', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '\u001b[2J',
  '\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2069', '\u061c', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\ufffb',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ud83d', '\u2028', '\u2029', '\ufffd', '中文', '邮件', 'ß', '\u0301',
  '<', '>', '<>', '](', '[x](command:workbench.action.terminal.new)', '![i](https://evil.example/a.png)', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '`', '```', '**', '_', '~~', '\\', '\\\\', '&lt;', '&#60;', 'https://evil.example/', 'www.evil.example', 'a@b.example',
  'command:evil', '%s%n%x', '{0}', '{client}', '{queue_id}', '$&', '$1', '$`', "'", '"', ': ', '=', ', ', '[', ']', '(', ')', ' ', '  ',
  'NOQUEUE: ', '01373222F7: ', 'status=sent', 'queued as 01373222F7', 'dsn=5.7.1', 'to=<', 'from=<>', 'Aug 19 05:49:42 ', '<22>1 ',
];


const HEADER = /^(\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) (\S+) ([^\s[\]:]+)(?:\[(\d+)\])?: /;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The line in another header format, or with a container runtime's prefix. */
function reformat(line: string, r: Random): string {
  const m = HEADER.exec(line);
  const body = m ? line.slice(m[0].length) : line;
  const date = m ? `2018-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}-${m[2].trim().padStart(2, '0')}T${m[3]}` : '2018-08-19T05:49:42';
  switch (r.int(8)) {
    case 0: return `mail_1  | ${line}`;
    case 1: return `\u001b[36mpostfix-1  | \u001b[0m${line}`;
    case 2: return `2018-08-19T05:49:42.123456789Z ${line}`;
    case 3: return `2018-08-19T05:49:42.123456789Z stderr P ${line}`;
    case 4: return m ? `<22>1 ${date}.1Z ${m[4]} ${m[5]} ${m[6] ?? '-'} - [x@1 a="]\\"${r.pick(NASTY)}"] ${body}` : `<22>1 ${line}`;
    case 5: return m ? `${date}.123456+0000 ${m[4]} ${m[5]}${m[6] ? `[${m[6]}]` : ''}: ${body}` : `2018-08-19T05:49:42Z ${line}`;
    case 6: return m ? `${m[1]} ${m[2].trim().padStart(2, '0')} ${m[3]}.${r.int(1e6)} ${line.slice(16)}` : line;
    default: return `<${r.int(1000)}>${line}`;
  }
}

/** A field of the line: a span between separators. */
function span(line: string, r: Random): [number, number] {
  const start = r.int(line.length + 1);
  let end = start;
  while (end < line.length && !' ,;=:<>[]()'.includes(line[end])) end++;
  return [start, Math.max(end, Math.min(line.length, start + 1 + r.int(12)))];
}

/** A long field: mostly up to 2 KB, now and then up to 100 KB. */
function huge(r: Random): string {
  const size = 1 + r.int(r.chance(0.06) ? 100_000 : 2_000);
  const unit = r.pick(['x', 'k=v, ', '<', '[', '](', 'a@b.c ', '01373222F7: ', '\u202e', '\u200b', '\u001b[1m', '中', '\ud800', ' ', ': ']);
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const MUTATIONS: readonly ((line: string, r: Random) => string)[] = [
  // cut
  (line, r) => (r.chance(0.7) ? line.slice(0, r.int(line.length + 1)) : line.slice(r.int(line.length + 1))),
  // splice two lines
  (line, r) => {
    const other = r.pick(SOURCES);
    return line.slice(0, r.int(line.length + 1)) + other.slice(r.int(other.length + 1));
  },
  // repeat a field
  (line, r) => {
    const [a, b] = span(line, r);
    return line.slice(0, b) + line.slice(a, b).repeat(1 + r.int(r.chance(0.02) ? 2000 : 6)) + line.slice(b);
  },
  // insert random characters
  (line, r) => {
    let out = line;
    for (let n = 1 + r.int(4); n > 0; n--) {
      const at = r.int(out.length + 1);
      out = out.slice(0, at) + r.pick(NASTY) + out.slice(at);
    }
    return out;
  },
  // insert random code units, any of the 65536
  (line, r) => {
    const at = r.int(line.length + 1);
    let junk = '';
    for (let n = 1 + r.int(8); n > 0; n--) junk += String.fromCharCode(r.int(0x10000));
    return line.slice(0, at) + junk + line.slice(at);
  },
  // a huge field
  (line, r) => {
    const at = r.int(line.length + 1);
    return line.slice(0, at) + huge(r) + line.slice(at);
  },
  // swap `: ` and `=`
  (line, r) => (r.chance(0.5) ? line.replace(/: /g, '\u0000').replace(/=/g, ': ').replace(/\u0000/g, '=') : line.replace(r.chance(0.5) ? /: / : /=/, r.chance(0.5) ? '=' : ': ')),
  // replace a field with a nasty value
  (line, r) => {
    const [a, b] = span(line, r);
    return line.slice(0, a) + r.pick(NASTY) + r.pick(NASTY) + line.slice(b);
  },
  // delete a range
  (line, r) => {
    const a = r.int(line.length + 1);
    return line.slice(0, a) + line.slice(a + 1 + r.int(20));
  },
  // digits of the header out of range: month 13, hour 99, day 00, pid of 30 digits
  (line, r) => line.replace(/\d/g, (d) => (r.chance(0.15) ? String(r.int(10)) : d)).replace(/\[(\d+)\]/, (all) => (r.chance(0.3) ? `[${'9'.repeat(1 + r.int(30))}]` : all)),
  // another header format
  (line, r) => reformat(line, r),
  // the queue ID mangled: lower case, shorter, longer, NOQUEUE
  (line, r) => line.replace(/\b[0-9A-F]{10}\b/, (id) => r.pick([id.toLowerCase(), id.slice(0, 4), id + id, 'NOQUEUE', `${id}z${id}`, ''])),
  // a line of only nasty things
  (_line, r) => Array.from({ length: 1 + r.int(10) }, () => r.pick(NASTY)).join(''),
];

function mutate(line: string, r: Random): string {
  let out = line;
  for (let n = 1 + r.int(r.chance(0.2) ? 5 : 2); n > 0; n--) out = r.pick(MUTATIONS)(out, r);
  return out;
}

/** A batch: a window of real lines (journeys stay partly intact), most of them mutated. */
function batch(r: Random, size: number): string[] {
  const start = r.int(SOURCES.length);
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const source = r.chance(0.9) ? SOURCES[(start + i) % SOURCES.length] : r.pick(SOURCES);
    lines.push(r.chance(0.65) ? mutate(source, r) : source);
  }
  return lines;
}

/**
 * Problems found, by kind: the first examples of each and how often it happened, so one run
 * reports every kind of problem instead of stopping at the first line that shows one.
 */
class Findings {
  private readonly kinds = new Map<string, { count: number; examples: string[] }>();

  check(ok: boolean, kind: string, example: () => string): void {
    if (ok) return;
    let found = this.kinds.get(kind);
    if (!found) this.kinds.set(kind, (found = { count: 0, examples: [] }));
    found.count++;
    if (found.examples.length < 2) found.examples.push(example());
  }

  /** Runs `action`, recording an exception as a finding; undefined when it threw. */
  run<T>(what: string, action: () => T, example: () => string): T | undefined {
    try {
      return action();
    } catch (error) {
      this.check(false, `${what} threw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 200)}`, () => `${example()}\n${(error as Error)?.stack}`);
      return undefined;
    }
  }

  assertNone(): void {
    const report = [...this.kinds].map(([kind, { count, examples }]) => `- ${kind} (${count}×), e.g.\n    ${examples.join('\n    ')}`);
    assert.equal(report.length, 0, `the fuzzer found:\n${report.join('\n')}`);
  }
}

const sample = (text: string) => JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** The markdown holds nothing a renderer would act on or hide. */
function checkInert(findings: Findings, markdown: string, where: () => string): void {
  findings.check(typeof markdown === 'string', 'hover markdown is not a string', where);
  for (const hazard of markdownHazards(markdown)) {
    findings.check(false, `ESCAPE BUG: ${hazard.kind} in a hover`, () =>
      `${where()}: ${sample(markdown.slice(Math.max(0, hazard.index - 80), hazard.index + 80))} in the hover ${sample(markdown)}`);
  }
}

function checkRange(findings: Findings, document: MaillogDocument, range: Range, what: string, where: () => string): void {
  const { start, end } = range;
  const onLine = start.line >= 0 && start.line < document.lineCount && end.line === start.line;
  findings.check(onLine, `${what}: range not on one line of the document`, () => `${where()}: ${JSON.stringify(range)}`);
  if (!onLine) return;
  const length = document.text(start.line).length;
  findings.check(
    start.character >= 0 && start.character <= end.character && end.character <= length,
    `${what}: range past the end of its line`,
    () => `${where()}: ${JSON.stringify(range)}, line length ${length}`,
  );
}

/** A position worth asking about: anywhere, on a queue ID, on a field, or past the end. */
function position(document: MaillogDocument, r: Random): { line: number; character: number } {
  if (r.chance(0.01)) return { line: document.lineCount + r.int(3), character: r.int(100) };
  const line = r.int(document.lineCount);
  const text = document.text(line);
  const kind = r.int(10);
  if (kind < 3) {
    const parsed = document.parsed(line);
    if (parsed.queueIdStart >= 0) return { line, character: parsed.queueIdStart + r.int(3) };
  }
  if (kind < 5) {
    const equals = text.indexOf('=', r.int(Math.min(text.length, 2000) + 1));
    if (equals > 0) return { line, character: equals - 1 - r.int(3) < 0 ? 0 : equals - 1 - r.int(3) };
  }
  if (kind === 9) return { line, character: text.length + r.int(5) };
  return { line, character: r.int(Math.min(text.length, 5000) + 1) };
}

/** Editors can ask about a line the server no longer has (an edit crossed the request). */
const PAST_THE_END = ' on a line past the end of the document';

function exercise(findings: Findings, document: MaillogDocument, r: Random, hovers: number, where: string): number {
  for (const locale of ['en', 'zh-cn'] as Locale[]) {
    const page = findings.run(`journeyPage(${locale})`, () => journeyPage(document, locale), () => where);
    if (page) {
      findings.check(page.traces.length === page.total, 'traces: total differs from the traces returned', () => where);
      for (const trace of page.traces) {
        findings.check(trace.lines.every((l) => l >= 0 && l < document.lineCount), 'traces: a line outside the document', () => where);
        for (const event of trace.events) {
          findings.check(!INVISIBLE_CHARACTER.test(event.summary) && !LONE_SURROGATE.test(event.summary), 'ESCAPE BUG: trace event summary not inert', () => `${where}: ${sample(event.summary)}`);
        }
      }
    }
    const query = { filter: r.pick(['sent', 'bounced', '0137', '@', '\u202e', '']), offset: r.int(5), limit: 1 + r.int(20), withoutEvents: r.chance(0.5) };
    findings.run('traces with a query', () => journeyPage(document, locale, query), () => `${where}: ${JSON.stringify(query)}`);
  }
  findings.run('journeySymbols', () => journeySymbols(document, 'en'), () => where);
  findings.run('problems', () => problems(document, r.chance(0.5) ? 'en' : 'zh-cn'), () => where);
  findings.run('summarize', () => summarize(document), () => where);
  let answered = 0;
  for (let i = 0; i < hovers; i++) {
    const at = position(document, r);
    const locale: Locale = i % 3 === 2 ? 'zh-cn' : 'en';
    const here = () => `${where}, ${locale}, line ${at.line}:${at.character} of ${sample(document.text(at.line))}`;
    const result = findings.run('hover', () => hover(document, at, locale), here);
    findings.check(result !== undefined || at.line >= document.lineCount, 'hover: no answer on a line of the document', here);
    if (result) {
      checkInert(findings, result.markdown, here);
      checkRange(findings, document, result.range, 'hover', here);
      answered++;
    }
    const past = at.line >= document.lineCount ? PAST_THE_END : '';
    const target = findings.run(`definition${past}`, () => definition(document, at), here);
    if (target) checkRange(findings, document, target, 'definition', here);
    if (i % 4 === 0) {
      for (const range of findings.run(`references${past}`, () => references(document, at), here) ?? []) checkRange(findings, document, range, 'references', here);
    }
  }
  return answered;
}

test(`engine: ${ENGINE_LINES} mutated lines never throw, and every hover is inert`, () => {
  const started = Date.now();
  const findings = new Findings();
  const r = new Random(SEED_VALUE);
  let lines = 0;
  let bytes = 0;
  let hovers = 0;
  let batches = 0;
  while (lines < ENGINE_LINES) {
    const text = batch(r, BATCH_LINES).join(r.chance(0.2) ? '\r\n' : '\n');
    const where = `batch ${batches++}`;
    const document = findings.run('new MaillogDocument', () => new MaillogDocument(text, { defaultYear: 2018 }), () => where);
    if (!document) {
      lines += BATCH_LINES;
      continue;
    }
    lines += document.lineCount;
    bytes += text.length;
    hovers += exercise(findings, document, r, 600, where);
    // Edits inside the fuzzed text: the incremental index must equal a fresh parse.
    if (batches % 2 === 0) {
      for (let e = 0; e < 5; e++) {
        const line = r.int(document.lineCount);
        const length = document.text(line).length;
        const start = { line, character: r.int(length + 1) };
        const endLine = Math.min(document.lineCount - 1, line + r.int(3));
        const end = endLine === line ? { line, character: start.character + r.int(length - start.character + 1) } : { line: endLine, character: r.int(document.text(endLine).length + 1) };
        const insert = r.chance(0.5) ? mutate(r.pick(SOURCES), r) : `${mutate(r.pick(SOURCES), r)}\n${r.pick(SOURCES)}\n`;
        findings.run('applyChange', () => document.applyChange({ start, end }, insert), () => `${where}: ${JSON.stringify({ start, end })} ${sample(insert)}`);
      }
      findings.run('refreshIndex', () => {
        while (!document.refreshIndex(1000));
      }, () => where);
      const fresh = new MaillogDocument(Array.from({ length: document.lineCount }, (_, i) => document.text(i)).join('\n'), { defaultYear: 2018 });
      findings.run(
        'after edits, the document differs from a fresh parse of its text (server/src/engine/model/document.ts applyChange)',
        () => assert.deepEqual(journeyPage(document, 'en'), journeyPage(fresh, 'en')),
        () => `${where}: edits then a refreshed index must equal a fresh parse`,
      );
      exercise(findings, document, r, 20, `${where} after edits`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`fuzz engine: ${lines} lines (${(bytes / 1e6).toFixed(1)} MB) in ${batches} documents, ${hovers} hovers answered, ${seconds.toFixed(1)} s`);
  findings.assertNone();
});

test('the fuzz checks catch what they look for', () => {
  const findings = new Findings();
  const where = () => 'self-test';
  checkInert(findings, 'time: 2018\\-08\\-19 · `from=<>` · in its MAIL command: \\<a\\@b\\>', where);
  assert.doesNotThrow(() => findings.assertNone());
  for (const bad of ['<img src=x>', '[x](command:evil)', 'a\u202eb', 'a\u200bb', '\u001b[31m', 'x\ud800', 'see https://evil.example', 'a@b.example']) {
    const caught = new Findings();
    checkInert(caught, `**ok** ${bad}`, where);
    assert.throws(() => caught.assertNone(), /ESCAPE BUG/, bad);
  }
});

test(`server: ${SERVER_LINES} mutated lines over LSP, every request answered, the server alive`, async () => {
  const started = Date.now();
  const findings = new Findings();
  const r = new Random(SEED_VALUE + 1);
  let lines = batch(r, SERVER_LINES);
  const client = await LspClient.start(r.chance(0.5) ? 'zh-cn' : 'en');
  try {
    const uri = await client.open('fuzz.maillog', lines.join('\n'));
    const shadow = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 }); // for choosing positions
    let requests = 0;
    let answered = 0;
    /** A request's result; an error response is an answer too, but a finding. */
    const send = async <R>(method: string, request: Promise<R>, where: () => string): Promise<R | undefined> => {
      requests++;
      try {
        const result = await request;
        answered++;
        return result;
      } catch (error) {
        const message = String((error as Error)?.message);
        if ((error as { code?: number })?.code !== undefined) answered++;
        findings.check(false, `server: ${method} failed: ${message.slice(0, 200)}`, where);
        return undefined;
      }
    };
    const ask = async (): Promise<void> => {
      const at = position(shadow, r);
      const params = { textDocument: { uri }, position: at };
      const where = () => `server, line ${at.line}:${at.character} of ${sample(shadow.text(at.line))}`;
      const past = at.line >= shadow.lineCount ? PAST_THE_END : '';
      const [hoverResult, definitionResult, referenceResult] = await Promise.all([
        send('hover', client.connection.sendRequest(HoverRequest.type, params), where),
        send(`definition${past}`, client.connection.sendRequest(DefinitionRequest.type, params).then((found) => found as Location | Location[] | null), where),
        send(`references${past}`, client.connection.sendRequest(ReferencesRequest.type, { ...params, context: { includeDeclaration: true } }), where),
      ]);
      if (hoverResult) checkInert(findings, (hoverResult.contents as MarkupContent).value, where);
      // A location is a line of this document (the server has no other).
      const inDocument = (l: Location | undefined) => l?.uri === uri && Number.isInteger(l.range?.start?.line) &&
        l.range.start.line >= 0 && l.range.start.line <= l.range.end.line && l.range.end.line < shadow.lineCount;
      findings.check(definitionResult === undefined || definitionResult === null || [definitionResult].flat().every(inDocument), 'server: a definition that is no location of the document', where);
      findings.check(referenceResult === undefined || referenceResult === null || (Array.isArray(referenceResult) && referenceResult.every(inDocument)), 'server: references that are no list of locations of the document', where);
    };
    for (let round = 0; round < 16; round++) await Promise.all(Array.from({ length: 25 }, ask));
    // Typing fuzz into the open document: answers keep coming.
    for (let e = 0; e < 20; e++) {
      const line = r.int(lines.length);
      const text = mutate(r.pick(SOURCES), r);
      await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text }]);
      lines[line] = text;
      lines = splitLines(lines.join('\n')); // a mutation may have inserted a line break
    }
    shadow.applyChange(undefined, lines.join('\n'));
    for (let round = 0; round < 4; round++) await Promise.all(Array.from({ length: 25 }, ask));
    const page = await send('maillog/traces', client.connection.sendRequest(TracesRequest, { textDocument: { uri } }), () => 'traces');
    findings.check(page !== undefined && Array.isArray(page.traces), 'server: maillog/traces gave no list', () => 'traces');
    await send('documentSymbol', client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), () => 'symbols');
    console.log(`fuzz server: ${lines.length} lines, ${answered} of ${requests} requests answered, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(answered, requests, 'every request is answered');
    assert.equal(client.exited, false, `the server process is alive; its stderr: ${client.stderr.slice(0, 2000)}`);
    findings.assertNone();
  } finally {
    await client.stop();
  }
});
