import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jsonLinesInWorkers } from '../server/src/engine/model/parallelJsonLines';
import { jsonString } from '../server/src/engine/text/jsonLines';
import { CLI, GENERATED_2K } from './support/paths';

test('JSON Lines made in workers, range by range, are byte for byte what cli.js parse prints from one stream', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-jsonl-'));
  try {
    const generated = fs.readFileSync(GENERATED_2K, 'utf8');
    const hostile = [
      'Aug 19 07:00:01 mail postfix/smtpd[1]: connect from evil\u202e[10.0.0.1] "quoted" back\\slash',
      `Aug 19 07:00:02 mail postfix/cleanup[2]: 1A2B3C4D5E: message-id=<${'x'.repeat(70_000)}>`,
      'Aug 19 07:00:03 mail postfix/qmgr[3]: 1A2B3C4D5E: from=<a@b.example>, size=1, nrcpt=1 (queue active)\r',
      '',
      'not syslog at all \u0007',
    ].join('\n');
    // Ranges of 64 KiB: dozens of them, in flight in two workers at once; the last line has no newline.
    const text = `${generated.repeat(3)}${hostile}\n${generated}Aug 19 08:00:00 mail postfix/smtpd[9]: disconnect from x[10.0.0.9]`;
    const file = path.join(dir, 'mail.log');
    fs.writeFileSync(file, text);
    const chunks: Buffer[] = [];
    let writes = 0;
    await jsonLinesInWorkers(file, jsonString(file), fs.statSync(file).size, 2, (json) => {
      chunks.push(Buffer.from(json));
      // A full pipe now and then: the next ranges wait for it.
      return ++writes % 3 === 0 ? new Promise((resolve) => setTimeout(resolve, 5)) : undefined;
    }, 64 * 1024);
    assert.ok(writes > 10, `${writes} ranges`);
    const fromStdin = execFileSync(process.execPath, [CLI, 'parse', '-'], { input: text, maxBuffer: 256 << 20, encoding: 'utf8' });
    const expected = fromStdin.replaceAll('{"file":"-",', `{"file":${JSON.stringify(file)},`);
    assert.equal(Buffer.concat(chunks).toString('utf8'), expected);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
