import type { CatalogEntry } from './types';

const SPF_PYTHON = ['policyd-spf'];
const SPF_PERL = ['policy-spf', 'policyd-spf', 'policyd-spf-perl', 'postfix-policyd-spf-perl'];

// Policy servers and milters beside Postfix: opendmarc, policyd-spf (python and perl), spamd
// (SpamAssassin), rspamd, clamav-milter, saslauthd.
export const filterEntries: readonly CatalogEntry[] = [
  // opendmarc: DMARC verdicts as a milter.
  {
    kind: 'opendmarc.result',
    daemons: ['opendmarc'],
    pattern: /^(?<domain>[A-Za-z0-9][A-Za-z0-9._-]*) (?<result>none|pass|fail|bestguesspass|permerror|temperror|reject|quarantine)$/,
    summary: {
      en: 'opendmarc: the DMARC result for the sender domain {domain} is {result}',
      'zh-cn': 'opendmarc:发件域 {domain} 的 DMARC 结果为 {result}',
    },
    detail: {
      en: '`pass`: SPF or DKIM passed for a domain aligned with the From header. `fail`: neither did, and the domain\'s published policy (p=none/quarantine/reject) decides; opendmarc rejects only with RejectFailures true. `none`: the domain publishes no DMARC record.',
      'zh-cn': '`pass`:与 From 头对齐的域名 SPF 或 DKIM 通过。`fail`:两者都未通过,由该域发布的策略(p=none/quarantine/reject)决定处理方式;只有 RejectFailures 为 true 时 opendmarc 才会拒收。`none`:该域没有发布 DMARC 记录。',
    },
  },
  {
    kind: 'opendmarc.spf',
    daemons: ['opendmarc'],
    pattern: /^SPF\((?<identity>mailfrom|helo)\): (?:(?<domain>\S+) )?(?<result>\w+)$/,
    summary: {
      en: 'opendmarc checked SPF for the {identity} identity: {result}',
      'zh-cn': 'opendmarc 检查了 {identity} 身份的 SPF:{result}',
    },
    detail: {
      en: 'opendmarc 1.4 can check SPF itself (SPFSelfValidate) when no policyd-spf result is present; DMARC uses this result if the domain aligns with the From header.',
      'zh-cn': 'opendmarc 1.4 在没有 policyd-spf 结果时可以自行检查 SPF(SPFSelfValidate);若该域名与 From 头对齐,DMARC 会采用此结果。',
    },
  },
  {
    kind: 'opendmarc.ignoring-results',
    daemons: ['opendmarc'],
    pattern: /^(?:\S+ )?ignoring Authentication-Results at (?<index>\d+) from (?<authserv>.+)$/,
    summary: {
      en: 'opendmarc ignored an Authentication-Results header from {authserv}, an untrusted server',
      'zh-cn': 'opendmarc 忽略了来自不受信任服务器 {authserv} 的 Authentication-Results 头',
    },
    detail: {
      en: 'Only results added by this host or by servers listed in TrustedAuthservIDs are used; headers added elsewhere (e.g. by the sender\'s own provider) could be forged. Normal for forwarded mail.',
      'zh-cn': '只采用本机或 TrustedAuthservIDs 中列出的服务器添加的结果;其他地方(如发件方自己的服务商)添加的头可能是伪造的。转发邮件中很常见。',
    },
  },
  {
    kind: 'opendmarc.trusted-authserv',
    daemons: ['opendmarc'],
    pattern: /^additional trusted authentication services: (?<services>.+)$/,
    summary: {
      en: 'opendmarc trusts Authentication-Results from: {services}',
      'zh-cn': 'opendmarc 信任以下服务器的 Authentication-Results:{services}',
    },
  },
  {
    kind: 'opendmarc.rfc5322-error',
    daemons: ['opendmarc'],
    pattern: /^RFC5322 requirement error: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'opendmarc found the message\'s From header broken: {reason}',
      'zh-cn': 'opendmarc 发现邮件的 From 头不合规:{reason}',
    },
    detail: {
      en: 'DMARC needs exactly one From header with one address; opendmarc accepts or rejects such mail according to RequiredHeaders.',
      'zh-cn': 'DMARC 要求有且仅有一个 From 头,其中只有一个地址;opendmarc 根据 RequiredHeaders 设置接受或拒收此类邮件。',
    },
  },
  {
    kind: 'opendmarc.rejected',
    daemons: ['opendmarc'],
    pattern: /^(?:(?<queue_ref>[0-9A-Za-z]+): )?rejected by DMARC policy for (?<domain>\S+)$/,
    outcome: 'rejected',
    severity: 'warning',
    summary: {
      en: 'opendmarc rejected the message: it fails the DMARC policy of {domain}',
      'zh-cn': 'opendmarc 拒绝了邮件:它不符合 {domain} 的 DMARC 策略',
    },
    detail: {
      en: 'Neither SPF nor DKIM passed in alignment with the From domain {domain}, whose DMARC record says p=reject, and RejectFailures is on. Postfix logs the matching milter-reject line.',
      'zh-cn': 'SPF 和 DKIM 都没有在与 From 域 {domain} 对齐的情况下通过,而该域的 DMARC 记录为 p=reject,且启用了 RejectFailures。Postfix 会记录对应的 milter-reject 日志。',
    },
  },
  {
    kind: 'opendmarc.ignoring-connection',
    daemons: ['opendmarc'],
    pattern: /^(?:(?<queue_ref>[0-9A-Za-z]+): )?ignoring connection from (?<client>\S+)$/,
    summary: {
      en: 'opendmarc skips mail from {client}: the host is in its IgnoreHosts list',
      'zh-cn': 'opendmarc 跳过来自 {client} 的邮件:该主机在 IgnoreHosts 列表中',
    },
  },
  {
    kind: 'opendmarc.start',
    daemons: ['opendmarc'],
    pattern: /^OpenDMARC Filter v(?<version>\S+) starting(?: \((?<args>[^)]*)\))?$/,
    summary: {
      en: 'The opendmarc milter {version} started',
      'zh-cn': 'opendmarc milter {version} 已启动',
    },
  },
  {
    kind: 'opendmarc.stop',
    daemons: ['opendmarc'],
    pattern: /^OpenDMARC Filter v(?<version>\S+) terminating with status (?<status>-?\d+), errno = (?<errno>\d+)$/,
    summary: {
      en: 'The opendmarc milter {version} stopped (status {status})',
      'zh-cn': 'opendmarc milter {version} 已停止(状态 {status})',
    },
  },

  // policyd-spf (python, pypolicyd-spf): SPF checks as a Postfix policy server.
  {
    kind: 'policyd-spf.received-spf',
    daemons: SPF_PYTHON,
    pattern: /^(?::\s*)?prepend Received-SPF: (?<result>[A-Za-z]+)\b(?<details>.*)$/,
    extract: [/\bidentity=(?<identity>[^;\s]+)/, /\bclient-ip=(?<client_ip>[^;\s]+)/, /\benvelope-from=(?<envelope_from>[^;\s]*)/],
    role: 'policy',
    summary: {
      en: 'SPF check of {envelope_from} from {client_ip}: {result}; policyd-spf adds a Received-SPF header',
      'zh-cn': '对 {envelope_from}(来自 {client_ip})的 SPF 检查结果:{result};policyd-spf 添加 Received-SPF 头',
    },
    detail: {
      en: '`Pass`: the sending IP is authorized by the domain\'s SPF record. `None`: no SPF record. `Softfail` (~all) and `Neutral` are not rejected by default; `Fail` (-all) is rejected with a 550 (see HELO_reject/Mail_From_reject in policyd-spf.conf).',
      'zh-cn': '`Pass`:发信 IP 获得该域 SPF 记录授权。`None`:没有 SPF 记录。`Softfail`(~all)和 `Neutral` 默认不拒收;`Fail`(-all)会以 550 拒收(见 policyd-spf.conf 中的 HELO_reject/Mail_From_reject)。',
    },
  },
  {
    kind: 'policyd-spf.auth-results',
    daemons: SPF_PYTHON,
    pattern: /^(?::\s*)?prepend Authentication-Results: (?<authserv>[^;]+); spf=(?<result>\w+)/,
    extract: [/\bclient-ip=(?<client_ip>[^;\s)]+)/, /\bsmtp\.mailfrom=(?<envelope_from>[^;\s)]+)/],
    role: 'policy',
    summary: {
      en: 'SPF check from {client_ip}: {result}; policyd-spf adds an Authentication-Results header',
      'zh-cn': '来自 {client_ip} 的 SPF 检查结果:{result};policyd-spf 添加 Authentication-Results 头',
    },
  },
  {
    kind: 'policyd-spf.comment',
    daemons: SPF_PYTHON,
    pattern: /^(?::\s*)?prepend X-Comment: (?<comment>.+)$/,
    extract: [/\bclient-ip=(?<client_ip>[^;\s]+)/],
    role: 'policy',
    summary: {
      en: 'policyd-spf skipped the SPF check: {comment}',
      'zh-cn': 'policyd-spf 跳过了 SPF 检查:{comment}',
    },
    detail: {
      en: 'The client is in skip_addresses or Whitelist of policyd-spf.conf (localhost and your own networks by default).',
      'zh-cn': '该客户端在 policyd-spf.conf 的 skip_addresses 或 Whitelist 中(默认包括 localhost 和本机网络)。',
    },
  },
  {
    kind: 'policyd-spf.result',
    daemons: SPF_PYTHON,
    pattern: /^(?<result>Pass|Fail|Softfail|SoftFail|Neutral|None|Temperror|TempError|Permerror|PermError); identity=(?<identity>[^;]+); client-ip=(?<client_ip>[^;\s]+);/,
    extract: [/\benvelope-from=(?<envelope_from>[^;\s]*)/],
    role: 'policy',
    summary: {
      en: 'SPF check ({identity}) for {client_ip}: {result}',
      'zh-cn': 'SPF 检查({identity}),客户端 {client_ip}:{result}',
    },
  },
  {
    kind: 'policyd-spf.reject',
    daemons: SPF_PYTHON,
    pattern: /^(?<reply>[45]\d\d) (?<dsn>\d\.\d+\.\d+) Message (?<action>rejected|deferred) due to: (?<reason>.+)$/,
    role: 'policy',
    severity: 'warning',
    summary: {
      en: 'policyd-spf told smtpd to refuse the message ({reply}): {reason}',
      'zh-cn': 'policyd-spf 要求 smtpd 拒收邮件({reply}):{reason}',
    },
    detail: {
      en: 'The sending IP is not allowed by the sender domain\'s SPF record (or the check had a temporary error for 4xx). The matching smtpd `NOQUEUE: reject` line follows.',
      'zh-cn': '发信 IP 不在发件域 SPF 记录允许的范围内(4xx 则为检查时出现临时错误)。随后会有对应的 smtpd `NOQUEUE: reject` 日志。',
    },
  },
  {
    kind: 'policyd-spf.error',
    daemons: SPF_PYTHON,
    pattern: /^(?:ERROR:? (?<text>.+)|Traceback \(most recent call last\):)$/,
    severity: 'error',
    summary: {
      en: 'policyd-spf failed with an error; smtpd will report `problem talking to server`',
      'zh-cn': 'policyd-spf 出错;smtpd 会报告 `problem talking to server`',
    },
    detail: {
      en: 'A crash of the policy server makes smtpd answer 4xx (451 Server configuration problem) to every client until it works again. The lines that follow show the Python error.',
      'zh-cn': '策略服务器崩溃会使 smtpd 对所有客户端返回 4xx(451 Server configuration problem),直到它恢复。后续日志给出了 Python 的错误信息。',
    },
  },
  {
    kind: 'policyd-spf.perl.action',
    daemons: SPF_PERL,
    pattern: /^Policy action=(?<action>PREPEND|DUNNO|PERMIT|DEFER_IF_PERMIT|REJECT|\d{3})\b ?(?<details>.*)$/,
    role: 'policy',
    summary: {
      en: 'The SPF policy server (perl) answered {action}',
      'zh-cn': 'SPF 策略服务器(perl 版)的应答为 {action}',
    },
    detail: {
      en: '`PREPEND Received-SPF: pass ...`: the check passed and a header is added; `DUNNO`: no opinion (no SPF record, or a local client); a 5xx code or `REJECT`: SPF fail, the message is refused; `DEFER_IF_PERMIT`: a temporary DNS error.',
      'zh-cn': '`PREPEND Received-SPF: pass ...`:检查通过并添加邮件头;`DUNNO`:不作判断(无 SPF 记录或本地客户端);5xx 代码或 `REJECT`:SPF 失败,拒收邮件;`DEFER_IF_PERMIT`:DNS 临时错误。',
    },
  },
  {
    kind: 'policyd-spf.perl.handler',
    daemons: SPF_PERL,
    pattern: /^handler (?<handler>\S+): is decisive\.$/,
    summary: {
      en: 'The SPF policy server\'s {handler} check decided the answer',
      'zh-cn': 'SPF 策略服务器的 {handler} 检查决定了最终应答',
    },
  },

  // spamd: SpamAssassin's daemon, called by spamc or amavis-less setups.
  {
    kind: 'spamd.clean',
    daemons: ['spamd'],
    pattern: /^spamd: clean message \((?<score>-?[\d.]+)\/(?<required>-?[\d.]+)\) for (?<user>\S+) in (?<seconds>[\d.]+) seconds, (?<bytes>\d+) bytes\.$/,
    summary: {
      en: 'SpamAssassin found the message clean: score {score} of {required} needed for spam',
      'zh-cn': 'SpamAssassin 判定邮件正常:得分 {score},垃圾邮件阈值为 {required}',
    },
  },
  {
    kind: 'spamd.spam',
    daemons: ['spamd'],
    pattern: /^spamd: identified spam \((?<score>-?[\d.]+)\/(?<required>-?[\d.]+)\) for (?<user>\S+) in (?<seconds>[\d.]+) seconds, (?<bytes>\d+) bytes\.$/,
    severity: 'warning',
    summary: {
      en: 'SpamAssassin identified the message as spam: score {score}, threshold {required}',
      'zh-cn': 'SpamAssassin 判定邮件为垃圾邮件:得分 {score},阈值 {required}',
    },
    detail: {
      en: 'spamd only scores and marks the message (X-Spam-Flag, subject tag); whether it is delivered, filed into Junk or dropped is up to the caller (spamc in a pipe transport, a Sieve rule, ...).',
      'zh-cn': 'spamd 只负责打分和标记邮件(X-Spam-Flag、主题标签);是投递、放入垃圾箱还是丢弃,由调用方决定(pipe 传输中的 spamc、Sieve 规则等)。',
    },
  },
  {
    kind: 'spamd.result',
    daemons: ['spamd'],
    pattern: /^spamd: result: (?<flag>[Y.]) (?<score>-?\d+) - (?<tests>\S*) (?<details>.*)$/,
    extract: [/\bmid=<(?<message_id>[^<>]*)>/, /\brequired_score=(?<required>-?[\d.]+)/],
    summary: {
      en: 'SpamAssassin result: score {score} (Y = spam, . = ham: {flag}); rules hit: {tests}',
      'zh-cn': 'SpamAssassin 结果:得分 {score}(Y 为垃圾邮件,. 为正常:{flag});命中规则:{tests}',
    },
  },
  {
    kind: 'spamd.connection',
    daemons: ['spamd'],
    pattern: /^spamd: connection from (?<peer>\S+) \[(?<address>[^\]]+)\]/,
    summary: {
      en: 'spamd accepted a scan request from {peer} [{address}]',
      'zh-cn': 'spamd 接受了来自 {peer} [{address}] 的扫描请求',
    },
  },
  {
    kind: 'spamd.processing',
    daemons: ['spamd'],
    pattern: /^spamd: (?:processing|checking) message (?<message_id>\S+) for (?<user>\S+)$/,
    summary: {
      en: 'spamd is scanning message {message_id} for {user}',
      'zh-cn': 'spamd 正在为 {user} 扫描邮件 {message_id}',
    },
  },
  {
    kind: 'spamd.setuid',
    daemons: ['spamd'],
    pattern: /^spamd: setuid to (?<user>\S+) succeeded$/,
    summary: {
      en: 'spamd switched to user {user} to use that user\'s settings and Bayes data',
      'zh-cn': 'spamd 切换到用户 {user},以使用该用户的设置和 Bayes 数据',
    },
  },
  {
    kind: 'spamd.service',
    daemons: ['spamd'],
    pattern: /^(?:spamd: (?<event>server started on .+|server successfully spawned child process, pid \d+|handled cleanup of child pid .+|server killed by \S+, shutting down|server hit by SIGHUP, restarting.*|restarting)|prefork: (?<prefork>.+))$/,
    summary: {
      en: 'spamd process management (start-up, child processes), unrelated to any message',
      'zh-cn': 'spamd 进程管理消息(启动、子进程),与具体邮件无关',
    },
  },

  // rspamd: spam filter, usually as a milter (rspamd_proxy).
  {
    kind: 'spamd.startup',
    daemons: ['spamd'],
    pattern: /^(?:spamd: (?<event>server pid: \d+|creating (?:INET|UNIX) socket.*|server socket closed.*|got connection over .+|still running as root: .+|child processing timeout.*)|(?<module>logger|zoom|config|plugin|rules|check): (?<text>.+))$/,
    summary: {
      en: 'spamd (SpamAssassin) service message, not about a particular message',
      'zh-cn': 'spamd(SpamAssassin)服务消息,与具体邮件无关',
    },
    detail: {
      en: 'Start-up and child-process housekeeping of spamd. `config:` and `plugin:` lines that say something failed point at a rule file or plugin to fix (`spamassassin --lint` finds them); `child processing timeout` means a message took longer than the child timeout to scan.',
      'zh-cn': 'spamd 的启动与子进程管理消息。`config:`、`plugin:` 行若提示失败,说明有规则文件或插件需要修正(`spamassassin --lint` 可找出);`child processing timeout` 表示某封邮件的扫描超过了子进程超时时间。',
    },
  },
  {
    kind: 'rspamd.result',
    daemons: ['rspamd'],
    pattern: /^(?:(?:#\d+)?\([\w -]*\) )?<(?<tag>[0-9a-f]*)>; (?<module>[\w-]+); rspamd_task_write_log: (?<details>.*)\(default: (?<spam>[TFS]) \((?<action>[^()]+)\): \[(?<score>-?[\d.]+)\/(?<required>-?[\d.]+)\]/,
    extract: [/\bqid: <(?<qid>[^<>]*)>/, /\bip: (?<ip>[^,\s]+)/, /\bfrom: <(?<from>[^<>]*)>/, /\bid: <(?<message_id>[^<>]*)>/],
    summary: {
      en: 'rspamd scored the message {score} (reject at {required}) and chose the action: {action}',
      'zh-cn': 'rspamd 给邮件打分 {score}(拒收阈值 {required}),采取的动作:{action}',
    },
    detail: {
      en: '`no action`: delivered as is; `add header`: marked as spam (X-Spam headers); `rewrite subject`: subject tagged; `greylist`/`soft reject`: the client is told to retry (4xx); `reject`: refused (Postfix logs a milter-reject). `qid` is the Postfix queue ID; the bracketed list shows the symbols that fired.',
      'zh-cn': '`no action`:原样投递;`add header`:标记为垃圾邮件(添加 X-Spam 头);`rewrite subject`:改写主题;`greylist`/`soft reject`:要求客户端重试(4xx);`reject`:拒收(Postfix 会记录 milter-reject)。`qid` 是 Postfix 队列 ID;方括号中是命中的规则符号。',
    },
  },
  {
    kind: 'rspamd.loaded',
    daemons: ['rspamd'],
    pattern: /^(?:(?:#\d+)?\([\w -]*\) )?<(?<tag>[0-9a-f]*)>; (?<module>[\w-]+); rspamd_message_parse: loaded message; id: <(?<message_id>[^>]*)>/,
    extract: [/\bqueue-id: <(?<qid>[^<>]*)>/],
    summary: {
      en: 'rspamd started scanning message {message_id}',
      'zh-cn': 'rspamd 开始扫描邮件 {message_id}',
    },
  },
  {
    kind: 'rspamd.log',
    daemons: ['rspamd'],
    pattern: /^(?:(?:#\d+)?\([\w -]*\) )?<(?<tag>[0-9a-f]*)>; (?<module>[\w-]+); (?<function>[\w.:-]+): (?<text>.*)$/,
    summary: {
      en: 'rspamd ({module}, {function}): {text}',
      'zh-cn': 'rspamd({module},{function}):{text}',
    },
    detail: {
      en: 'rspamd tags each line with a task id in angle brackets, the subsystem (task, proxy, lua, main, ...) and the function that logged it; lines with the same tag belong to the same scan.',
      'zh-cn': 'rspamd 的每行日志带有尖括号中的任务 ID、子系统(task、proxy、lua、main 等)以及记录日志的函数;标签相同的行属于同一次扫描。',
    },
  },

  // clamav-milter: virus scanning as a milter, through clamd.
  {
    kind: 'clamav-milter.infected',
    daemons: ['clamav-milter'],
    pattern: /^Message (?:(?<ref_id>\S+) )?from <(?<from>[^>]*)> to (?<to>.*) infected by (?<virus>\S+)$/,
    extract: [/message-id '<?(?<message_id>[^'>]*)>?'/],
    severity: 'warning',
    summary: {
      en: 'clamav-milter found the virus {virus} in a message from {from}',
      'zh-cn': 'clamav-milter 在来自 {from} 的邮件中发现病毒 {virus}',
    },
    detail: {
      en: 'What happens next follows OnInfected in clamav-milter.conf: Quarantine (hold queue), Reject (the smtpd/cleanup `milter-reject` line follows), Blackhole (silently dropped) or Accept.',
      'zh-cn': '后续处理取决于 clamav-milter.conf 中的 OnInfected:Quarantine(放入 hold 队列)、Reject(随后会有 smtpd/cleanup 的 `milter-reject` 日志)、Blackhole(静默丢弃)或 Accept。',
    },
  },
  {
    kind: 'clamav-milter.clean',
    daemons: ['clamav-milter'],
    pattern: /^Clean message (?:(?<ref_id>\S+) )?from <(?<from>[^>]*)> to (?<to>.+)$/,
    summary: {
      en: 'clamav-milter scanned the message from {from}: no virus found',
      'zh-cn': 'clamav-milter 扫描了来自 {from} 的邮件:未发现病毒',
    },
  },
  {
    kind: 'clamav-milter.started',
    daemons: ['clamav-milter', 'clamd'],
    pattern: /^\+\+\+ (?<event>Started|Stopped) at (?<when>.+)$/,
    summary: {
      en: '{daemon} {event} at {when}',
      'zh-cn': '{daemon} 于 {when} {event}',
    },
  },
  {
    kind: 'clamav-milter.problem',
    daemons: ['clamav-milter'],
    pattern: /^(?<level>ERROR|WARNING): (?<text>.+)$/,
    severity: 'warning',
    summary: {
      en: 'clamav-milter {level}: {text}',
      'zh-cn': 'clamav-milter {level}:{text}',
    },
    detail: {
      en: '`No clamd server appears to be available`: clamd is down or ClamdSocket points elsewhere; messages then get OnFail (default Defer: clients are told to retry).',
      'zh-cn': '`No clamd server appears to be available`:clamd 未运行或 ClamdSocket 指向错误;此时邮件按 OnFail 处理(默认 Defer:要求客户端重试)。',
    },
  },

  // saslauthd: Cyrus SASL's password checking daemon, used by smtpd with smtpd_sasl_type = cyrus.
  {
    kind: 'saslauthd.auth-failure',
    daemons: ['saslauthd'],
    pattern: /^do_auth\s*: auth failure: \[user=(?<user>[^\]]*)\] \[service=(?<service>[^\]]*)\] \[realm=(?<realm>[^\]]*)\](?: \[mech=(?<mech>[^\]]*)\])?(?: \[reason=(?<reason>[^\]]*)\])?/,
    severity: 'warning',
    summary: {
      en: 'saslauthd rejected the password of {user} for the {service} service',
      'zh-cn': 'saslauthd 拒绝了 {user} 登录 {service} 服务的密码',
    },
    detail: {
      en: 'smtpd (with Cyrus SASL) asked saslauthd to check a login and it failed; `mech` is saslauthd\'s backend (pam, shadow, rimap, ldap). Check the realm: with a non-empty realm the user name may need to be `user@realm`.',
      'zh-cn': 'smtpd(使用 Cyrus SASL)请 saslauthd 校验登录,结果失败;`mech` 是 saslauthd 的后端(pam、shadow、rimap、ldap)。注意 realm:realm 非空时用户名可能需要写成 `user@realm`。',
    },
  },
  {
    kind: 'saslauthd.auth-success',
    daemons: ['saslauthd'],
    pattern: /^do_auth\s*: auth success: \[user=(?<user>[^\]]*)\] \[service=(?<service>[^\]]*)\]/,
    summary: {
      en: 'saslauthd accepted the password of {user} for the {service} service',
      'zh-cn': 'saslauthd 接受了 {user} 登录 {service} 服务的密码',
    },
  },
  {
    kind: 'saslauthd.pam-failure',
    daemons: ['saslauthd'],
    pattern: /^pam_unix\((?<pam_service>[\w-]+):auth\): (?<reason>authentication failure|check pass; user unknown)(?<details>.*)$/,
    extract: [/\buser=(?<user>\S+)/],
    severity: 'warning',
    summary: {
      en: 'PAM ({pam_service}) refused a login checked by saslauthd: {reason}',
      'zh-cn': 'PAM({pam_service})拒绝了 saslauthd 校验的一次登录:{reason}',
    },
  },
  {
    kind: 'saslauthd.service',
    daemons: ['saslauthd'],
    pattern: /^(?<function>detach_tty|ipc_init|server_exit|cache_init|cache_alloc_mm|main|mech_init)\s*: (?<text>.+)$/,
    summary: {
      en: 'saslauthd service message ({function}): {text}',
      'zh-cn': 'saslauthd 服务消息({function}):{text}',
    },
    detail: {
      en: '`listening on socket`: the path smtpd must reach (for a chrooted smtpd it has to be inside /var/spool/postfix, e.g. by running saslauthd with -m /var/spool/postfix/var/run/saslauthd).',
      'zh-cn': '`listening on socket`:smtpd 需要访问的套接字路径(若 smtpd 运行在 chroot 中,该路径必须位于 /var/spool/postfix 内,例如用 -m /var/spool/postfix/var/run/saslauthd 启动 saslauthd)。',
    },
  },
];
