import type { CatalogEntry } from './types';

// amavisd-new: the content filter between Postfix's two halves (port 10024 in, 10025 back).
// Every line of one check carries its task ID, `(02706-01)`: the child process and its count.
// Sources: amavisd-new's README.customize and amavisd.conf-default ($log_templ, log levels).
const AMAVIS = ['amavis', 'amavisd', 'amavisd-new'];
/** `(02706-01) ` in front of a task's lines. */
const TASK = String.raw`^\((?<amavis_id>[^)]*)\) `;
/**
 * `<sender> -> <a>,<b>,<c>`: `to` is the first recipient, `recipients` all of them. Each value
 * stops at the next `<` too, so a search over a crafted line stays linear.
 */
const ENVELOPE = String.raw`<(?<from>[^<>]*)> -> (?<recipients><(?<to>[^<>]*)>(?:,<[^<>]*>)*)`;
const envelope = new RegExp(ENVELOPE);
/** The queue ID Postfix gave the message before it reached amavis (`Queue-ID: X` of the default log template). */
const ORIGINAL_QUEUE_ID = /, Queue-ID: (?<orig_queue_id>[0-9A-Za-z]+)/;

export const amavisEntries: readonly CatalogEntry[] = [
  {
    kind: 'amavis.passed.unlinked',
    daemons: AMAVIS,
    pattern: /^\((?<amavis_id>[^)]*)\) Passed (?<verdict>[A-Z][A-Z0-9-]*)(?!.*\bqueued_as: )/,
    extract: [
      envelope,
      /Message-ID: <(?<message_id>[^<>]*)>/,
      /Hits: (?<hits>[-\d.]+)/,
      ORIGINAL_QUEUE_ID,
    ],
    role: 'filter',
    summary: {
      en: 'amavis checked the message and passed it as {verdict}: {from} -> {recipients}; the next hop reported no queue ID',
      'zh-cn': 'amavis 检测通过({verdict}):{from} -> {recipients};下一跳没有返回队列 ID',
    },
    detail: {
      en: 'The message was forwarded (or delivered by LMTP) but the receiving side did not answer `queued as ID`, so the next hop can only be found by its Message-ID.',
      'zh-cn': '邮件已被转发(或经 LMTP 投递),但接收方没有应答 `queued as ID`,只能按 Message-ID 找到下一跳。',
    },
  },
  {
    kind: 'amavis.passed',
    daemons: AMAVIS,
    pattern: /^\((?<amavis_id>[^)]*)\) Passed (?<verdict>[A-Z][A-Z0-9-]*)/,
    extract: [
      /\{(?<policy>[^{}]*)\}/,
      envelope,
      /Message-ID: <(?<message_id>[^<>]*)>/,
      /Hits: (?<hits>[-\d.]+)/,
      /queued_as: (?<queued_as>[0-9A-Za-z]+)/,
      /, (?<elapsed>\d+) ms$/,
      ORIGINAL_QUEUE_ID,
    ],
    role: 'filter',
    summary: {
      en: 'amavis checked the message and passed it as {verdict} (spam score {hits}): {from} -> {recipients}; it re-injected it into Postfix as {queued_as}',
      'zh-cn': 'amavis 检测通过({verdict},垃圾邮件得分 {hits}):{from} -> {recipients};并把邮件重新投递给 Postfix,新的队列 ID 为 {queued_as}',
    },
    detail: {
      en: 'The content filter (virus and spam checks) accepted the message and sent it back to Postfix (usually 127.0.0.1:10025), where it starts a new hop with a new queue ID.',
      'zh-cn': '内容过滤器(病毒和垃圾邮件检查)接受了邮件,并把它送回 Postfix(通常是 127.0.0.1:10025),在那里以新的队列 ID 开始下一跳。',
    },
  },
  {
    kind: 'amavis.blocked',
    daemons: AMAVIS,
    pattern: /^\((?<amavis_id>[^)]*)\) Blocked (?<verdict>[A-Z][A-Z0-9-]*)/,
    extract: [envelope, /Message-ID: <(?<message_id>[^<>]*)>/, /Hits: (?<hits>[-\d.]+)/, /quarantine: (?<quarantine>[^,\s]+)/, ORIGINAL_QUEUE_ID],
    role: 'filter',
    outcome: 'discarded',
    severity: 'warning',
    summary: {
      en: 'amavis blocked the message from {from} to {recipients} as {verdict} (spam score {hits}); it was not passed on',
      'zh-cn': 'amavis 拦截了 {from} 发给 {recipients} 的邮件({verdict},垃圾邮件得分 {hits}),未继续投递',
    },
  },
  {
    kind: 'amavis.av-failed',
    daemons: AMAVIS,
    pattern: /^(?:\((?<amavis_id>[^)]*)\) )?\(!+\)(?<scanner>[\w.-]+) av-scanner FAILED: (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'amavis could not use the virus scanner {scanner}: {reason}',
      'zh-cn': 'amavis 无法使用病毒扫描器 {scanner}:{reason}',
    },
    detail: {
      en: 'Usually clamd is not running or its socket path in amavisd.conf is wrong (`Can\'t connect to UNIX socket`). If every scanner fails, amavis tempfails the message and Postfix retries it later.',
      'zh-cn': '通常是 clamd 未运行,或 amavisd.conf 中的套接字路径错误(`Can\'t connect to UNIX socket`)。如果所有扫描器都失败,amavis 会临时拒绝该邮件,Postfix 稍后重试。',
    },
  },
  {
    kind: 'amavis.trouble',
    daemons: AMAVIS,
    pattern: /^(?:\((?<amavis_id>[^)]*)\) )?\((?<level>!+)\)(?<text>.+)$/,
    severity: 'warning',
    summary: {
      en: 'amavis reported a problem: {text}',
      'zh-cn': 'amavis 报告了问题:{text}',
    },
    detail: {
      en: '`(!)` marks a warning, `(!!)` a serious error (TROUBLE): the message may be tempfailed and retried. Common causes: a scanner that does not answer, a full /var/lib/amavis/tmp, SpamAssassin rules that fail to compile.',
      'zh-cn': '`(!)` 表示警告,`(!!)` 表示严重错误(TROUBLE):邮件可能被临时拒绝并重试。常见原因:扫描器无响应、/var/lib/amavis/tmp 空间已满、SpamAssassin 规则编译失败。',
    },
  },
  {
    kind: 'amavis.spam-tag',
    daemons: AMAVIS,
    pattern: new RegExp(String.raw`${TASK}spam-tag, ${ENVELOPE}, (?<spam>Yes|No), score=(?<hits>[-\d.]+)`),
    extract: [/required=(?<required>[-\d.]+)/, /tests=\[(?<tests>[^[\]]*)\]/],
    summary: {
      en: 'amavis (SpamAssassin) scored the message from {from} to {recipients} {hits}; spam: {spam}',
      'zh-cn': 'amavis(SpamAssassin)给 {from} 发给 {recipients} 的邮件打分 {hits};是否为垃圾邮件:{spam}',
    },
    detail: {
      en: '`required` is the spam threshold (sa_tag2_level_deflt); `tests` lists the SpamAssassin rules that fired, with their scores.',
      'zh-cn': '`required` 是判定为垃圾邮件的阈值(sa_tag2_level_deflt);`tests` 列出命中的 SpamAssassin 规则及其分值。',
    },
  },
  {
    kind: 'amavis.received',
    daemons: AMAVIS,
    pattern: new RegExp(String.raw`${TASK}(?<proto>E?SMTP|LMTP)(?:::| :| \[[^\]\s]*\]:)(?<port>\d+) (?<tmpdir>\S+?): ${ENVELOPE}`),
    summary: {
      en: 'amavis received a message from Postfix on port {port} for scanning: {from} -> {recipients}',
      'zh-cn': 'amavis 在端口 {port} 从 Postfix 收到一封待扫描的邮件:{from} -> {recipients}',
    },
  },
  {
    kind: 'amavis.checking',
    daemons: AMAVIS,
    pattern: /^\((?<amavis_id>[^)]*)\) Checking: (?<mail_id>\S+) /,
    extract: [envelope],
    summary: {
      en: 'amavis started checking a message from {from} to {recipients} (mail_id {mail_id})',
      'zh-cn': 'amavis 开始检查 {from} 发给 {recipients} 的邮件(mail_id {mail_id})',
    },
  },
  {
    kind: 'amavis.forwarded',
    daemons: AMAVIS,
    // Log level 2 and up: `FWD from <a> -> <b>, BODY=7BIT 250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as X`
    // (2.6 and before: `FWD via SMTP: <a> -> <b>, BODY=8BITMIME, 250 2.6.0 Ok, id=..., from MTA(...): 250 Ok: queued as X`).
    pattern: new RegExp(String.raw`${TASK}FWD (?:from|via \w+:) ${ENVELOPE}`),
    extract: [/queued as (?<queued_as>[0-9A-Za-z]+)$/],
    role: 'filter',
    summary: {
      en: 'amavis handed the checked message from {from} to {recipients} back to Postfix, which queued it as {queued_as}',
      'zh-cn': 'amavis 把检查过的邮件({from} 发给 {recipients})交回 Postfix,Postfix 将其入队为 {queued_as}',
    },
    detail: {
      en: 'The next hop of the journey is {queued_as}: Postfix\'s second smtpd (usually 127.0.0.1:10025) received the message back from the filter.',
      'zh-cn': '旅程的下一跳是 {queued_as}:Postfix 的第二个 smtpd(通常是 127.0.0.1:10025)从过滤器收回了这封邮件。',
    },
  },
  {
    kind: 'amavis.mime-part',
    daemons: AMAVIS,
    pattern: new RegExp(String.raw`${TASK}(?<part>p\d{3,})(?: (?<position>\d+(?:\/\d+)*))? Content-Type: (?<content_type>[^,\s]+)`),
    extract: [/, size: (?<size>\d+)/],
    summary: {
      en: 'amavis decoded MIME part {part} of the message: {content_type}',
      'zh-cn': 'amavis 解码了邮件的 MIME 部分 {part}:{content_type}',
    },
    detail: {
      en: 'Logged at log level 2 and up for each part amavis takes apart before scanning; banned-file rules (`banned_filename_re`) are matched against these types and names.',
      'zh-cn': '日志级别 2 及以上时,amavis 为扫描前拆开的每个部分记录一行;禁止文件规则(`banned_filename_re`)按这些类型和文件名匹配。',
    },
  },
  {
    kind: 'amavis.timing',
    daemons: AMAVIS,
    pattern: /^(?:\((?<amavis_id>[^)]*)\) )?(?:size: (?<size>\d+), )?TIMING \[total (?<elapsed>\d+) ms\b/,
    summary: {
      en: 'amavis took {elapsed} ms for this task, broken down by step',
      'zh-cn': 'amavis 处理该任务用时 {elapsed} 毫秒,并按步骤列出耗时',
    },
    detail: {
      en: 'Each step is listed as `name: ms (share)cumulative`. A large `SA check` points at SpamAssassin (DNS or network tests), a large `fwd-connect` or `fwd-data-end` at Postfix\'s re-injection port.',
      'zh-cn': '每一步记为 `名称: 毫秒 (占比)累计`。`SA check` 很大说明 SpamAssassin(DNS 或网络测试)慢;`fwd-connect` 或 `fwd-data-end` 很大说明 Postfix 的回注端口慢。',
    },
  },
  {
    kind: 'amavis.open-relay',
    daemons: AMAVIS,
    pattern: new RegExp(String.raw`${TASK}Open relay\? Nonlocal recips but not originating: (?<recipients>.+)$`),
    severity: 'warning',
    summary: {
      en: 'amavis got mail for recipients outside its local domains from a client not counted as originating: {recipients}',
      'zh-cn': 'amavis 收到的邮件收件人不在本地域,而发送方又不属于内部来源:{recipients}',
    },
    detail: {
      en: 'amavis\'s local_domains_maps does not list these recipients\' domains, and the client is not in mynetworks nor authenticated. Either Postfix relays for someone it should not, or amavis\'s idea of the local domains and of mynetworks differs from Postfix\'s.',
      'zh-cn': 'amavis 的 local_domains_maps 不包含这些收件人的域名,而客户端既不在 mynetworks 中也未认证。要么 Postfix 为不该中继的人中继了邮件,要么 amavis 对本地域和 mynetworks 的配置与 Postfix 不一致。',
    },
  },
  {
    kind: 'amavis.bounce',
    daemons: AMAVIS,
    pattern: new RegExp(String.raw`${TASK}bounce (?<bounce>killed|unverifiable|rescued by [^,]+)`),
    extract: [envelope],
    summary: {
      en: 'amavis looked at a bounce (non-delivery notice) and judged it {bounce}',
      'zh-cn': 'amavis 检查了一封退信(未投递通知),判定为 {bounce}',
    },
    detail: {
      en: 'amavis\'s bounce killer checks whether an incoming bounce answers mail this site really sent (by its Message-ID or domain). `unverifiable`: it could not tell; `killed`: a bounce to forged mail (backscatter), scored as spam; `rescued`: a genuine bounce.',
      'zh-cn': 'amavis 的退信过滤会检查收到的退信是否对应本站真正发出的邮件(按 Message-ID 或域名)。`unverifiable`:无法判断;`killed`:针对伪造邮件的退信(反向散射),按垃圾邮件计分;`rescued`:真实的退信。',
    },
  },
  {
    kind: 'amavis.continued',
    daemons: AMAVIS,
    // amavis splits an entry longer than its syslog line limit; the later parts start with `...`.
    pattern: new RegExp(String.raw`${TASK}\.\.\.(?<text>.*)$`),
    extract: [/queued_as: (?<queued_as>[0-9A-Za-z]+)/, /Message-ID: <(?<message_id>[^<>]*)>/],
    role: 'filter',
    summary: {
      en: 'The rest of a long amavis entry of task {amavis_id}, continued from the line before',
      'zh-cn': 'amavis 任务 {amavis_id} 的一条长日志的后续部分,接上一行',
    },
  },
  {
    kind: 'amavis.process',
    daemons: AMAVIS,
    pattern: /^(?:\((?<amavis_id>[^)]*)\) )?(?<event>Requesting process rundown after .+|sd_notify(?: \(no socket\))?: .+|Net::Server: (?:Received a SIG\w* \w+|Sending children \w+ signal|\d{4}\/\d\d\/\d\d-\d\d:\d\d:\d\d Server closing!)|warm restart on HUP .+)$/,
    summary: {
      en: 'amavis process life: {event}',
      'zh-cn': 'amavis 进程状态:{event}',
    },
    detail: {
      en: 'A child process ends itself after max_requests tasks (`Requesting process rundown`) and the parent starts a new one; a HUP (log rotation, `amavisd reload`) restarts the parent. `sd_notify` lines report the state amavis tells systemd; `(no socket)` means it does not run under systemd\'s notify type.',
      'zh-cn': '子进程处理 max_requests 个任务后会自行结束(`Requesting process rundown`),由父进程重新启动一个;收到 HUP(日志轮转、`amavisd reload`)时父进程会重启。`sd_notify` 行是 amavis 向 systemd 报告的状态;`(no socket)` 表示它不是以 systemd 的 notify 方式运行。',
    },
  },
  {
    kind: 'amavis.notice',
    daemons: AMAVIS,
    pattern: /^\((?<amavis_id>[^)]*)\) NOTICE: (?<text>.+)$/,
    summary: {
      en: 'amavis notice: {text}',
      'zh-cn': 'amavis 提示:{text}',
    },
    detail: {
      en: '`Not sending DSN, spam level exceeds DSN cutoff level`: amavis dropped a blocked spam without telling the (likely forged) sender, as intended.',
      'zh-cn': '`Not sending DSN, spam level exceeds DSN cutoff level`:amavis 拦截垃圾邮件后按设计不通知(很可能是伪造的)发件人。',
    },
  },
  {
    kind: 'amavis.startup',
    daemons: AMAVIS,
    pattern: /^(?:starting\. (?:\((?<start>warm|cold)\) )?(?<program>\S+) at (?<host>\S+) (?<version>\S+)(?: .*)?|Net::Server: .*starting! pid\(\d+\)|(?:Found|Using|No) (?:primary |secondary )?(?:av scanner|decoder|ext program|internal av scanner code|primary internal av scanner code|secondary internal av scanner code)\b.*|Module \S+ +\S+|SpamControl: .+|extra modules loaded.*|Amavis::\S+ code +(?:NOT )?loaded|initializing Mail::SpamAssassin.*|(?:perl=\S+, )?user=\S*, EUID: \d+(?:\D.*)?|logging initialized, .+|INFO: no optional modules: .+|Net::Server: (?:Group|User) Not Defined\..*|(?:Creating db in|Deleting db files) .+)$/,
    summary: {
      en: 'amavis start-up message: it reports the modules, decoders and scanners it found',
      'zh-cn': 'amavis 启动消息:报告找到的模块、解码器和扫描器',
    },
    detail: {
      en: 'Logged once when amavisd starts or reloads. Check here that the virus scanner (e.g. `Found primary av scanner ClamAV-clamd`) and SpamAssassin were found.',
      'zh-cn': 'amavisd 启动或重新加载时记录一次。可在此确认病毒扫描器(如 `Found primary av scanner ClamAV-clamd`)和 SpamAssassin 是否被找到。',
    },
  },
];
