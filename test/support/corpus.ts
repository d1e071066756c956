import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { lineDetails, type LineDetails } from '../../server/src/engine/model/parse';

// The catalog corpus: test/corpus/<family>.log, with the expected kind of line N on line N of
// <family>.kinds (`-` for lines that must stay unknown). See test/corpus/README.md.

export const CORPUS_DIR = path.resolve(__dirname, '../../../test/corpus');
export const UNKNOWN = '-';

export interface CorpusLine {
  readonly where: string;
  readonly text: string;
  readonly expected: string;
  readonly details: LineDetails;
}

function fileLines(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function loadCorpus(): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const name of fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.log')).sort()) {
    const texts = fileLines(path.join(CORPUS_DIR, name));
    const kinds = fileLines(path.join(CORPUS_DIR, name.replace(/\.log$/, '.kinds')));
    assert.equal(kinds.length, texts.length, `${name}: the .kinds file must have one line per log line`);
    const document = new MaillogDocument(texts.join('\n'), { defaultYear: 2023 });
    texts.forEach((text, i) => {
      assert.equal(document.text(i), text);
      out.push({ where: `${name}:${i + 1}`, text, expected: kinds[i].trim(), details: lineDetails(text, document.parsed(i)) });
    });
  }
  return out;
}
