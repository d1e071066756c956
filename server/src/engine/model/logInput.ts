import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import * as zlib from 'node:zlib';
import { Readable, pipeline } from 'node:stream';
import { MaillogDocument, splitLines } from './document';
import * as path from 'node:path';
import { parseSyslogHeader, yearOfLatestPast } from './syslogHeader';
import { isMaillogName } from './logNames';
import { Cancelled, LargeLog, type SetInput, type SetOptions } from './largeLog';

/** Bytes at the start of an input read before the rest: enough for its format and first timestamps. */
const HEAD_BYTES = 64 * 1024;
const CHUNK = 1 << 20;

/** Compressions known by their first bytes; only gzip (logrotate's default) is read, with node:zlib. */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['gzip', [0x1f, 0x8b]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
];

/** A log to read once, as a stream: a file (plain or gzip, told by its content), a pipe, or standard input. */
export interface LogInput {
  /** As given: a path, or `-` for standard input. */
  readonly name: string;
  /** The year that puts its first line in the past (for timestamps without one). */
  readonly defaultYear: number;
  /** Time of its first line with one (ms, as the parser reads it), NaN if none in its first bytes. */
  readonly firstTime: number;
  /** All its bytes, decompressed, from the start: can be iterated once. */
  readonly chunks: AsyncIterable<Buffer>;
  /** The compression its bytes were in (only gzip is read), undefined for plain text. */
  readonly compression: string | undefined;
  /** Syslog hostnames of the lines in its first bytes. */
  readonly hosts: ReadonlySet<string>;
  /** Closes it, read or not (a plain file is then read in place instead); resolves once its descriptor is closed. */
  close(): Promise<void>;
  /** Whether its gzip data stopped before its end (a file cut short): the lines up to there were read. */
  endedEarly(): boolean;
}

/** The format of compressed bytes, or undefined for anything else (plain text). */
export function compressionOf(head: Buffer): string | undefined {
  return MAGIC.find(([, magic]) => head.length >= magic.length && magic.every((byte, i) => head[i] === byte))?.[0];
}

