const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `2018-08-19 05:49:42` as the log wrote it: `ms` shifted by the line's own UTC offset. Times
 * without an offset are kept as wall-clock values in UTC, so formatting in UTC gives them back.
 */
export function formatTime(ms: number, utcOffset?: number): string {
  if (Number.isNaN(ms)) return '?';
  const wall = new Date(wallTime(ms, utcOffset));
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${date} ${time}`;
}

/** The time as the log's own clock showed it, in ms (for per-hour counts and displays). */
export function wallTime(ms: number, utcOffset: number | undefined): number {
  return ms + (utcOffset ?? 0) * 60_000;
}

/** ISO 8601 for protocol results, or undefined when the time is unknown. */
export function toIsoTime(ms: number): string | undefined {
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
