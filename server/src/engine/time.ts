import type { SyslogHeader } from './syslogHeader';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `2018-08-19 05:49:42` as the log wrote it. Times without an offset are kept as wall-clock
 * values in UTC, so formatting in UTC gives them back unchanged.
 */
export function formatTime(ms: number, header?: SyslogHeader): string {
  if (Number.isNaN(ms)) return '?';
  const wall = new Date(ms + (header?.utcOffset ?? 0) * 60_000);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${date} ${time}`;
}

/** ISO 8601 for protocol results, or undefined when the time is unknown. */
export function isoTime(ms: number): string | undefined {
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
