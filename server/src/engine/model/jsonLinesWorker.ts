// A worker thread of jsonLinesInWorkers: for each range it is given, it reads the bytes itself,
// splits and parses the lines as LargeLog does, and hands back their JSON Lines as bytes
// (transferred, not copied).
import { parentPort } from 'node:worker_threads';
import { LineTable } from './lineTable';
import { parsedRow, parseInto } from './parse';
import { lineJson } from '../text/jsonLines';
import { logLineBytes, logLineEnd, logLineText } from './logLines';
import type { JsonLinesTask } from './parallelJsonLines';
import { readRange } from './parallelParse';
import type { RangeAnswer } from './rangeWorkers';

const table = new LineTable();
table.splice(0, 0, 1);

function jsonLines({ file, fileJson, start, end, firstLine, identity }: JsonLinesTask): Uint8Array {
  const bytes = readRange(file, start, end, identity); // truncated while read: what was read is the log
  // Lines are encoded a thousand at a time: strings that die young cost the collector little.
  const encoded: Buffer[] = [];
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) encoded.push(Buffer.from(`${out.join('\n')}\n`));
    out.length = 0;
  };
  let line = firstLine;
  for (let at = 0; at < bytes.length; line++) {
    const stop = logLineEnd(bytes, at);
    const text = logLineText(logLineBytes(bytes, at, stop));
    // The year is not printed: every line may take the default one.
    parseInto(table, 0, text, -1, 2000);
    out.push(lineJson(fileJson, line, text, parsedRow(table, 0, text)));
    if (out.length >= 1000) flush();
    at = stop + 1;
  }
  flush();
  return Buffer.concat(encoded);
}

parentPort!.on('message', (task: JsonLinesTask) => {
  try {
    const bytes = jsonLines(task);
    // A Buffer this size has its own ArrayBuffer: handed over without a copy.
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const json = owned ? bytes : new Uint8Array(bytes);
    parentPort!.postMessage({ index: task.index, result: json } satisfies RangeAnswer<Uint8Array>, [json.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ index: task.index, error: String((error as Error).message ?? error) } satisfies RangeAnswer<Uint8Array>);
  }
});
