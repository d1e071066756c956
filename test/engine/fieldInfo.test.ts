import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainField } from '../../server/src/engine/text/fieldInfo';

const field = (name: string, value: string) => ({ name, value, start: 0, end: value.length, keyStart: 0 });

test('a field explains its name, and status and reply codes their value', () => {
  assert.match(explainField(field('relay', 'x'), 'en').join('\n'), /Where the message was handed/);
  assert.match(explainField(field('status', 'deferred'), 'en').join('\n'), /temporary failure/);
  assert.match(explainField(field('reply', '550'), 'en').join('\n'), /SMTP reply 550: mailbox unavailable/);
});

test('names and values from the log never find Object.prototype members', () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    assert.deepEqual(explainField(field(name, '1'), 'en'), [], name);
    assert.deepEqual(explainField(field('status', name), 'en'), [], `status=${name}`);
    assert.deepEqual(explainField(field('reply', name), 'en'), [], `reply=${name}`);
  }
});
