// Small helpers of the benchmark: the tests' seeded PRNG, statistics, formatting, timing.
import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { load } from './bundle.mjs';

/** The tests' seeded PRNG (test/support/random.ts, mulberry32): the same sequence for the same seed, on every machine. */
export const { Random } = await load('test/support/random.ts', 'random');

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export const median = (values) => percentile(values, 50);
export const min = (values) => (values.length ? Math.min(...values) : NaN);
export const max = (values) => (values.length ? Math.max(...values) : NaN);

export const now = () => performance.now();

/** Milliseconds, with a precision that suits the magnitude. */
export function ms(value) {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function mb(bytes) {
  if (bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  return `${(bytes / 1024 / 1024).toFixed(bytes >= 100 * 1024 * 1024 ? 0 : 1)} MB`;
}

export function times(ratio) {
  if (ratio === undefined || !Number.isFinite(ratio)) return 'n/a';
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}x`;
}

export function lines(n) {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

const GNU_TIME = '/usr/bin/time';
const PEAK_RSS = /^maillog-bench-maxrss-kb=(\d+)$/m;

/**
 * Runs a command to completion; resolves with its wall time (ms), exit code and output.
 * `stdout: 'ignore'` discards the output (a report nobody reads should not cost memory).
 * `peakRss`: runs it under GNU time, which adds its peak resident memory in bytes (`rss`, NaN without it).
 */
export async function run(command, args, { stdout = 'pipe', cwd, timeoutMs = 600_000, peakRss = false } = {}) {
  if (!peakRss || !fs.existsSync(GNU_TIME)) return { ...(await runPlain(command, args, { stdout, cwd, timeoutMs })), rss: NaN };
  const result = await runPlain(GNU_TIME, ['-f', 'maillog-bench-maxrss-kb=%M', command, ...args], { stdout, cwd, timeoutMs });
  const kb = PEAK_RSS.exec(result.stderr);
  return { ...result, stderr: result.stderr.replace(PEAK_RSS, '').trim(), rss: kb ? Number(kb[1]) * 1024 : NaN };
}

function runPlain(command, args, { stdout, cwd, timeoutMs }) {
  return new Promise((resolve) => {
    const started = now();
    let out = '';
    let err = '';
    const child = spawn(command, args, { cwd, stdio: ['ignore', stdout, 'pipe'] });
    if (child.stdout) child.stdout.on('data', (chunk) => { if (out.length < 1_000_000) out += chunk; });
    child.stderr.on('data', (chunk) => { if (err.length < 100_000) err += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ms: now() - started, code: -1, stdout: out, stderr: String(error) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ms: now() - started, code: code ?? (signal ? 128 : -1), stdout: out, stderr: err });
    });
  });
}

export function log(message) {
  process.stderr.write(`${message}\n`);
}
