// The benchmark's logs: generated once with the project's deterministic generator and kept in
// os.tmpdir()/maillog-bench, so later runs (and the competitors) read the very same bytes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';

export const BENCH_DIR = path.join(os.tmpdir(), 'maillog-bench');

/**
 * The log of `size` lines (exactly `gen-maillog --lines size --seed seed`) and, beside it, the
 * `extra` lines that follow it in a longer run of the same generator: what the log appends next
 * (none when `extra` is 0).
 */
export async function ensureLog(root, size, seed, extra) {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const generator = findGenerator(root);
  const file = path.join(BENCH_DIR, `maillog-${size}-s${seed}.log`);
  const appendFile = path.join(BENCH_DIR, `maillog-${size}-s${seed}.append${extra}.log`);
  if (!fs.existsSync(file)) await generate(generator, size, seed, file);
  if (extra === 0) return { file };
  if (!fs.existsSync(appendFile)) {
    const longer = path.join(BENCH_DIR, `maillog-${size}+${extra}-s${seed}.tmp`);
    await generate(generator, size + extra, seed, longer);
    const tail = fs.readFileSync(longer, 'utf8').split('\n').slice(size, size + extra);
    fs.writeFileSync(`${appendFile}.tmp`, tail.join('\n') + '\n');
    fs.renameSync(`${appendFile}.tmp`, appendFile);
    fs.rmSync(longer);
  }
  return { file, appendFile };
}

/**
 * The project's log generator: $MAILLOG_GENERATOR, else shared/tools/gen-maillog.mjs in the nearest
 * folder above the checkout that has one (a clone sits beside shared/, a worktree deeper).
 */
function findGenerator(root) {
  if (process.env.MAILLOG_GENERATOR) return path.resolve(process.env.MAILLOG_GENERATOR);
  for (let dir = path.resolve(root, '..'); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'tools', 'gen-maillog.mjs');
    if (fs.existsSync(candidate) || dir === path.dirname(dir)) return candidate;
  }
}

function generate(generator, lines, seed, target) {
  if (!fs.existsSync(generator)) throw new Error(`log generator not found: ${generator} (set MAILLOG_GENERATOR)`);
  const partial = `${target}.partial`;
  return new Promise((resolve, reject) => {
    const out = fs.openSync(partial, 'w');
    const child = spawn(process.execPath, [generator, '--lines', String(lines), '--seed', String(seed)], { stdio: ['ignore', out, 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(out);
      if (code !== 0) return reject(new Error(`gen-maillog exited with ${code}`));
      fs.renameSync(partial, target);
      resolve();
    });
  });
}

const OWN_ID = /\]: ([0-9A-Za-z]{6,20}): /;
const MENTIONS = /(?:queued as |queued_as: |notification: )([0-9A-Za-z]{6,20})/g;

/** Every queue ID on a line, the line's own and the ones it names: `{ start, end }` (UTF-16). */
export function queueIdsOn(text) {
  const found = [];
  const own = OWN_ID.exec(text);
  if (own && own[1] !== 'NOQUEUE') {
    const start = own.index + 3;
    found.push({ start, end: start + own[1].length });
  }
  for (const mention of text.matchAll(MENTIONS)) {
    const end = mention.index + mention[0].length;
    found.push({ start: end - mention[1].length, end });
  }
  return found;
}

/** The lines that carry a queue ID of their own, with its span. */
export function linesWithOwnId(lines, from = 0, to = lines.length) {
  const out = [];
  for (let line = from; line < to; line++) {
    const own = OWN_ID.exec(lines[line]);
    if (own && own[1] !== 'NOQUEUE') out.push({ line, start: own.index + 3, end: own.index + 3 + own[1].length });
  }
  return out;
}

/**
 * `count` positions: half on a queue ID (any of a random line's IDs, any character of it, as
 * a user pointing at one would), half anywhere (random line, random column up to its end).
 */
export function randomPositions(lines, count, random) {
  const withIds = [];
  for (let line = 0; line < lines.length; line++) {
    const ids = queueIdsOn(lines[line]);
    if (ids.length) withIds.push({ line, ids });
  }
  const lastLine = lines[lines.length - 1] === '' ? lines.length - 2 : lines.length - 1;
  const positions = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0 && withIds.length > 0) {
      const { line, ids } = random.pick(withIds);
      const id = random.pick(ids);
      positions.push({ line, character: id.start + random.int(id.end - id.start), onQueueId: true });
    } else {
      const line = random.int(lastLine + 1);
      positions.push({ line, character: random.int(lines[line].length + 1), onQueueId: false });
    }
  }
  return positions;
}
