import type { CatalogEntry } from './types';

// Programs an administrator runs beside Postfix and that log into the same file.
export const companionEntries: readonly CatalogEntry[] = [
  {
    kind: 'opendkim.signed',
    daemons: ['opendkim'],
    pattern: /^DKIM-Signature field added \(s=(?<selector>[^,]*), d=(?<domain>[^)]*)\)/,
    summary: {
      en: 'opendkim signed the message: it added a DKIM-Signature (selector {selector}, domain {domain})',
      'zh-cn': 'opendkim 为邮件添加了 DKIM 签名(选择器 {selector},域名 {domain}),收件方据此检查 DKIM 签名是否通过',
    },
    detail: {
      en: 'The sender is internal or authenticated and the SigningTable matched, so the message leaves signed; receivers check it against the public key published in DNS at {selector}._domainkey.{domain}.',
      'zh-cn': '发件人是内部或已认证用户且 SigningTable 匹配,邮件带签名发出;收件方用 DNS 记录 {selector}._domainkey.{domain} 中的公钥验证。',
    },
  },
  {
    kind: 'opendkim.not-internal',
    daemons: ['opendkim'],
    pattern: /^(?<client_name>\S+) \[(?<client_address>[^\]]+)\] not internal$/,
    summary: {
      en: 'opendkim: the client {client_name} [{client_address}] is not in InternalHosts, so the message is verified rather than signed',
      'zh-cn': 'opendkim:客户端 {client_name} [{client_address}] 不在 InternalHosts 中,因此对邮件做验证而不是签名',
    },
  },
  {
    kind: 'opendkim.not-authenticated',
    daemons: ['opendkim'],
    pattern: /^not authenticated$/,
    summary: {
      en: 'opendkim: the sender did not authenticate (no SASL login), so opendkim will not sign the message',
      'zh-cn': 'opendkim:发件人未经 SASL 认证,因此 opendkim 不会为邮件签名',
    },
  },
  {
    kind: 'opendkim.verified',
    daemons: ['opendkim'],
    pattern: /^DKIM verification successful$/,
    summary: {
      en: 'opendkim verified the DKIM signature of the sending domain: it is valid',
      'zh-cn': 'opendkim 检查发件方 smtp 服务器的 DKIM 签名成功',
    },
  },
  {
    kind: 'opendkim.no-signing-table-match',
    daemons: ['opendkim'],
    pattern: /^no signing table match for '(?<from>[^']*)'$/,
    summary: {
      en: 'opendkim found no SigningTable entry for {from}, so it does not sign the message (normal for mail from other domains)',
      'zh-cn': 'opendkim 的 SigningTable 中没有 {from} 的条目,因此不签名(正常,因为没有把该地址添加到 /etc/opendkim/SigningTable)',
    },
  },
  {
    kind: 'opendkim.bad-signature',
    daemons: ['opendkim'],
    pattern: /^(?:bad signature data|signature verification failed|DKIM verification failed)/,
    severity: 'warning',
    summary: {
      en: 'opendkim could not verify the message\'s DKIM signature',
      'zh-cn': 'opendkim 无法验证邮件的 DKIM 签名',
    },
  },
  {
    kind: 'opendkim.no-signature',
    daemons: ['opendkim'],
    pattern: /^no signature data$/,
    summary: {
      en: 'opendkim found no DKIM signature on the message',
      'zh-cn': 'opendkim 在邮件中没有找到 DKIM 签名',
    },
    detail: {
      en: 'Logged when opendkim is configured to act on unsigned mail (On-NoSignature); most mail from small sites is unsigned, and DMARC decides what that means for the sender\'s domain.',
      'zh-cn': '当 opendkim 配置了针对未签名邮件的处理(On-NoSignature)时记录;许多小站点的邮件都没有签名,其影响由发件域的 DMARC 策略决定。',
    },
  },
  {
    kind: 'opendkim.key-retrieval-failed',
    daemons: ['opendkim'],
    pattern: /^key retrieval failed(?: \(s=(?<selector>[^,]*), d=(?<domain>[^)]*)\))?(?:: (?<reason>.+))?$/,
    severity: 'warning',
    summary: {
      en: 'opendkim could not fetch the public DKIM key from DNS to verify the signature',
      'zh-cn': 'opendkim 无法从 DNS 获取用于验证签名的 DKIM 公钥',
    },
    detail: {
      en: 'The TXT record selector._domainkey.domain is missing, malformed or the DNS lookup failed. If the domain is yours, publish the key from your opendkim key directory (`opendkim-testkey -d domain -s selector -vvv` checks it).',
      'zh-cn': 'TXT 记录 selector._domainkey.domain 缺失、格式错误或 DNS 查询失败。如果是你自己的域名,请发布 opendkim 密钥目录中的公钥(可用 `opendkim-testkey -d 域名 -s 选择器 -vvv` 检查)。',
    },
  },
  {
    kind: 'opendkim.ssl-error',
    daemons: ['opendkim'],
    pattern: /^(?:[0-9A-Za-z]+ )?(?:s=(?<selector>\S+) d=(?<domain>\S+)(?: a=\S+)? )?SSL(?: (?<reason>.*))?$/,
    severity: 'warning',
    summary: {
      en: 'opendkim\'s crypto library reported an error while checking a signature',
      'zh-cn': 'opendkim 的加密库在检查签名时报告了错误',
    },
    detail: {
      en: 'OpenSSL could not verify the signature with the published key (e.g. `bad signature`, a key too short, or an unsupported algorithm). Usually the sender\'s key or signature is broken; it comes with a failed verification.',
      'zh-cn': 'OpenSSL 无法用发布的公钥验证签名(如 `bad signature`、密钥过短或算法不受支持)。通常是发件方的密钥或签名有问题,并伴随验证失败。',
    },
  },
  {
    kind: 'opendkim.syntax-error',
    daemons: ['opendkim'],
    pattern: /^syntax error: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The message\'s DKIM-Signature header is malformed: {reason}',
      'zh-cn': '邮件的 DKIM-Signature 头格式错误:{reason}',
    },
  },
  {
    kind: 'opendkim.internal-error',
    daemons: ['opendkim'],
    pattern: /^(?:(?<where>[\w()]+): )?(?:internal error from libopendkim|resource unavailable): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'opendkim failed internally: {reason}',
      'zh-cn': 'opendkim 内部出错:{reason}',
    },
    detail: {
      en: 'The milter could not process the message (memory, a temp file, a DNS library problem); what Postfix does then follows opendkim\'s On-InternalError setting and milter_default_action.',
      'zh-cn': 'milter 无法处理该邮件(内存、临时文件或 DNS 库问题);之后 Postfix 的处理取决于 opendkim 的 On-InternalError 设置和 milter_default_action。',
    },
  },
  {
    kind: 'opendkim.external-sender',
    daemons: ['opendkim'],
    pattern: /^external host (?<host>\S+) attempted to send as (?<domain>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'opendkim: the external host {host} sent mail claiming to be from {domain}, a domain this server signs for',
      'zh-cn': 'opendkim:外部主机 {host} 以本机签名的域名 {domain} 发信',
    },
    detail: {
      en: 'Either forged mail, or a legitimate host of yours that is missing from InternalHosts (then its mail goes out unsigned).',
      'zh-cn': '要么是伪造的邮件,要么是你自己的合法主机未加入 InternalHosts(这样它的邮件会在未签名的情况下发出)。',
    },
  },
  {
    kind: 'opendkim.no-sender',
    daemons: ['opendkim'],
    pattern: /^can't determine message sender; accepting$/,
    summary: {
      en: 'opendkim could not find a usable From header, so it accepted the message without signing or checking it',
      'zh-cn': 'opendkim 找不到可用的 From 头,因此不签名也不检查,直接接受了邮件',
    },
  },
  {
    kind: 'opendkim.key-insecure',
    daemons: ['opendkim'],
    pattern: /^(?:\S+: )?key data is not secure: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'opendkim warns that a private key file is readable by others: {reason}',
      'zh-cn': 'opendkim 警告私钥文件可被他人读取:{reason}',
    },
    detail: {
      en: 'Make the key file owned by the opendkim user with mode 0600 (and its directory not writable by others), or set RequireSafeKeys false if you accept the risk.',
      'zh-cn': '把密钥文件的属主设为 opendkim 用户、权限设为 0600(其所在目录不能被他人写入);若接受风险,也可设置 RequireSafeKeys false。',
    },
  },
  {
    kind: 'opendkim.key-load-failed',
    daemons: ['opendkim'],
    pattern: /^error loading key '(?<key>[^']*)'$/,
    severity: 'error',
    summary: {
      en: 'opendkim could not load the signing key {key}; the message goes out unsigned',
      'zh-cn': 'opendkim 无法加载签名密钥 {key};邮件将不带签名发出',
    },
    detail: {
      en: 'The KeyTable points at a file that is missing, unreadable by the opendkim user, or not a valid private key.',
      'zh-cn': 'KeyTable 指向的文件不存在、opendkim 用户无法读取,或不是有效的私钥。',
    },
  },
  {
    kind: 'opendkim.start',
    daemons: ['opendkim'],
    pattern: /^OpenDKIM Filter v(?<version>\S+) starting(?: \((?<args>[^)]*)\))?$/,
    summary: {
      en: 'The opendkim milter {version} started',
      'zh-cn': 'opendkim milter {version} 已启动',
    },
  },
  {
    kind: 'opendkim.stop',
    daemons: ['opendkim'],
    pattern: /^OpenDKIM Filter v(?<version>\S+) terminating with status (?<status>-?\d+), errno = (?<errno>\d+)$/,
    summary: {
      en: 'The opendkim milter {version} stopped (status {status})',
      'zh-cn': 'opendkim milter {version} 已停止(状态 {status})',
    },
    detail: {
      en: 'While it is down Postfix applies milter_default_action to new mail (tempfail by default: clients are told to retry).',
      'zh-cn': '在它停止期间,Postfix 对新邮件执行 milter_default_action(默认 tempfail:要求客户端稍后重试)。',
    },
  },
  {
    kind: 'opendkim.config-reloaded',
    daemons: ['opendkim'],
    pattern: /^configuration reloaded from (?<file>\S+)$/,
    summary: {
      en: 'opendkim reloaded its configuration from {file}',
      'zh-cn': 'opendkim 从 {file} 重新加载了配置',
    },
  },
  {
    kind: 'postgrey.pass',
    daemons: ['postgrey'],
    pattern: /^action=pass, reason=(?<reason>[^,]*)/,
    extract: [/client_address=(?<client_address>[^,\s]+)/, /sender=(?<sender>[^,\s]*)/, /recipient=(?<recipient>[^,\s]+)/],
    role: 'policy',
    summary: {
      en: 'postgrey let the message through greylisting ({reason}): {sender} -> {recipient}',
      'zh-cn': 'postgrey 灰名单校验通过(原因:{reason}):{sender} -> {recipient}',
    },
    detail: {
      en: '`client whitelist`: the client is on postgrey\'s whitelist; `triplet found`: it retried after the delay as real servers do.',
      'zh-cn': '`client whitelist`:客户端在白名单中;`triplet found`:客户端在延迟后重试(正常服务器都会这样做)。',
    },
  },
  {
    kind: 'postgrey.greylist',
    daemons: ['postgrey'],
    pattern: /^action=greylist, reason=(?<reason>[^,]*)/,
    extract: [/client_address=(?<client_address>[^,\s]+)/, /sender=(?<sender>[^,\s]*)/, /recipient=(?<recipient>[^,\s]+)/],
    role: 'policy',
    summary: {
      en: 'postgrey greylisted {sender} -> {recipient}: the client is told to retry later ({reason})',
      'zh-cn': 'postgrey 对 {sender} -> {recipient} 进行灰名单处理:要求客户端稍后重试({reason})',
    },
  },
  {
    kind: 'postgrey.cleaning',
    daemons: ['postgrey'],
    pattern: /^cleaning up old (?<what>logs|entries)\.\.\.$/,
    summary: {
      en: 'postgrey maintenance: cleaning up old {what} (unrelated to any message)',
      'zh-cn': 'postgrey 定期维护:清理旧的 {what}(与具体邮件无关)',
    },
  },
  {
    kind: 'postgrey.cleaned',
    daemons: ['postgrey'],
    pattern: /^cleaning (?<database>\w+) database finished\. before: (?<before>\d+), after: (?<after>\d+)$/,
    summary: {
      en: 'postgrey maintenance: the {database} database went from {before} to {after} entries',
      'zh-cn': 'postgrey 定期维护:{database} 数据库清理完成,条目数从 {before} 变为 {after}',
    },
  },
  {
    kind: 'postgrey.service',
    daemons: ['postgrey'],
    pattern: /^(?:\d{4}\/\d\d\/\d\d-\d\d:\d\d:\d\d )?(?:postgrey \(type Net::Server::[\w:]+\) starting! pid\((?<pid>\d+)\)|Process Backgrounded|Binding to .+|Setting [gu]id to .+|Resolved \[.+|Server closing!|Setting up serialization via [\w:]+)$/,
    summary: {
      en: 'postgrey service message (start-up or shutdown), unrelated to any message',
      'zh-cn': 'postgrey 服务消息(启动或关闭),与具体邮件无关',
    },
    detail: {
      en: 'postgrey runs as a Net::Server daemon listening on a socket or port (often 10023) that Postfix queries through check_policy_service.',
      'zh-cn': 'postgrey 以 Net::Server 守护进程运行,监听某个套接字或端口(常为 10023),Postfix 通过 check_policy_service 查询它。',
    },
  },
  {
    kind: 'procmail.error',
    daemons: ['procmail'],
    // procmail writes to syslog only when something went wrong: a failed write, a lock, a bad rcfile.
    pattern: /^(?<text>.+)$/,
    severity: 'warning',
    summary: {
      en: 'procmail reported a problem delivering to a mailbox: {text}',
      'zh-cn': 'procmail 在投递到邮箱时报告了问题:{text}',
    },
    detail: {
      en: '`Error while writing to` or `Quota exceeded` means the mailbox file or disk is full or unwritable; `Lock failure` a stale lock file; `Suspicious rcfile` a .procmailrc writable by others, which procmail then ignores. Postfix\'s local delivery line for the same message tells whether it was deferred or bounced.',
      'zh-cn': '`Error while writing to` 或 `Quota exceeded` 表示邮箱文件或磁盘已满或不可写;`Lock failure` 表示存在陈旧的锁文件;`Suspicious rcfile` 表示 .procmailrc 可被他人写入,procmail 会忽略它。同一邮件的 Postfix local 投递日志会说明它是被推迟还是被退回。',
    },
  },
  {
    kind: 'mailscanner.requeue',
    daemons: ['MailScanner'],
    // MailScanner takes mail from Postfix's hold queue and writes it back to the incoming queue
    // under a new queue ID: `Requeue: <old ID>.<suffix> to <new ID>`.
    pattern: /^Requeue: (?<mailscanner_id>(?<orig_queue_id>[0-9A-Za-z]+)\.[0-9A-Za-z]+) to (?<queued_as>[0-9A-Za-z]+)$/,
    role: 'filter',
    summary: {
      en: 'MailScanner checked message {orig_queue_id} and handed it back to Postfix as {queued_as}',
      'zh-cn': 'MailScanner 检查了邮件 {orig_queue_id},并以 {queued_as} 交回 Postfix',
    },
    detail: {
      en: 'With MailScanner, Postfix puts incoming mail on hold (header_checks HOLD); MailScanner scans it and re-queues it under a new queue ID. The journey continues as {queued_as}.',
      'zh-cn': '使用 MailScanner 时,Postfix 先把收到的邮件放入 hold 队列(header_checks HOLD);MailScanner 扫描后以新的队列 ID 重新入队。旅程在 {queued_as} 继续。',
    },
  },
  {
    kind: 'mailscanner.spam-verdict',
    daemons: ['MailScanner'],
    pattern: /^Message (?<mailscanner_id>(?<orig_queue_id>[0-9A-Za-z]+)\.[0-9A-Za-z]+) from (?<client_address>\S+) \((?<from>[^()]*)\) (?:to (?<to>\S+) )?is (?<verdict>not spam|spam|too big for spam checks)\b/,
    summary: {
      en: 'MailScanner: message {orig_queue_id} from {from} is {verdict}',
      'zh-cn': 'MailScanner:来自 {from} 的邮件 {orig_queue_id} 判定为 {verdict}',
    },
  },
  {
    kind: 'mailscanner.batch',
    daemons: ['MailScanner'],
    pattern: /^(?<event>New Batch: .+|(?:Virus and Content|Virus|Spam) (?:Scanning|Checks): .+|Uninfected: Delivered \d+ messages?|Deleted \d+ messages? from processing-database|MailScanner E-Mail Virus Scanner version .+ starting\.{0,3}|Using SpamAssassin results cache|Connected to processing-database|Using locktype = \w+|Read \d+ hostnames from the phishing .+)$/,
    summary: {
      en: 'MailScanner processing step: {event}',
      'zh-cn': 'MailScanner 处理步骤:{event}',
    },
  },
];
