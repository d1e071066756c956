// Lines of a large log are read back from disk when shown or summarised. The lines of one journey
// lie close together in the file, and the summary walks journeys in the order they started: a
// few recent stretches of the file answer most reads without a system call per line.

/** Bytes read at once on a miss: a few hundred lines. */
export const BLOCK_BYTES = 16 * 1024;
/** Stretches kept: 2 MB, enough for the journeys in flight on a busy server. */
const BLOCKS_KEPT = 128;

interface Block {
  readonly source: number;
  readonly start: number;
  readonly bytes: Buffer;
}

export class ReadBackCache {
  /** Most recently used last. */
  private blocks: Block[] = [];

  /** `length` bytes at `start` of input `source`, when a kept stretch holds them. */
  find(source: number, start: number, length: number): Buffer | undefined {
    const blocks = this.blocks;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const block = blocks[i];
      if (block.source !== source || start < block.start || start + length > block.start + block.bytes.length) continue;
      if (i !== blocks.length - 1) {
        blocks.splice(i, 1);
        blocks.push(block);
      }
      return block.bytes.subarray(start - block.start, start - block.start + length);
    }
    return undefined;
  }

  /** Keeps a stretch just read, dropping the least recently used beyond BLOCKS_KEPT. */
  keep(source: number, start: number, bytes: Buffer): void {
    if (this.blocks.length >= BLOCKS_KEPT) this.blocks.shift();
    this.blocks.push({ source, start, bytes });
  }

  /** Forgets everything: the files may have changed since (checked before each request). */
  clear(): void {
    this.blocks = [];
  }
}
