// Reads of an open file at a position, as every reader of a log does them: the large-file reader
// and the copies it keeps of streams, the parse workers reading their ranges, a document read
// from disk. A read returns fewer bytes only where the file ends (it may be shorter than thought).
import * as fs from 'node:fs';
import { promisify } from 'node:util';

const read = promisify(fs.read);

/** Fills `buffer` from `position` of an open file; returns the bytes read (fewer at its end). */
export function readFullyAt(fd: number, buffer: Buffer, position: number): number {
  let total = 0;
  while (total < buffer.length) {
    const n = fs.readSync(fd, buffer, total, buffer.length - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}

/** Bytes `start`..`end` of an open file, `chunkBytes` at a time, read without blocking the event loop. */
export async function* chunksAt(descriptor: () => number, start: number, end: number, chunkBytes: number): AsyncIterable<Buffer> {
  for (let position = start; position < end;) {
    const buffer = Buffer.allocUnsafe(Math.min(chunkBytes, end - position));
    const { bytesRead } = await read(descriptor(), buffer, 0, buffer.length, position);
    if (bytesRead === 0) return; // shorter now (truncated while read): what was read is all
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}
