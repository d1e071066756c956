import type { Localized } from '../i18n';

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
  | 'filter' // a content filter's verdict, linked by `queued_as` / message-id (amavis)
  | 'reject' // NOQUEUE reject in an smtpd session
  | 'notification'; // bounce: a notice to the sender, queued as a new message

/** Where the message stands after this line, for diagnostics and the journey status. */
export type Outcome = 'sent' | 'deferred' | 'bounced' | 'expired' | 'rejected' | 'discarded' | 'held';

export type Severity = 'warning' | 'error';

/**
 * One kind of log message. Adding a Postfix message to the extension is adding one of these.
 * Named groups of `pattern` and `extract` become fields (Postfix's key names, '-' as '_');
 * `queued_as` in any of them links the message to the next hop of its journey.
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
  /** One sentence, `{field}` placeholders allowed (also `{daemon}`, `{queue_id}`, `{program}`). */
  readonly summary: Localized;
  /** What an administrator should know beyond the summary: why it happens, what to check. */
  readonly detail?: Localized;
}
