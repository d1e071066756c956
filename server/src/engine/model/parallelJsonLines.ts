import * as fs from 'node:fs';
import * as path from 'node:path';
import { coresForWorkers, lineAlignedRanges, PARALLEL_MIN_BYTES, type FileIdentity } from './parallelParse';
import { inOrderInWorkers, WorkerPool } from './rangeWorkers';

/** One range for a JSON Lines worker: bytes `start`..`end` of `file`, whose first line is number `firstLine` (0-based). */
export interface JsonLinesTask {
  readonly index: number;
  readonly file: string;
  /** The file's name as a JSON string, as each object names it. */
  readonly fileJson: string;
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  /** The file this thread has open: a worker reads no other one that took its name (a rotation meanwhile). */
  readonly identity: FileIdentity;
}

/** Bytes per range: each worker's output (about twice its input) is held until its turn to be written. */
const RANGE_BYTES = 8 << 20;

/**
 * `cli.js parse` runs alone: two cores already nearly halve its time (measured on this project's
 * 2-core machine: 1M lines in 3.5 s in two workers, 6.4 s on one thread).
 */
const CLI_MIN_CORES = 2;

/** Workers for the JSON Lines of a file of `bytes` bytes: one per core, at most 8; 0 below PARALLEL_MIN_BYTES or on one core. */
export function jsonLinesWorkerCount(bytes: number): number {
  const cores = coresForWorkers(CLI_MIN_CORES);
  if (cores === 0 || bytes < PARALLEL_MIN_BYTES) return 0;
  // The bundle copied without its worker script (it ships beside it in dist/): one thread does it all.
  return fs.existsSync(WORKER_SCRIPT) ? Math.min(8, cores) : 0;
}

const WORKER_SCRIPT = path.join(__dirname, 'jsonLinesWorker.js');

/**
 * The JSON Lines of a regular file (as `cli.js parse` prints them), made in `workers` worker
 * threads that each read their own ranges from disk; `write` gets them in the file's order and
 * may hold the next write back (a full pipe). Memory stays bounded: at most two ranges per worker
 * are in flight or waiting for their turn.
 */
export async function jsonLinesInWorkers(
  file: string, fileJson: string, size: number, workers: number, write: (json: Uint8Array) => Promise<unknown> | undefined, rangeBytes = RANGE_BYTES,
): Promise<void> {
  const ranges = lineAlignedRanges(file, size, Math.max(1, Math.ceil(size / rangeBytes)));
  let nextLine = 0;
  const counter = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const { dev, ino } = fs.fstatSync(counter);
    // The first line number of each range: its newlines counted here, ahead of the workers.
    const task = (index: number): JsonLinesTask => {
      const { start, end } = ranges[index];
      const firstLine = nextLine;
      nextLine += countNewlines(counter, start, end);
      return { index, file, fileJson, start, end, firstLine, identity: { dev, ino } };
    };
    const pool = new WorkerPool(WORKER_SCRIPT, Math.min(workers, ranges.length));
    try {
      await inOrderInWorkers(pool, ranges.length, task, write);
    } finally {
      await pool.end();
    }
  } finally {
    fs.closeSync(counter);
  }
}

/** Newlines in bytes `start`..`end` of a file, plus one for a last line without its own. */
function countNewlines(fd: number, start: number, end: number): number {
  const buffer = Buffer.allocUnsafe(Math.min(1 << 20, end - start));
  let count = 0;
  let last = 10;
  for (let at = start; at < end;) {
    const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
    if (n === 0) break;
    for (let i = buffer.indexOf(10, 0); i >= 0 && i < n; i = buffer.indexOf(10, i + 1)) count++;
    last = buffer[n - 1];
    at += n;
  }
  return count + (last === 10 ? 0 : 1);
}
