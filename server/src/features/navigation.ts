import type { Connection } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { definition, references } from '../engine/features/navigation';
import type { ServerContext } from '../context';

/** Definition, references and highlights follow queue IDs through the journey index: they wait until it is built. */
export function registerNavigation(connection: Connection, context: ServerContext): void {
  const { documents } = context;
  connection.onDefinition(({ textDocument, position }) => documents.whenIndexed(textDocument.uri, () => {
    const document = documents.get(textDocument.uri);
    const range = document && definition(document, position);
    return range ? { uri: textDocument.uri, range } : null;
  }));
  connection.onReferences(({ textDocument, position }) => documents.whenIndexed(textDocument.uri, () => {
    const document = documents.get(textDocument.uri);
    return document ? references(document, position).map((range) => ({ uri: textDocument.uri, range })) : [];
  }));
  connection.onDocumentHighlight(({ textDocument, position }) => documents.whenIndexed(textDocument.uri, () => {
    const document = documents.get(textDocument.uri);
    return document ? references(document, position).map((range) => ({ range, kind: DocumentHighlightKind.Text })) : [];
  }));
}
