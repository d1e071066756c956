// A worker thread of a large file's read (LargeLog): for each range it is given, it reads the
// bytes itself, cuts and parses the lines as the reader does, and hands back their rows on
// SharedArrayBuffers. The reader links them into journeys meanwhile, one range behind.
import { parentPort } from 'node:worker_threads';
import { LineTable, type ParsedRows } from './lineTable';
import { parseInto } from './parse';
import { logLineBytes, logLineCount, logLineEnd, logLineText } from './logLines';
import { readRange } from './parallelParse';
import type { RangeAnswer } from './rangeWorkers';

/** Bytes `start`..`end` of `file` (they begin a line, and end one or the file); years as if no line came before. */
export interface LogRowsTask {
  readonly index: number;
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly defaultYear: number;
}

function parseRange({ file, start, end, defaultYear }: LogRowsTask): ParsedRows {
  const bytes = readRange(file, start, end); // truncated while read: the reader sees it too
  const table = LineTable.shared(logLineCount(bytes));
  let previous = -1;
  for (let at = 0, row = 0; at < bytes.length; row++) {
    const stop = logLineEnd(bytes, at);
    parseInto(table, row, logLineText(logLineBytes(bytes, at, stop)), previous, defaultYear);
    if (table.program[row] >= 0) previous = row;
    at = stop + 1;
  }
  return table.toParsedRows();
}

parentPort!.on('message', (task: LogRowsTask) => {
  try {
    parentPort!.postMessage({ index: task.index, result: parseRange(task) } satisfies RangeAnswer<ParsedRows>);
  } catch (error) {
    parentPort!.postMessage({ index: task.index, error: String((error as Error).message ?? error) } satisfies RangeAnswer<ParsedRows>);
  }
});
