import * as path from 'node:path';
import { ResponseError, type Connection } from 'vscode-languageserver';
import { LargeLog, Cancelled } from '../engine/largeLog';
import { LARGE_FILE_SCHEME, OpenLargeFileRequest } from '../protocol';
import type { ServerContext } from '../context';
import { text } from '../engine/strings';

/** LSP's code for a request the client cancelled. */
const REQUEST_CANCELLED = -32800;

export function registerLargeFiles(connection: Connection, context: ServerContext): void {
  connection.onRequest(OpenLargeFileRequest, async ({ path: file, uri: asked, workDoneToken }, token) => {
    // The client's progress token: VS Code shows the percentage and offers to cancel.
    const progress = connection.window.attachWorkDoneProgress(workDoneToken);
    if (!path.isAbsolute(file)) throw new ResponseError(-32602, `not an absolute path: ${file}`);
    progress.begin(text(context.locale, 'indexingFile', { name: path.basename(file) }), 0, undefined, true);
    let reported = -1;
    try {
      const log = await LargeLog.read(file, {
        isCancelled: () => token.isCancellationRequested,
        onProgress: (bytesRead, size) => {
          const percent = size > 0 ? Math.floor((bytesRead / size) * 100) : 100;
          if (percent === reported) return;
          reported = percent;
          progress.report(percent, text(context.locale, 'megabytesRead', { read: (bytesRead / 1e6).toFixed(0), size: (size / 1e6).toFixed(0) }));
        },
      });
      const uri = asked ?? `${LARGE_FILE_SCHEME}:${file}`;
      context.largeLogs.get(uri)?.close();
      context.largeLogs.set(uri, log);
      return { uri, lines: log.lineCount, journeys: log.journeys.journeyCount };
    } catch (error) {
      if (error instanceof Cancelled) throw new ResponseError(REQUEST_CANCELLED, 'cancelled');
      throw new ResponseError(-32603, `cannot read ${file}: ${(error as Error).message}`);
    } finally {
      progress.done();
    }
  });
}
