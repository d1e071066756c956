import type { Connection } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { hover, hoverNeedsJourneys } from '../engine/features/hover';
import type { ServerContext } from '../context';

export function registerHover(connection: Connection, context: ServerContext): void {
  connection.onHover(({ textDocument, position }) => {
    const answer = () => {
      const document = context.documents.get(textDocument.uri);
      const result = document && hover(document, position, context.locale);
      // Plain MarkupContent: the client renders it untrusted, so no command link could run.
      return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
    };
    // A line or field hover needs only its line: answered at once, even while the journey index is being built.
    const document = context.documents.get(textDocument.uri);
    return document && hoverNeedsJourneys(document, position) ? context.documents.whenIndexed(textDocument.uri, answer) : answer();
  });
}
