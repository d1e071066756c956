// Child process of the benchmark: times the engine itself, without LSP, on one file.
//   node bench/inprocess.mjs ENGINE_BUNDLE FILE   -> one JSON line on stdout
// ENGINE_BUNDLE is server/src/engine/model/document.ts bundled by bench/engine.mjs.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [bundle, file] = process.argv.slice(2);
const { MaillogDocument } = createRequire(import.meta.url)(bundle);
const text = fs.readFileSync(file, 'utf8');

const started = performance.now();
const document = new MaillogDocument(text);
const parsed = performance.now();
const index = document.journeys;
const indexed = performance.now();
const messages = index.allMessages().length;

const heapBefore = process.memoryUsage().heapUsed;
globalThis.gc?.();
const memory = process.memoryUsage();
process.stdout.write(`${JSON.stringify({
  parseMs: parsed - started,
  indexMs: indexed - parsed,
  lines: document.lineCount,
  messages,
  textBytes: Buffer.byteLength(text),
  heapUsed: globalThis.gc ? memory.heapUsed : heapBefore,
  rss: memory.rss,
  // keeps the document alive until its memory was measured
  retained: document.lineCount === 0 ? 0 : 1,
})}\n`);
