import { LARGE_FILE_STALE } from '../../server/src/protocol';
import { errorText } from './notify';

/** Who offers to index a large log or log set again (LargeFiles), once the extension is up. */
let offerReindex: ((uri: string, message: string) => void) | undefined;

export function setStaleHandler(handler: (uri: string, message: string) => void): void {
  offerReindex = handler;
}

/**
 * True when a request failed because the large log's files changed since they were indexed (or
 * the server released it): the user is offered to index it again instead of a bare error.
 */
export function handledStale(uri: string, error: unknown): boolean {
  if ((error as { code?: unknown } | undefined)?.code !== LARGE_FILE_STALE) return false;
  offerReindex?.(uri, errorText(error));
  return true;
}