/** True for a regular file whose bytes are the log itself (not compressed): it can be read in place. */
export function isPlainFile(path: string): boolean {
  if (path === '-' || !fs.statSync(path).isFile()) return false;
  const fd = fs.openSync(path, 'r');
  try {
    const head = Buffer.alloc(8);
    return compressionOf(head.subarray(0, fs.readSync(fd, head, 0, head.length, 0))) === undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens an input and reads its first bytes (decompressing gzip); xz, bzip2 and zstd are refused
 * with their name. Nothing more is read until its chunks are iterated.
 */
export async function openInput(name: string, stdin: Readable = process.stdin): Promise<LogInput> {
  const raw = name === '-' ? stdin : fs.createReadStream(name, { highWaterMark: CHUNK });
  const [magic, afterMagic] = await peek(raw[Symbol.asyncIterator](), 8);
  const format = compressionOf(magic);
  if (format !== undefined && format !== 'gzip') {
    await closeStream(raw);
    throw new Error(`${format}-compressed; only gzip is read: decompress it first (${format === 'bzip2' ? 'bzcat' : `${format}cat`} FILE | maillog ... -)`);
  }
  let early = false;
  const bytes = format === 'gzip' ? gunzip(afterMagic, () => (early = true)) : afterMagic;
  const [head, chunks] = await peek(bytes[Symbol.asyncIterator](), HEAD_BYTES);
  const lines = splitLines(head.toString('utf8'));
  const defaultYear = yearOfLatestPast(lines);
  const hosts = new Set<string>();
  for (const line of lines) {
    const host = parseSyslogHeader(line)?.host;
    if (host !== undefined && host !== '-') hosts.add(host);
  }
  const close = () => (raw === stdin ? Promise.resolve() : closeStream(raw));
  return { name, defaultYear, firstTime: firstTime(head, defaultYear), chunks, compression: format, hosts, close, endedEarly: () => early };
}

/** A log set's inputs as read: in time order, and whether they were keyed by host. */
export interface OpenedSet {
  readonly log: LargeLog;
  /** Several hosts' lines are in the set (queue IDs and processes are keyed by host). */
  readonly byHost: boolean;
  /** Gzip files whose data stopped before their end: read up to there (a rotation cut short, a disk that filled up). */
  readonly endedEarly: string[];
}

/**
 * Reads several logs as one: each host's files ordered by their first timestamps (a rotated
 * series by time, not by name), several hosts' merged line by line by time; gzip decompressed
 * as read and copied aside, plain regular files read in place. When the lines name several
 * hosts, queue IDs are keyed by host and relays between them link journeys.
 */
export async function readLogSet(names: readonly string[], options: SetOptions = {}, stdin?: Readable): Promise<OpenedSet> {
  const inputs: LogInput[] = [];
  try {
    for (const name of names) {
      if (options.isCancelled?.()) throw new Cancelled();
      try {
        inputs.push(await openInput(name, stdin));
      } catch (error) {
        throw Object.assign(error as Error, { input: name });
      }
    }
  } catch (error) {
    await Promise.all(inputs.map((input) => input.close()));
    throw error;
  }
  const timeKey = (input: LogInput) => (Number.isFinite(input.firstTime) ? input.firstTime : Infinity);
  // Stable: inputs without a timestamp keep their place after those with one.
  const ordered = inputs.map((input, given) => ({ input, given }))
    .sort((a, b) => (timeKey(a.input) - timeKey(b.input)) || a.given - b.given)
    .map(({ input }) => input);
  const hosts = new Set<string>();
  for (const input of ordered) for (const host of input.hosts) hosts.add(host);
  const byHost = hosts.size > 1;
  const setInputs: SetInput[] = ordered.map((input) => {
    if (input.compression !== undefined || input.name === '-' || !isRegularFile(input.name)) {
      return { name: input.name, stream: named(input), size: input.compression === 'gzip' ? gzipRecordedSize(input.name) : undefined };
    }
    void input.close(); // read in place, from its own descriptor
    return { name: input.name, size: fs.statSync(input.name).size };
  });
  // Each host's files (by the hosts their first lines name) one after the other; hosts merged by time.
  const groups = new Map<string, number[]>();
  ordered.forEach((input, i) => {
    const key = [...input.hosts].sort().join(' ');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const hostGroups = byHost && groups.size > 1 ? [...groups.values()] : undefined;
  const name = ordered.map((input) => input.name).join(' ');
  // A failed or cancelled read answers only once its files are closed.
  const log = await LargeLog.readSet(name, setInputs, { ...options, byHost, hostGroups, defaultYear: options.defaultYear ?? ordered[0]?.defaultYear })
    .catch(async (error: unknown) => {
      await Promise.all(ordered.map((input) => input.close()));
      throw error;
    });
  return { log, byHost, endedEarly: ordered.filter((input) => input.endedEarly()).map((input) => input.name) };
}

/** Destroys a stream and waits for its descriptor to be closed (destroy alone closes it later). */
function closeStream(stream: Readable): Promise<void> {
  if (stream.closed) return Promise.resolve();
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  stream.destroy();
  return closed;
}

/** The input's chunks; an error while reading names the input. */
async function* named(input: LogInput): AsyncIterable<Buffer> {
  try {
    yield* input.chunks;
  } catch (error) {
    throw Object.assign(error as Error, { input: input.name });
  }
}

/**
 * The length of a gzip file's text as its trailer records it (modulo 4 GiB, of its last member):
 * undefined when that cannot be its whole text (shorter than the file, or not a regular file).
 */
function gzipRecordedSize(file: string): number | undefined {
  try {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const { size } = fs.fstatSync(fd);
      const trailer = Buffer.alloc(4);
      if (size < 18 || fs.readSync(fd, trailer, 0, 4, size - 4) !== 4) return undefined;
      const recorded = trailer.readUInt32LE(0);
      return recorded >= size ? recorded : undefined;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The files a log set's paths name: a file as itself; a folder as the mail logs in it and in its
 * subfolders one level down (rsyslog's folder per host), by name. Sorted, each once.
 */
export async function expandLogPaths(paths: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const given of paths) {
    const stats = await fs.promises.stat(given);
    if (!stats.isDirectory()) {
      files.add(given);
      continue;
    }
    for (const entry of await fs.promises.readdir(given, { withFileTypes: true })) {
      const full = path.join(given, entry.name);
      if (entry.isFile() && isMaillogName(entry.name)) files.add(full);
      if (!entry.isDirectory()) continue;
      for (const inner of await fs.promises.readdir(full, { withFileTypes: true })) {
        if (inner.isFile() && isMaillogName(inner.name)) files.add(path.join(full, inner.name));
      }
    }
  }
  return [...files].sort();
}

/** Reads at least `want` bytes (fewer at the end); returns them and an iterable of every byte from the start. */
async function peek(iterator: AsyncIterator<Buffer>, want: number): Promise<[Buffer, AsyncIterable<Buffer>]> {
  const held: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < want && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      held.push(next.value);
      length += next.value.length;
    }
  }
  async function* all(): AsyncIterable<Buffer> {
    try {
      yield* held;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.(); // a reader that stops early (a cancel) closes the file
    }
  }
  return [Buffer.concat(held), all()];
}

/**
 * Decompresses gzip (several members too, as `cat a.gz b.gz` makes). Data that stops before its
 * end (a file cut short) gives what was inflated up to there, and `onEndedEarly` is told.
 */
async function* gunzip(compressed: AsyncIterable<Buffer>, onEndedEarly: () => void): AsyncIterable<Buffer> {
  // Output in large chunks: the default 16 KiB ones cost a turn of the event loop each.
  const inflate = zlib.createGunzip({ chunkSize: CHUNK });
  // pipeline: an error on either side reaches the reader, and a reader that stops closes the source.
  pipeline(Readable.from(compressed, { objectMode: false }), inflate, () => undefined);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (error) {
    // zlib's "unexpected end of file": the compressed data ends before the gzip trailer.
    if ((error as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') throw error;
    onEndedEarly();
  }
}

function firstTime(head: Buffer, defaultYear: number): number {
  const document = new MaillogDocument(head.toString('utf8'), { defaultYear });
  for (let line = 0; line < document.lineCount; line++) {
    const time = document.parsed(line).time;
    if (Number.isFinite(time)) return time;
  }
  return NaN;
}

/** A `--since`/`--until` value for journalctl: its own time syntax (`today`, `2h ago`, `2024-05-01 10:00`), never an option. */
const JOURNAL_TIME = /^[0-9A-Za-z][0-9A-Za-z :.+]{0,63}$/;

/** What journalctl is asked for: Postfix's units over a time span. */
export interface JournalSpan {
  readonly since: string;
  readonly until?: string;
}

/**
 * Postfix's journal (Debian 12 and later log there unless rsyslog is installed), read through
 * `journalctl -o short-iso` as a stream: RFC 3339 timestamps, so no year is guessed. A missing
 * journalctl, a failing one (its first error line) or a bad time is a clear error.
 */
export function journalInput(span: JournalSpan): { input: SetInput; stop(): void } {
  for (const time of [span.since, span.until]) {
    if (time !== undefined && !JOURNAL_TIME.test(time)) throw new Error(`not a journal time: ${time.slice(0, 80)}`);
  }
  const args = ['-o', 'short-iso', '--no-pager', '-q', '-u', 'postfix*', '--since', span.since, ...(span.until ? ['--until', span.until] : [])];
  const child = spawn('journalctl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let failure = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (failure.length < 1000) failure += chunk.toString('utf8');
  });
  const ended = new Promise<void>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? 'journalctl is not available on this machine' : `journalctl: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`journalctl failed: ${failure.split('\n')[0] || `exit code ${code}`}`))));
  });
  async function* chunks(): AsyncIterable<Buffer> {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    await ended;
  }
  // A spawn error arrives on `ended` only: an early error before reading must not go unhandled.
  ended.catch(() => undefined);
  return { input: { name: `journalctl --since ${span.since}${span.until ? ` --until ${span.until}` : ''}`, stream: chunks() }, stop: () => child.kill() };
}
