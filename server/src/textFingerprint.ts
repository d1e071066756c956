import { createHash } from 'node:crypto';
import type { OpenFromDiskParams } from './protocol';

/**
 * What `maillog/openFromDisk` compares a file with: the text's UTF-8 length and SHA-1 (hex). One
 * definition for the client that sends it and the tests that act as the client.
 */
export function textFingerprint(text: string): Pick<OpenFromDiskParams, 'byteLength' | 'sha1'> {
  return { byteLength: Buffer.byteLength(text, 'utf8'), sha1: createHash('sha1').update(text, 'utf8').digest('hex') };
}
