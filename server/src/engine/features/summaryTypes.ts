// The Summary report's result types: what `summarize` returns, what the `maillog/summary`
// request carries to the webview, and what the CLI prints as text or JSON.

/** Where a row's journeys are: lines to open (the first few) and a Mail Traces filter. */
export interface JourneyLink {
  /** 0-based lines, the first occurrences (at most EXAMPLE_LINES). */
  readonly lines: number[];
  /** Text for the Mail Traces filter that narrows the view to these journeys. */
  readonly filter?: string;
}

export interface TopEntry extends JourneyLink {
  /** An address or a domain, made inert; `<>` is the null sender. */
  readonly name: string;
  /** Messages (senders) or recipient deliveries (recipients). */
  readonly count: number;
  readonly bytes: number;
  /** Receiving domains only: deferral lines for the domain. */
  readonly deferred?: number;
}

export interface TopList {
  readonly byCount: TopEntry[];
  readonly byBytes: TopEntry[];
  /** Distinct names before taking the top ones. */
  readonly distinct: number;
}

export interface ReasonEntry extends JourneyLink {
  /** Enhanced status code (`dsn=`), '' when the line has none. */
  readonly dsn: string;
  /** The relay's host name (`relay=` without address and port), `none` when there was no relay. */
  readonly host: string;
  /** The first reason seen for this code and host, with addresses and IPs generalised. */
  readonly reason: string;
  /** Delivery lines. */
  readonly count: number;
  /** Journeys they belong to. */
  readonly messages: number;
}

export type RejectAction = 'reject' | 'hold' | 'discard';

export interface RejectEntry extends JourneyLink {
  readonly action: RejectAction;
  /** Who decided: the daemon (`smtpd`, `postscreen`, `cleanup`, `amavis`, ...) or `milter`. */
  readonly by: string;
  /** SMTP stage (`RCPT`, `DATA`, `END-OF-MESSAGE`) or what header/body checks looked at, '' when unknown. */
  readonly stage: string;
  /** SMTP reply code and enhanced status code, '' when the line has none. */
  readonly reply: string;
  readonly dsn: string;
  /** Reason text with addresses, IPs and long numbers generalised. */
  readonly reason: string;
  readonly count: number;
}

export interface DelayEntry extends JourneyLink {
  /** `relay=` with the IP address left out: `gmail-smtp-in.l.google.com:25`, `127.0.0.1:10024`, `dovecot`. */
  readonly relay: string;
  /** Successful deliveries (including hand-overs to a content filter, which have a relay of their own). */
  readonly count: number;
  /** Seconds, `delay=`: nearest-rank percentiles. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Mean seconds of the four `delays=a/b/c/d` stages; undefined when no line had `delays=`. */
  readonly stages?: { readonly a: number; readonly b: number; readonly c: number; readonly d: number };
}

export interface HourBucket {
  /** Wall-clock hour as logged, `2018-08-19 05:00`. */
  readonly hour: string;
  readonly received: number;
  readonly delivered: number;
  /** Deferral lines. */
  readonly deferred: number;
  readonly bounced: number;
  readonly rejected: number;
}

export interface SummaryTotals {
  readonly received: number;
  readonly delivered: number;
  /** Hand-overs to a content filter (or another Postfix instance of the host) that re-queued the message: a hop, not a delivery. */
  readonly forwardedToFilter: number;
  /** Recipients that `local` forwarded (alias, .forward) as a new message: pflogsumm's "forwarded". */
  readonly forwarded: number;
  /** Messages (journeys) with at least one deferral. */
  readonly deferred: number;
  /** Deferral lines. */
  readonly deferrals: number;
  readonly bounced: number;
  readonly rejected: number;
  readonly expired: number;
  readonly discarded: number;
  readonly held: number;
  readonly bytesReceived: number;
  readonly bytesDelivered: number;
  /** Distinct sender addresses of received messages. */
  readonly senders: number;
  /** Distinct sender domains (the client's for the null sender), pflogsumm's "sending hosts/domains". */
  readonly sendingDomains: number;
  /** Distinct clients that handed in received messages (`pickup` for local submissions). */
  readonly sendingHosts: number;
  /** Distinct recipient addresses of delivered messages. */
  readonly recipients: number;
  readonly recipientDomains: number;
  /**
   * Received messages whose client gave up after RCPT, before DATA (smtpd's `client=`, then the
   * session ended): never queued, so not unfinished. Counted in `received`, as pflogsumm does.
   */
  readonly abandoned: number;
  /** Journeys that got a queue file: received plus those started before the log (no NOQUEUE attempts, no address probes). */
  readonly messages: number;
  /** Every journey, NOQUEUE attempts included: as many as Mail Traces lists and a large file's open reports. */
  readonly journeys: number;
}

export interface PartialJourneys {
  /** Journeys whose first line in the log is not their birth (no `client=` / `uid=`). */
  readonly startedBeforeLog: number;
  /** Journeys still in the queue at the end of the log: not removed and no final status. */
  readonly unfinishedAtEnd: number;
  /** First lines of the first few of each. */
  readonly startedLines: number[];
  readonly unfinishedLines: number[];
}

/** One file of a log set (or the one large file) that a summary covers. */
export interface SummaryFile {
  readonly file: string;
  /** Its first line among all the set's lines (0-based, as the summary's other lines). */
  readonly firstLine: number;
  readonly lines: number;
}

export interface MailSummary {
  /** Lines in the document. */
  readonly lineCount: number;
  /** The files a log set's (or a large file's) summary covers, in time order; absent for an open document. */
  readonly files?: readonly SummaryFile[];
  /** Wall-clock time of the first and last line, `2018-08-19 05:49:42`. */
  readonly firstTime?: string;
  readonly lastTime?: string;
  readonly totals: SummaryTotals;
  readonly partial: PartialJourneys;
  readonly hourly: HourBucket[];
  readonly top: {
    readonly senders: TopList;
    readonly recipients: TopList;
    readonly sendingDomains: TopList;
    readonly recipientDomains: TopList;
  };
  readonly deferrals: ReasonEntry[];
  readonly bounces: ReasonEntry[];
  readonly rejects: RejectEntry[];
  readonly delays: DelayEntry[];
}
