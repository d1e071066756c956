// Which file names are mail logs: a folder of a log set means these files in it. Apart from the
// readers so that the client (which offers to open a `.gz` as a set) can use it without them.

/** Names the extension opens as maillog (package.json `languages`: filenames, filenamePatterns). */
export const MAILLOG_FILENAMES: readonly string[] = ['maillog', 'mail.log', 'mail.err', 'mail.warn', 'mail.info'];
export const MAILLOG_FILENAME_PATTERNS: readonly string[] = [
  'maillog.*', 'maillog-*', 'mail.log.*', 'mail.err.*', 'mail.warn.*', 'mail.info.*', '*.maillog',
];
const PATTERN_EXPRESSIONS = MAILLOG_FILENAME_PATTERNS.map((glob) =>
  new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&')).join('.*')}$`));

/** A mail log's name, or one of its rotations: numbered (`mail.log.2.gz`) or dated (logrotate's dateext, `mail.log-20240101.gz`). */
export function isMaillogName(name: string): boolean {
  const base = name.replace(/\.gz$/, '').replace(/-\d{8,10}$/, '');
  return MAILLOG_FILENAMES.includes(base) || PATTERN_EXPRESSIONS.some((pattern) => pattern.test(base));
}
