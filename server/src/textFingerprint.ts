import { createHash } from 'node:crypto';
import type { OpenFromDiskParams } from './protocol';

/** Characters encoded at a time: the text's UTF-8 is never made whole (31 MB of it took 3x longer). */
export const FINGERPRINT_CHUNK = 1 << 18;

/**
 * What `maillog/openFromDisk` compares a file with: the text's UTF-8 length and SHA-1 (hex). One
 * definition for the client that sends it and the tests that act as the client.
 */
export function textFingerprint(text: string): Pick<OpenFromDiskParams, 'byteLength' | 'sha1'> {
  const hash = createHash('sha1');
  const utf8 = Buffer.allocUnsafe(3 * FINGERPRINT_CHUNK); // a UTF-16 code unit is at most 3 bytes of UTF-8
  let byteLength = 0;
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + FINGERPRINT_CHUNK);
    // A surrogate pair is encoded whole: cut in two, each half would become U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    const written = utf8.write(text.slice(at, end), 'utf8');
    hash.update(utf8.subarray(0, written));
    byteLength += written;
    at = end;
  }
  return { byteLength, sha1: hash.digest('hex') };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
