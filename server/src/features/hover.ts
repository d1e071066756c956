import type { Connection } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { hover } from '../engine/hover';
import type { ServerContext } from '../context';

export function registerHover(connection: Connection, context: ServerContext): void {
  connection.onHover(({ textDocument, position }) => {
    const document = context.documents.get(textDocument.uri);
    const result = document && hover(document, position, context.locale);
    // Plain MarkupContent: the client renders it untrusted, so no command link could run.
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
  });
}
