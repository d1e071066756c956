// The LSP client of the tests (test/support/lspClient.ts), loaded into the benchmark: one client, so
// what the protocol tests drive is what the benchmark times.
import { load } from './bundle.mjs';

export const { LspClient, documentUri } = await load('test/support/lspClient.ts', 'lsp-client');

/** A client of the server bundle at `serverPath`, initialized. */
export const startClient = (serverPath) => LspClient.start('en', {}, { server: serverPath });

/**
 * Runs `work(client, result)` against a fresh server and returns `result` (`{ error }` when the work
 * threw), with the server's idle peak memory in `idleHwm`; the server is stopped whatever happens.
 */
export async function withFreshServer(serverPath, work, result = {}) {
  const client = await startClient(serverPath);
  result.idleHwm = client.memory().hwm;
  try {
    await work(client, result);
  } catch (error) {
    result.error = error.message;
  } finally {
    await client.stop();
  }
  return result;
}
