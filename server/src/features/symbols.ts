import type { Connection } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { journeySymbols } from '../engine/features/symbols';
import type { ServerContext } from '../context';

export function registerSymbols(connection: Connection, context: ServerContext): void {
  // The Outline lists journeys: it waits for the index, and hovers are answered meanwhile.
  connection.onDocumentSymbol(({ textDocument }) => context.documents.whenIndexed(textDocument.uri, () => {
    const document = context.documents.get(textDocument.uri);
    if (!document) return [];
    return journeySymbols(document, context.locale).map((symbol) => ({ ...symbol, kind: SymbolKind.Event }));
  }));
}
