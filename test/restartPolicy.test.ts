import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS } from '../client/src/restartPolicy';

// What the client does when the server's connection closes (client/src/server.ts asks this policy).

test('a server that closes before it is ready is not restarted: it would fail again, in a loop', () => {
  const policy = new RestartPolicy();
  assert.equal(policy.restartAfterClose(false, 0), false);
  assert.equal(policy.restartAfterClose(false, WINDOW_MS * 10), false);
});

test('a running server that crashes is restarted, until it crashes too often within the window', () => {
  const policy = new RestartPolicy();
  const answers = Array.from({ length: MAX_RESTARTS + 2 }, (_, i) => policy.restartAfterClose(true, i * 1000));
  assert.deepEqual(answers, [...Array<boolean>(MAX_RESTARTS).fill(true), false, false]);
});

test('crashes far apart never add up to a loop', () => {
  const policy = new RestartPolicy();
  for (let i = 0; i < 3 * MAX_RESTARTS; i++) assert.equal(policy.restartAfterClose(true, i * (WINDOW_MS / 2 + 1)), true, `crash ${i}`);
});

test('a Restart the user asks for starts a fresh count', () => {
  const policy = new RestartPolicy();
  for (let i = 0; i <= MAX_RESTARTS; i++) policy.restartAfterClose(true, i);
  assert.equal(policy.restartAfterClose(true, 100), false, 'stopped after too many crashes');
  policy.reset();
  assert.equal(policy.restartAfterClose(true, 200), true);
});
