import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { OpenFromDiskRequest } from '../../server/src/protocol';
import { textFingerprint } from '../../server/src/textFingerprint';

/** Below this many characters (about a megabyte of log) didOpen's JSON is cheap enough. */
const MIN_LENGTH = 1_000_000;

/** URIs of the open documents the server read from their files rather than from didOpen. */
export const openedFromDisk = new Set<string>();
const sentAsText = new vscode.EventEmitter<vscode.Uri>();
/**
 * A document whose file did not match was sent in didOpen after all: what was asked about it
 * meanwhile was answered as if it were not open, so views showing it load again.
 */
export const onDidSendTextAfterAll = sentAsText.event;

/**
 * didOpen middleware: a saved log of a megabyte or more is read by the server from its file,
 * which the server checks against the text's hash; anything else goes out as usual.
 */
export function openFromDisk(client: () => LanguageClient): Pick<Middleware, 'didOpen' | 'didClose'> {
  const opened = openedFromDisk;
  const didOpen: Middleware['didOpen'] = async (document, next) => {
    opened.delete(document.uri.toString());
    const lsp = client();
    if (document.uri.scheme !== 'file' || document.isDirty || document.isUntitled) return next(document);
    const text = document.getText();
    if (text.length < MIN_LENGTH) return next(document);
    const params = {
      textDocument: { uri: lsp.code2ProtocolConverter.asUri(document.uri), languageId: document.languageId, version: document.version },
      path: document.uri.fsPath,
      ...textFingerprint(text),
    };
    const read = await lsp.sendRequest(OpenFromDiskRequest, params).then((ok) => ok === true, () => false);
    if (document.isClosed) return; // closed meanwhile: its didClose went out, no didOpen should follow
    if (!read) {
      await next(document);
      sentAsText.fire(document.uri);
      return;
    }
    opened.add(document.uri.toString());
  };
  const didClose: Middleware['didClose'] = (document, next) => {
    opened.delete(document.uri.toString());
    return next(document);
  };
  return { didOpen, didClose };
}
