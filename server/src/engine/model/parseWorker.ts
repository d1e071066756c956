// A worker thread's part of parseFileInWorkers: it reads its own byte range of the file (no text
// crosses threads), parses each line into LineTable columns on SharedArrayBuffers and posts them.
import { parentPort, workerData } from 'node:worker_threads';
import { splitLines } from './document';
import { LineTable } from './lineTable';
import { parseInto } from './parse';
import { readRange, type ParseRangeTask } from './parallelParse';

function parseRange({ path, start, end, last, defaultYear, identity }: ParseRangeTask): LineTable {
  const bytes = readRange(path, start, end, identity);
  if (bytes.length < end - start) throw new Error('the file is shorter than when it was opened');
  const lines = splitLines(bytes.toString('utf8'));
  // A range before the last ends with its newline: the empty string after it starts no line.
  const rows = last ? lines.length : lines.length - 1;
  const table = LineTable.shared(rows);
  let previous = -1;
  for (let row = 0; row < rows; row++) {
    parseInto(table, row, lines[row], previous, defaultYear);
    if (table.program[row] >= 0) previous = row;
  }
  return table;
}

try {
  parentPort!.postMessage({ parsed: parseRange(workerData as ParseRangeTask).toParsedRows() });
} catch (error) {
  parentPort!.postMessage({ error: String((error as Error).message ?? error) });
}
