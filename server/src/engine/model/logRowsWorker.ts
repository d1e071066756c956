// A worker thread of a large file's read (LargeLog): for each range it is given, it reads the
// bytes itself, cuts and parses the lines as the reader does, and hands back their rows on
// SharedArrayBuffers, with the facts the index keeps of delivery and `queue active` lines. The
// reader links them into journeys meanwhile, one range behind.
import { parentPort } from 'node:worker_threads';
import { LineTable, type ParsedRows } from './lineTable';
import { parseInto } from './parse';
import { logLineBytes, logLineCount, logLineEnd, logLineText } from './logLines';
import { readRange, type FileIdentity } from './parallelParse';
import type { RangeAnswer } from './rangeWorkers';
import { RangeFactsBuilder, type RangeFacts } from './lineFacts';

/** Bytes `start`..`end` of `file` (they begin a line, and end one or the file); years as if no line came before. */
export interface LogRowsTask {
  readonly index: number;
  /** Its path, or a descriptor the reader has open (a stream's lines copied aside). */
  readonly file: string | number;
  readonly start: number;
  readonly end: number;
  readonly defaultYear: number;
  /** The file the reader has open by that path: the worker reads no other one that took its name. */
  readonly identity?: FileIdentity;
}

/** A range's rows, and the facts of its delivery and `queue active` lines (the index keeps them without reading the lines back). */
export interface ParsedRange {
  readonly rows: ParsedRows;
  readonly facts: RangeFacts;
  /** Time the worker took: reading, cutting and parsing the range (ms). */
  readonly ms: number;
}

function parseRange({ file, start, end, defaultYear, identity }: LogRowsTask): ParsedRange {
  const started = performance.now();
  const bytes = readRange(file, start, end, identity); // truncated while read: the reader sees it too
  const table = LineTable.shared(logLineCount(bytes));
  const facts = new RangeFactsBuilder();
  let previous = -1;
  for (let at = 0, row = 0; at < bytes.length; row++) {
    const stop = logLineEnd(bytes, at);
    const text = logLineText(logLineBytes(bytes, at, stop));
    parseInto(table, row, text, previous, defaultYear);
    const program = table.program[row];
    if (program >= 0) {
      previous = row;
      facts.add(row, text, table.entry[row], table.bodyStart[row], table.postfix[program]);
    }
    at = stop + 1;
  }
  return { rows: table.toParsedRows(), facts: facts.build(), ms: performance.now() - started };
}

parentPort!.on('message', (task: LogRowsTask) => {
  try {
    parentPort!.postMessage({ index: task.index, result: parseRange(task) } satisfies RangeAnswer<ParsedRange>);
  } catch (error) {
    parentPort!.postMessage({ index: task.index, error: String((error as Error).message ?? error) } satisfies RangeAnswer<ParsedRange>);
  }
});
