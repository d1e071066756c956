// The LSP client of the tests (test/support/lspClient.ts), loaded into the benchmark: one client, so
// what the protocol tests drive is what the benchmark times.
import { load } from './bundle.mjs';

export const { LspClient, documentUri } = await load('test/support/lspClient.ts', 'lsp-client');

/** A client of the server bundle at `serverPath`, initialized. */
export const startClient = (serverPath) => LspClient.start('en', {}, { server: serverPath });
