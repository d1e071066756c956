import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { Readable, pipeline } from 'node:stream';
import { MaillogDocument, splitLines } from './document';
import { yearOfLatestPast } from './syslogHeader';

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
    raw.destroy();
    throw new Error(`${format}-compressed; only gzip is read: decompress it first (${format === 'bzip2' ? 'bzcat' : `${format}cat`} FILE | maillog ... -)`);
  }
  const bytes = format === 'gzip' ? gunzip(afterMagic) : afterMagic;
  const [head, chunks] = await peek(bytes[Symbol.asyncIterator](), HEAD_BYTES);
  const lines = splitLines(head.toString('utf8'));
  const defaultYear = yearOfLatestPast(lines);
  return { name, defaultYear, firstTime: firstTime(head, defaultYear), chunks };
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

/** Decompresses gzip (several members too, as `cat a.gz b.gz` makes). */
function gunzip(compressed: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const inflate = zlib.createGunzip();
  // pipeline: an error on either side reaches the reader, and a reader that stops closes the source.
  pipeline(Readable.from(compressed, { objectMode: false }), inflate, () => undefined);
  return inflate;
}

function firstTime(head: Buffer, defaultYear: number): number {
  const document = new MaillogDocument(head.toString('utf8'), { defaultYear });
  for (let line = 0; line < document.lineCount; line++) {
    const time = document.parsed(line).time;
    if (Number.isFinite(time)) return time;
  }
  return NaN;
}
