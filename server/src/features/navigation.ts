import type { Connection } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { definition, references } from '../engine/navigation';
import type { ServerContext } from '../context';

export function registerNavigation(connection: Connection, context: ServerContext): void {
  connection.onDefinition(({ textDocument, position }) => {
    const document = context.documents.get(textDocument.uri);
    const range = document && definition(document, position);
    return range ? { uri: textDocument.uri, range } : null;
  });
  connection.onReferences(({ textDocument, position }) => {
    const document = context.documents.get(textDocument.uri);
    return document ? references(document, position).map((range) => ({ uri: textDocument.uri, range })) : [];
  });
  connection.onDocumentHighlight(({ textDocument, position }) => {
    const document = context.documents.get(textDocument.uri);
    return document ? references(document, position).map((range) => ({ range, kind: DocumentHighlightKind.Text })) : [];
  });
}
