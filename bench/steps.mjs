// Child process of the benchmark: what one step of reading a large log costs in the engine itself.
// Each step runs in a fresh process (same warm-up for all), and includes the ones before it, so a
// step's own cost is its difference to the one before.
//   node bench/steps.mjs ENGINE_BUNDLE FILE STEP   -> one JSON line on stdout: { ms, peakRss } or { error }
//   read     the file streamed in 1 MB chunks, lines counted (the floor for any tool)
//   parse    LargeLog.read(file, { index: false }): read + every line's header and catalog entry
//   index    LargeLog.read(file): read + parse + the journey index (linking)
//   summary  LargeLog.read(file), then summarize() of it (timed alone), when the engine summarises a large log
//   workers  LargeLog.read(file) as the server reads it: parse workers (when their script is beside the
//            bundle and the machine has the cores) while this thread links; prints where the time went
// The other steps run on one thread (workers: 0), so that each step's own cost shows.
// ENGINE_BUNDLE is the engine bundled by bench/bundle.mjs.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [bundle, file, step] = process.argv.slice(2);
const engine = createRequire(import.meta.url)(bundle);

async function readLines() {
  let lines = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

async function indexed(options = { workers: 0 }) {
  const log = await engine.LargeLog.read(file, options);
  void log.journeys; // an index built lazily is built here
  return log;
}

let costs;
const STEPS = {
  read: readLines,
  parse: async () => (await engine.LargeLog.read(file, { index: false, workers: 0 })).close(),
  index: async () => (await indexed()).close(),
  workers: async () => {
    const log = await indexed({});
    costs = log.readCosts;
    log.close();
  },
};

let result;
try {
  if (step !== 'read' && !engine.LargeLog) throw new Error('the engine has no LargeLog');
  let started = performance.now();
  if (step === 'summary') {
    if (!engine.summarize) throw new Error('the engine has no summarize()');
    const log = await indexed();
    started = performance.now();
    engine.summarize(log);
  } else if (STEPS[step]) await STEPS[step]();
  else throw new Error(`no step ${step}`);
  result = { ms: performance.now() - started, ...(costs ? { costs } : {}) };
} catch (error) {
  result = { error: String(error?.message ?? error).split('\n')[0] };
}
result.peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
