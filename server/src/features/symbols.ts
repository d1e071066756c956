import type { Connection } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { journeySymbols } from '../engine/symbols';
import type { ServerContext } from '../context';

export function registerSymbols(connection: Connection, context: ServerContext): void {
  connection.onDocumentSymbol(({ textDocument }) => {
    const document = context.documents.get(textDocument.uri);
    if (!document) return [];
    return journeySymbols(document, context.locale).map((symbol) => ({ ...symbol, kind: SymbolKind.Event }));
  });
}
