import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import * as buffer from 'node:buffer';
import type { FileIdentity } from './engine/model/parallelParse';
import { readFullyAt } from './engine/model/fileReads';

/**
 * The text of a file's first `byteLength` bytes when their SHA-1 is `sha1` (and which file it was), else undefined.
 * A log may have grown since the editor read it: the bytes after `byteLength` are not the
 * document's (yet), and the editor sends them as changes when it reloads.
 */
export function readMatchingText(path: string, byteLength: number, sha1: string): { text: string; identity: FileIdentity } | undefined {
  let fd: number | undefined;
  try {
    // Without O_NONBLOCK, opening a named pipe waits for a writer, and this runs on the event loop.
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stats = fs.fstatSync(fd);
    // Only a regular file's reads always finish: a pipe or a device could block the server.
    if (!stats.isFile() || !Number.isSafeInteger(byteLength) || byteLength < 0 || stats.size < byteLength) return undefined;
    const bytes = Buffer.allocUnsafe(byteLength);
    if (readFullyAt(fd, bytes, 0) < byteLength) return undefined;
    // Equal hashes mean equal bytes, hence the document's exact text (invalid UTF-8 never matches).
    if (createHash('sha1').update(bytes).digest('hex') !== sha1) return undefined;
    // Most logs are ASCII, whose UTF-8 is its Latin-1: a copy, several times faster than decoding
    // (isAscii is in Node 18.15 and later: VS Code 1.82 on).
    const text = typeof buffer.isAscii === 'function' && buffer.isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    // Which file that was: parse workers that read it again by its name must find the same one.
    return { text, identity: { dev: stats.dev, ino: stats.ino } };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
