import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readFullyAt } from './fileReads';
import type { ParsedRows } from './lineTable';

/** What one worker parses: bytes `start`..`end` of the file, which begin a line and end one (or the file). */
export interface ParseRangeTask {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** The range that ends the text: the empty string after its final newline is a line (as in a document). */
  readonly last: boolean;
  readonly defaultYear: number;
  /** The file the text was read from: a worker reads no other one that took its name. */
  readonly identity?: FileIdentity;
}

/** Below this, starting workers (tens of milliseconds each) costs more than the parse they share. */
export const PARALLEL_MIN_BYTES = 8 << 20;
/** A range no smaller than this: each worker has enough lines to pay for its start. */
const MIN_RANGE_BYTES = 4 << 20;
const NEWLINE_SEARCH = 64 * 1024;

/**
 * Workers need at least this many cores: on 2 cores shared with other work (the editor's renderer
 * drawing the same log), a cold worker's start, JIT warm-up and own heap cost about what it saves
 * (measured: `cli.js parse` of 250k lines took 15% more CPU in 2 workers than on one thread).
 */
const MIN_CORES = 4;

/**
 * How many workers a parse of `bytes` bytes should use: one per core (the main thread waits), at
 * most 8, each with at least MIN_RANGE_BYTES; 0 when parsing on the main thread is as fast.
 */
export function workerCount(bytes: number): number {
  const cores = coresForWorkers();
  if (cores === 0 || bytes < PARALLEL_MIN_BYTES) return 0;
  return Math.max(1, Math.min(8, cores, Math.floor(bytes / MIN_RANGE_BYTES)));
}

/**
 * The cores worker threads may use: 0 when there are too few to gain from them. `minCores` is
 * lower for a command that has the machine to itself (no editor drawing the same log).
 */
export function coresForWorkers(minCores = MIN_CORES): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores < minCores ? 0 : cores;
}

/** Which file a path named when it was opened (a rotation renames it and creates another under the name). */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/**
 * Bytes `start`..`end` of a file as a worker reads its range; fewer when the file has fewer now.
 * With `identity`, throws when the path names another file now (the log was rotated meanwhile).
 */
export function readRange(file: string | number, start: number, end: number, identity?: FileIdentity): Buffer {
  const bytes = Buffer.allocUnsafe(end - start);
  // A number is a descriptor the reading thread has open (threads share them): read as it is.
  const fd = typeof file === 'number' ? file : fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    if (identity) {
      const now = fs.fstatSync(fd);
      if (now.dev !== identity.dev || now.ino !== identity.ino) throw new Error(`${file} is another file now`);
    }
    return bytes.subarray(0, readFullyAt(fd, bytes, start));
  } finally {
    if (fd !== file) fs.closeSync(fd);
  }
}

/**
 * Bytes 0..`byteLength` of a file (a path, or a descriptor open here) cut into about `parts` ranges, each starting just after a
 * newline (LF: a CRLF is never split, and a lone CR ends a line within a range as anywhere).
 */
export function lineAlignedRanges(file: string | number, byteLength: number, parts: number): { start: number; end: number }[] {
  const cuts = [0];
  const fd = typeof file === 'number' ? file : fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const window = Buffer.allocUnsafe(NEWLINE_SEARCH);
    for (let part = 1; part < parts; part++) {
      let at = Math.max(cuts[cuts.length - 1], Math.floor((byteLength * part) / parts));
      // The first newline at or after the tentative cut; a long line moves the cut past it.
      for (;;) {
        const n = fs.readSync(fd, window, 0, Math.min(window.length, byteLength - at), at);
        if (n <= 0) {
          at = byteLength;
          break;
        }
        const newline = window.subarray(0, n).indexOf(10);
        if (newline >= 0) {
          at += newline + 1;
          break;
        }
        at += n;
      }
      if (at >= byteLength) break;
      if (at > cuts[cuts.length - 1]) cuts.push(at);
    }
  } finally {
    if (fd !== file) fs.closeSync(fd);
  }
  return cuts.map((start, i) => ({ start, end: i + 1 < cuts.length ? cuts[i + 1] : byteLength }));
}

/**
 * Parses the first `byteLength` bytes of a file in worker threads, each reading its own range from
 * disk and writing its rows into SharedArrayBuffer columns; the ranges' rows, in order. A worker
 * starts every range as if no line came before it: the caller takes each range's first years
 * from the range before (LineTable.copyRows, then MaillogDocument.adoptParsedRows).
 */
export async function parseFileInWorkers(file: string, byteLength: number, defaultYear: number, parts: number, identity?: FileIdentity): Promise<ParsedRows[]> {
  const ranges = lineAlignedRanges(file, byteLength, parts);
  const script = path.join(__dirname, 'parseWorker.js');
  return Promise.all(ranges.map(({ start, end }, i) => new Promise<ParsedRows>((resolve, reject) => {
    const task: ParseRangeTask = { path: file, start, end, last: i === ranges.length - 1, defaultYear, identity };
    const worker = new Worker(script, { workerData: task });
    worker.once('message', (message: { parsed?: ParsedRows; error?: string }) => {
      if (message.parsed) resolve(message.parsed);
      else reject(new Error(message.error ?? 'the parse worker failed'));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parse worker exited with ${code}`)));
  })));
}
