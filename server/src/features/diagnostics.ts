import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { problems, type ProblemCategory } from '../engine/features/diagnostics';
import type { ServerSettings } from '../protocol';
import type { ServerContext } from '../context';

/** Big logs change often (they grow): wait for a pause before recomputing. */
const DEBOUNCE_MS = 200;

export function registerDiagnostics(connection: Connection, context: ServerContext): { refresh(uri: string): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  const publish = (uri: string) => {
    timers.delete(uri);
    const document = context.documents.get(uri);
    const settings = context.settings.diagnostics;
    const diagnostics: Diagnostic[] = !document || !settings.enabled
      ? []
      : problems(document, context.locale, { categories: categories(settings), limit: settings.maxProblems }).map((p) => ({
        range: p.range,
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'maillog',
        code: p.kind,
        message: p.message,
      }));
    void connection.sendDiagnostics({ uri, diagnostics });
  };
  return {
    refresh(uri: string) {
      clearTimeout(timers.get(uri));
      // After the background index build, which parses every line in slices: not in one block.
      timers.set(uri, setTimeout(() => void context.documents.whenIndexed(uri, () => publish(uri)), DEBOUNCE_MS));
    },
  };
}

function categories(settings: ServerSettings['diagnostics']): Set<ProblemCategory> {
  const wanted = new Set<ProblemCategory>();
  if (settings.deferred) wanted.add('deferred');
  if (settings.bounced) wanted.add('bounced');
  if (settings.expired) wanted.add('expired');
  if (settings.rejected) wanted.add('rejected');
  if (settings.warnings) wanted.add('warning');
  if (settings.errors) wanted.add('error');
  return wanted;
}
