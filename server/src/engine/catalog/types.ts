import type { Localized } from '../text/i18n';

/** What a line does for the journey of its message; the journey index acts on these. */
export type LineRole =
  | 'session-start' // smtpd `connect from`: opens a client session (keyed by program and pid)
  | 'session-end' // smtpd `disconnect from`
  | 'birth' // the queue file is created: smtpd `client=`, pickup `uid=`, qmqpd
  | 'message-id' // cleanup `message-id=`
  | 'queued' // qmgr `from=... (queue active)`
  | 'delivery' // a delivery agent's `to=... status=...`
  | 'removed' // qmgr `removed`: the queue file is gone, the ID may be reused
  | 'prelude' // delivery agent lines before the queue-ID line of the same pid (TLS setup)
  | 'policy' // policy server verdicts made during an smtpd session (postgrey, policyd-spf)
  | 'filter' // a companion's line naming the message: by `queued_as`, `orig_queue_id` or message-id (amavis verdicts, Sendmail's hand-off to Postfix, Dovecot's delivery); its task ID (`amavis_id`, `sendmail_id`) joins its other lines
  | 'reject' // NOQUEUE reject in an smtpd session
  | 'notification'; // bounce: a notice to the sender, queued as a new message

/** Where the message stands after this line, for diagnostics and the journey status. */
export type Outcome = 'sent' | 'deferred' | 'bounced' | 'expired' | 'rejected' | 'discarded' | 'held';

export type Severity = 'warning' | 'error';

/**
 * Where a delivery's `queued_as` leads: the one rule for a hand-over. `filter`: a content filter
 * (amavis at 127.0.0.1:10024, ...) queued the message again, the journey goes on in that hop;
 * `forward`: local(8) re-submitted it for an alias or .forward. Either way the delivery is no
 * final delivery: traces leave it out of the recipients, the summary counts it apart
 * (`forwardedToFilter`, `forwarded`), the index links the next hop through it. `requeue` is set
 * by the index alone, not by an entry: a plain `status=sent (... queued as X)` whose X another
 * Postfix instance of the host received (X born in the log at that time).
 */
export type NextHop = 'filter' | 'forward' | 'requeue';

/**
 * Named groups the journey index reads while linking, by role (all of a line's values when a
 * role is not listed: `reject` reads from, to, client, stage, dsn, reason). The rest of a line's
 * groups are read only when shown. A test checks that each is captured by an entry of the role.
 */
export const INDEX_GROUPS: Partial<Record<LineRole, readonly string[]>> = {
  birth: ['client', 'orig_queue_id'],
  'message-id': ['message_id'],
  'session-start': ['client'],
  policy: ['client_address'],
  filter: ['queued_as', 'orig_queue_id', 'message_id', 'amavis_id', 'sendmail_id'],
  notification: ['queued_as'],
  delivery: ['queued_as', 'remote_queue_id'],
};

/** Named groups of a `queued` line (qmgr `queue active`) that a message's sender and size are read from. */
export const QUEUED_GROUPS = ['from', 'size', 'nrcpt'] as const;

/** Named groups of reject, hold and discard lines that the summary's reject table reads, in order of preference. */
export const SUMMARY_GROUPS = {
  stage: ['stage', 'what'],
  reason: ['reason', 'content', 'verdict'],
  reply: ['reply'],
  dsn: ['dsn'],
} as const;

/**
 * One kind of log message. Adding a Postfix message to the extension is adding one of these.
 * Named groups of `pattern` and `extract` become fields (Postfix's key names, '-' as '_');
 * the index and the summary read those listed in INDEX_GROUPS and SUMMARY_GROUPS.
 */
export interface CatalogEntry {
  /** Stable name of the message kind, `<daemon>.<what>`, e.g. `qmgr.active`. */
  readonly kind: string;
  /** Daemons that log it (the program name's last component); `*` for any program. */
  readonly daemons: readonly string[];
  /** Matched against the message text after the `QUEUEID: ` prefix. */
  readonly pattern: RegExp;
  /** Further named-group patterns for optional parts, tried anywhere in the text. */
  readonly extract?: readonly RegExp[];
  readonly role?: LineRole;
  readonly outcome?: Outcome;
  readonly severity?: Severity;
  /** Deliveries only: the `queued_as` the line captures names the journey's next hop (see NextHop). */
  readonly nextHop?: NextHop;
  /** Who decided, when not the daemon that logged the line: a milter's verdict that smtpd or cleanup logs. */
  readonly decidedBy?: 'milter';
  /** One sentence, `{field}` placeholders allowed (also `{daemon}`, `{queue_id}`, `{program}`). */
  readonly summary: Localized;
  /** What an administrator should know beyond the summary: why it happens, what to check. */
  readonly detail?: Localized;
}
