import type { CatalogEntry } from './types';
import { smtpdEntries } from './smtpd';
import { queueEntries } from './queue';
import { deliveryEntries } from './delivery';
import { postscreenEntries } from './postscreen';
import { companionEntries } from './companions';
import { amavisEntries } from './amavis';
import { serviceEntries } from './services';
import { dovecotEntries } from './dovecot';
import { filterEntries } from './filters';
import { sendmailEntries } from './sendmail';
import { commonEntries } from './common';
import { genericEntries } from './generic';

export type { CatalogEntry, LineRole, NextHop, Outcome, Severity } from './types';
export { INDEX_GROUPS, QUEUED_GROUPS, SUMMARY_GROUPS } from './types';

/** Order matters within a daemon: the first matching entry wins, so specific ones come first. */
export const CATALOG: readonly CatalogEntry[] = [
  ...smtpdEntries,
  ...queueEntries,
  ...deliveryEntries,
  ...postscreenEntries,
  ...companionEntries,
  ...amavisEntries,
  ...serviceEntries,
  ...dovecotEntries,
  ...filterEntries,
  ...sendmailEntries,
  ...commonEntries,
  ...genericEntries,
];

export { MATCH_LIMIT, matchEntry, entryFields, entryValues } from './match';
