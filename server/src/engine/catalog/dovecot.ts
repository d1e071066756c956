import type { CatalogEntry } from './types';

const DOVECOT = ['dovecot'];
/** `lmtp(user)`, `lmtp(1234, user)` (2.2), `lda(user)<pid><session>` (2.3). */
const AGENT = String.raw`(?<agent>lmtp|lda|deliver)\((?:\d+, )?(?<user>[^)]*)\)(?:<[^>]*>){0,2}: (?:[A-Za-z0-9+\/=]+: )?(?:sieve: )?msgid=(?:<(?<message_id>[^>]*)>|\S+): `;
/** `auth: passwd-file(user,1.2.3.4)`, `auth-worker(1234): Info: sql(user,1.2.3.4,<session>)`. */
const AUTH = String.raw`^auth(?:-worker)?(?:\([^)]*\))?: (?:Info: )?(?<driver>[\w-]+)\((?<user>[^,)]*),(?<rip>[^,)]+)(?:,<[^>]*>)?\): `;

// Dovecot: IMAP/POP3 logins, LMTP and LDA delivery (often Postfix's final hop), and the auth
// service that Postfix's smtpd can use for SASL. Sources: Dovecot's logging documentation,
// fail2ban's dovecot filter samples.
export const dovecotEntries: readonly CatalogEntry[] = [
  {
    kind: 'dovecot.start',
    daemons: DOVECOT,
    pattern: /^(?:master: )?(?:Info: )?Dovecot v(?<version>\S+)(?: \([0-9a-f]+\))? starting up(?<rest>.*)$/,
    summary: {
      en: 'Dovecot {version} started',
      'zh-cn': 'Dovecot {version} 已启动',
    },
    detail: {
      en: 'The list after `for` names the protocols it serves (imap, pop3, lmtp, sieve). Postfix hands mail to Dovecot through LMTP or the dovecot-lda pipe, and can use its auth socket for SASL.',
      'zh-cn': '`for` 后列出它提供的协议(imap、pop3、lmtp、sieve)。Postfix 通过 LMTP 或 dovecot-lda 管道把邮件交给 Dovecot,也可以使用其认证套接字进行 SASL 认证。',
    },
  },
  {
    kind: 'dovecot.stop',
    daemons: DOVECOT,
    pattern: /^(?:master: )?(?:Warning: |Info: )?Killed with signal (?<signal>\d+)/,
    summary: {
      en: 'Dovecot stopped (signal {signal})',
      'zh-cn': 'Dovecot 已停止(信号 {signal})',
    },
    detail: {
      en: 'While Dovecot is down, Postfix\'s LMTP/pipe deliveries to it are deferred and retried, and SASL logins through Dovecot fail.',
      'zh-cn': 'Dovecot 停止期间,Postfix 通过 LMTP/pipe 向它的投递会被推迟并重试,经 Dovecot 的 SASL 登录也会失败。',
    },
  },
  {
    kind: 'dovecot.login',
    daemons: DOVECOT,
    pattern: /^(?<service>[a-z0-9]+)-login: (?:Info: )?Login: user=<(?<user>[^>]*)>/,
    extract: [/\bmethod=(?<method>[^,\s]+)/, /\brip=(?<rip>[^,\s]+)/, /\blip=(?<lip>[^,\s]+)/, /\bsession=<(?<session>[^<>]*)>/],
    summary: {
      en: '{user} logged in to {service} from {rip} ({method})',
      'zh-cn': '{user} 从 {rip} 登录 {service} 成功({method})',
    },
    detail: {
      en: '`rip` is the client\'s address, `lip` the server\'s; `TLS` at the end means the session is encrypted. `mpid` is the mail process that now serves the user.',
      'zh-cn': '`rip` 是客户端地址,`lip` 是服务器地址;末尾的 `TLS` 表示会话已加密。`mpid` 是接下来为该用户服务的邮件进程。',
    },
  },
  {
    kind: 'dovecot.login.auth-failed',
    daemons: DOVECOT,
    pattern: /^(?<service>[a-z0-9]+)-login: (?:Info: )?(?:Disconnected|Aborted login|Login aborted)(?:: [^(]*)? \(auth failed, (?<attempts>\d+) attempts?/,
    extract: [/\buser=<(?<user>[^<>]*)>/, /\bmethod=(?<method>[^,\s]+)/, /\brip=(?<rip>[^,\s]+)/],
    severity: 'warning',
    summary: {
      en: '{service} login from {rip} failed: wrong user name or password ({attempts} attempt(s))',
      'zh-cn': '来自 {rip} 的 {service} 登录失败:用户名或密码错误(尝试 {attempts} 次)',
    },
    detail: {
      en: 'The auth lines just before (`auth: ... unknown user` or `Password mismatch`) tell which. Many failures from one address are password guessing: fail2ban\'s dovecot filter reads exactly these lines.',
      'zh-cn': '此前的 auth 日志(`auth: ... unknown user` 或 `Password mismatch`)说明了具体原因。同一地址大量失败通常是暴力破解:fail2ban 的 dovecot 过滤器正是读取这些日志。',
    },
  },
  {
    kind: 'dovecot.login.no-auth',
    daemons: DOVECOT,
    pattern: /^(?<service>[a-z0-9]+)-login: (?:Info: )?(?:Disconnected|Aborted login|Login aborted)(?:: [^(]*)? \((?<why>no auth attempts|tried to use (?:disabled plaintext|unsupported) auth|disconnected before greeting|disconnected before auth was ready|client didn't finish SASL auth|cert required)/,
    extract: [/\brip=(?<rip>[^,\s]+)/],
    summary: {
      en: 'A {service} client from {rip} disconnected without logging in ({why})',
      'zh-cn': '来自 {rip} 的 {service} 客户端未登录就断开了({why})',
    },
    detail: {
      en: '`no auth attempts`: port scanners, monitoring checks, or clients that failed the TLS handshake (see `TLS handshaking` at the end). `tried to use disabled plaintext auth`: the client tried a password without TLS while disable_plaintext_auth = yes.',
      'zh-cn': '`no auth attempts`:端口扫描、监控探测,或 TLS 握手失败的客户端(见末尾的 `TLS handshaking`)。`tried to use disabled plaintext auth`:在 disable_plaintext_auth = yes 时客户端试图不使用 TLS 发送明文密码。',
    },
  },
  {
    kind: 'dovecot.login.disconnected',
    daemons: DOVECOT,
    pattern: /^(?<service>[a-z0-9]+)-login: (?:Info: )?(?:Disconnected|Aborted login|Login aborted):? ?(?<text>.*)$/,
    summary: {
      en: 'A {service} client disconnected before finishing its login ({text})',
      'zh-cn': '{service} 客户端在完成登录前断开({text})',
    },
  },
  {
    kind: 'dovecot.session.end',
    daemons: DOVECOT,
    pattern: /^(?<service>imap|pop3|IMAP|POP3|managesieve|submission)\((?:\d+, )?(?<user>[^)]*)\)(?:<[^>]*>){0,2}: (?:Info: )?(?<reason>(?:Disconnected: )?(?:Logged out|Connection closed|Inactivity|Disconnected for inactivity|Disconnected in IDLE|Disconnected in APPEND|Server shutting down)|Disconnected\b)/,
    extract: [/\bin=(?<bytes_in>\d+)/, /\bout=(?<bytes_out>\d+)/],
    summary: {
      en: 'The {service} session of {user} ended: {reason}',
      'zh-cn': '{user} 的 {service} 会话结束:{reason}',
    },
    detail: {
      en: '`in`/`out` are bytes received and sent; `deleted`/`expunged` count messages removed in the session (IMAP), `retr`/`del` messages fetched and deleted (POP3).',
      'zh-cn': '`in`/`out` 是接收和发送的字节数;`deleted`/`expunged` 是会话中删除的邮件数(IMAP),`retr`/`del` 是取回和删除的邮件数(POP3)。',
    },
  },
  {
    kind: 'dovecot.delivered',
    daemons: DOVECOT,
    pattern: new RegExp(String.raw`^${AGENT}(?:[a-z]+ action: )?(?:saved mail to|stored mail into mailbox) (?<mailbox>.+)$`),
    // Joined by its Message-ID to the journey of the delivery that handed it over: the journey ends at the mailbox.
    role: 'filter',
    summary: {
      en: 'Dovecot {agent} stored the message for {user} in {mailbox}',
      'zh-cn': 'Dovecot {agent} 把 {user} 的邮件存入了 {mailbox}',
    },
    detail: {
      en: 'The final step of an inbound journey: Postfix handed the message to Dovecot (lmtp, or dovecot-lda run by pipe/local) and it is now in the mailbox; a `sieve:` line means a Sieve script chose the folder. The matching Postfix line is the lmtp/pipe `status=sent` with the same recipient.',
      'zh-cn': '入站旅程的最后一步:Postfix 把邮件交给 Dovecot(lmtp,或由 pipe/local 运行的 dovecot-lda),邮件已存入邮箱;带有 `sieve:` 表示由 Sieve 脚本选择了文件夹。对应的 Postfix 日志是同一收件人的 lmtp/pipe `status=sent`。',
    },
  },
  {
    kind: 'dovecot.delivery-failed',
    daemons: DOVECOT,
    pattern: new RegExp(String.raw`^${AGENT}(?<what>save failed to [^:]+|rejected|failed to store into mailbox '[^']*'): (?<reason>.+)$`),
    severity: 'warning',
    summary: {
      en: 'Dovecot {agent} could not store the message for {user}: {reason}',
      'zh-cn': 'Dovecot {agent} 无法存储 {user} 的邮件:{reason}',
    },
    detail: {
      en: '`Quota exceeded`: the mailbox is full; depending on quota_full_tempfail Postfix defers (4xx) or bounces (5xx) it. Other reasons are usually permissions of the mail directory.',
      'zh-cn': '`Quota exceeded`:邮箱已满;根据 quota_full_tempfail 的设置,Postfix 会推迟(4xx)或退信(5xx)。其他原因通常是邮件目录权限问题。',
    },
  },
  {
    kind: 'dovecot.sieve.action',
    daemons: DOVECOT,
    pattern: new RegExp(String.raw`^${AGENT}(?<action>(?:marked message to be discarded|forwarded to|sent vacation response to|discarded|redirected to)\b.*)$`),
    summary: {
      en: 'A Sieve rule of {user} acted on the message: {action}',
      'zh-cn': '{user} 的 Sieve 规则对邮件执行了操作:{action}',
    },
    detail: {
      en: 'Forwards and vacation replies are new messages that Dovecot submits through Postfix (sendmail or submission_host), so they appear as new journeys.',
      'zh-cn': '转发和自动回复是 Dovecot 通过 Postfix(sendmail 或 submission_host)提交的新邮件,因此会以新旅程出现。',
    },
  },
  {
    kind: 'dovecot.lmtp.connect',
    daemons: DOVECOT,
    pattern: /^lmtp\((?<lmtp_pid>\d+)\)(?:<[^>]*>)?: (?:Info: )?Connect from (?<peer>.+)$/,
    summary: {
      en: 'An LMTP client (usually Postfix\'s lmtp agent) connected to Dovecot from {peer}',
      'zh-cn': '一个 LMTP 客户端(通常是 Postfix 的 lmtp 投递代理)从 {peer} 连接到 Dovecot',
    },
  },
  {
    kind: 'dovecot.lmtp.disconnect',
    daemons: DOVECOT,
    pattern: /^lmtp\((?<lmtp_pid>\d+)\)(?:<[^>]*>)?: (?:Info: )?Disconnect from (?<peer>[^:]+)(?:: (?<reason>.+))?$/,
    summary: {
      en: 'The LMTP client from {peer} disconnected from Dovecot',
      'zh-cn': '来自 {peer} 的 LMTP 客户端与 Dovecot 断开',
    },
  },
  {
    kind: 'dovecot.auth.unknown-user',
    daemons: DOVECOT,
    pattern: new RegExp(String.raw`${AUTH}unknown user\b`),
    severity: 'warning',
    summary: {
      en: 'Dovecot auth: there is no user {user} in the {driver} database (login attempt from {rip})',
      'zh-cn': 'Dovecot 认证:{driver} 数据库中没有用户 {user}(登录来自 {rip})',
    },
    detail: {
      en: 'Either a typo (a full address vs. a bare user name: check auth_username_format) or someone guessing account names.',
      'zh-cn': '可能是输入错误(完整地址与纯用户名之分:检查 auth_username_format),也可能是有人在猜测账号名。',
    },
  },
  {
    kind: 'dovecot.auth.password-mismatch',
    daemons: DOVECOT,
    pattern: new RegExp(String.raw`${AUTH}(?<reason>Password mismatch.*|pam_authenticate\(\) failed: .+)$`),
    severity: 'warning',
    summary: {
      en: 'Dovecot auth: wrong password for {user} from {rip}',
      'zh-cn': 'Dovecot 认证:{user}(来自 {rip})的密码错误',
    },
    detail: {
      en: 'The user exists but the password did not match ({driver} database). Used by smtpd too when smtpd_sasl_type = dovecot, so failed SMTP AUTH logins show up here as well.',
      'zh-cn': '用户存在但密码不匹配({driver} 数据库)。当 smtpd_sasl_type = dovecot 时 smtpd 也使用它,因此失败的 SMTP AUTH 登录同样会出现在这里。',
    },
  },
  {
    kind: 'dovecot.auth.problem',
    daemons: DOVECOT,
    pattern: new RegExp(String.raw`${AUTH}(?<reason>.+)$`),
    summary: {
      en: 'Dovecot auth ({driver}) about {user} from {rip}: {reason}',
      'zh-cn': 'Dovecot 认证({driver}),用户 {user},来自 {rip}:{reason}',
    },
  },
  {
    kind: 'dovecot.auth.pam-failure',
    daemons: ['dovecot', 'auth', 'dovecot-auth'],
    pattern: /^pam_unix\((?<pam_service>[\w-]+):auth\): authentication failure;(?<details>.*)$/,
    extract: [/\brhost=(?<rhost>\S*)/, /\buser=(?<user>\S+)/],
    severity: 'warning',
    summary: {
      en: 'PAM rejected a password for the {pam_service} service',
      'zh-cn': 'PAM 拒绝了 {pam_service} 服务的一次密码验证',
    },
    detail: {
      en: 'pam_unix checked the password against the system accounts and it failed; `rhost` is the client address and `user` the account tried.',
      'zh-cn': 'pam_unix 按系统账号校验密码失败;`rhost` 是客户端地址,`user` 是尝试登录的账号。',
    },
  },
  {
    kind: 'dovecot.warning',
    daemons: DOVECOT,
    pattern: /^(?<process>[\w-]+)(?:\([^)]*\))?(?:<[^>]*>){0,2}: Warning: (?<text>.+)$/,
    severity: 'warning',
    summary: {
      en: 'Dovecot ({process}) warning: {text}',
      'zh-cn': 'Dovecot({process})警告:{text}',
    },
  },
  {
    kind: 'dovecot.error',
    daemons: DOVECOT,
    pattern: /^(?<process>[\w-]+)(?:\([^)]*\))?(?:<[^>]*>){0,2}: (?<level>Error|Fatal|Panic): (?<text>.+)$/,
    severity: 'error',
    summary: {
      en: 'Dovecot ({process}) {level}: {text}',
      'zh-cn': 'Dovecot({process})出错({level}):{text}',
    },
    detail: {
      en: 'Errors from lmtp or lda make Postfix defer the delivery (the message stays queued); errors from auth break logins and SMTP AUTH.',
      'zh-cn': 'lmtp 或 lda 出错会使 Postfix 推迟投递(邮件留在队列中);auth 出错会导致登录和 SMTP AUTH 失败。',
    },
  },
];
