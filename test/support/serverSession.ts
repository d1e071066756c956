import { before, after } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './lspClient';

/** A test file's real server over stdio and a scratch folder for the logs it writes. */
export interface ServerSession {
  readonly client: LspClient;
  readonly dir: string;
}

/**
 * Starts the server and makes a scratch folder (named with `prefix`) before the file's tests, and
 * stops and removes them after: the set-up every protocol test on files on disk shares.
 */
export function serverSession(prefix: string): ServerSession {
  const session = {} as { client: LspClient; dir: string };
  before(async () => {
    session.client = await LspClient.start();
    session.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  after(async () => {
    await session.client.stop();
    fs.rmSync(session.dir, { recursive: true, force: true });
  });
  return session;
}
