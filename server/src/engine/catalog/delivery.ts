import type { CatalogEntry } from './types';

const AGENTS = ['smtp', 'lmtp', 'pipe', 'local', 'virtual', 'error', 'retry', 'discard', 'relay'];
/** qmgr itself logs deferrals and bounces when a transport is unavailable or suspended. */
const AGENTS_AND_QMGR = [...AGENTS, 'qmgr', 'nqmgr'];

/**
 * `to=<a>, orig_to=<b>, relay=local, delay=0.1, ..., ` up to ` status=`, field by field: a `.*` here
 * would backtrack to every `, status=` a crafted address holds and scan the rest of the line from each.
 */
const UP_TO_STATUS = String.raw`^to=<[^>]*>,(?: [a-z_]+=(?:<[^>]*>|[^,\s<][^,\s]*)?,)* status=`;

// Delivery agents: the `to=..., status=...` lines that say what happened to each recipient,
// and what smtp/lmtp log around them. Sources: smtp(8), local(8), virtual(8), pipe(8),
// error(8), discard(8), DSN_README, TLS_README.
export const deliveryEntries: readonly CatalogEntry[] = [
  {
    kind: 'smtp.discard-ehlo',
    daemons: ['smtp', 'lmtp'],
    pattern: /^discarding EHLO keywords: (?<keywords>.+)$/,
    summary: {
      en: '{daemon} ignored these EHLO keywords of the server: {keywords}',
      'zh-cn': '{daemon} 忽略了服务器的以下 EHLO 关键字:{keywords}',
    },
    detail: {
      en: 'Configured by smtp_discard_ehlo_keywords or smtp_discard_ehlo_keyword_address_maps (lmtp_ for LMTP), e.g. to avoid a server\'s broken CHUNKING or PIPELINING. Add `silent-discard` to the list to stop this logging.',
      'zh-cn': '由 smtp_discard_ehlo_keywords 或 smtp_discard_ehlo_keyword_address_maps(LMTP 为 lmtp_ 开头)配置,例如避开服务器有缺陷的 CHUNKING 或 PIPELINING。在列表中加入 `silent-discard` 可不再记录此日志。',
    },
  },
  {
    kind: 'delivery.requeued',
    daemons: ['smtp', 'lmtp'],
    // Only hand-overs to a local content filter (loopback or the usual 10024-10029 ports): a remote
    // Postfix MX also answers `queued as ID`, but that ID names a queue file on another machine.
    pattern: /^to=<[^>]*>,(?: orig_to=<[^>]*>,)? relay=(?:[^,\s[]*\[(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|ipv6:::1)\][^,\s]*|localhost\b[^,\s]*|[^,\s]*:100(?:2[4-9]))(?:, [a-z_]+=[^,\s]*)*, status=sent \(.*\bqueued as (?<queued_as>[0-9A-Za-z]+)\)?\)?$/,
    role: 'delivery',
    outcome: 'sent',
    nextHop: 'filter',
    summary: {
      en: '{daemon} handed the message for {to} to the content filter at {relay}, which queued it again as {queued_as}',
      'zh-cn': '{daemon} 把邮件({to})发送给内容过滤器 {relay}(如 amavis),过滤后以新的队列 ID {queued_as} 重新入队',
    },
    detail: {
      en: 'This is not the final delivery: the next hop of the journey is {queued_as}. `delays=a/b/c/d` here includes the time the filter took to scan the message.',
      'zh-cn': '这不是最终投递:旅程的下一跳是 {queued_as}。这里的 `delays=a/b/c/d` 包含过滤器扫描邮件的时间。',
    },
  },
  {
    kind: 'delivery.sent.pipe',
    daemons: ['pipe'],
    pattern: /^to=<[^>]*>,.*, status=sent\b/,
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: 'pipe delivered the message for {to} by running the {relay} command ({reason})',
      'zh-cn': '把邮件({to})中继给 {relay}(pipe 投递:{reason})',
    },
    detail: {
      en: 'The pipe transport (master.cf) ran an external command, here `{relay}`, such as dovecot-lda, which stores the message in the mailbox.',
      'zh-cn': 'pipe 传输(master.cf 中定义)调用了外部命令 `{relay}`(如 dovecot-lda),由它把邮件存入邮箱。',
    },
  },
  {
    kind: 'delivery.forwarded',
    daemons: ['local'],
    pattern: /^to=<[^>]*>,.*, status=sent \(forwarded as (?<queued_as>[0-9A-Za-z]+)\)$/,
    role: 'delivery',
    outcome: 'sent',
    nextHop: 'forward',
    summary: {
      en: 'local forwarded the message for {to} (alias or .forward) as a new message {queued_as}',
      'zh-cn': 'local 按别名或 .forward 转发了 {to} 的邮件,生成新邮件 {queued_as}',
    },
    detail: {
      en: 'An alias or a .forward file expanded this recipient to other addresses; local re-submitted the message through cleanup under a new queue ID. Follow {queued_as} for the rest of the journey.',
      'zh-cn': '别名或 .forward 文件把该收件人展开为其他地址;local 通过 cleanup 以新的队列 ID 重新提交邮件。跟踪 {queued_as} 查看后续旅程。',
    },
  },
  {
    kind: 'delivery.sent.command',
    daemons: ['local'],
    pattern: new RegExp(String.raw`${UP_TO_STATUS}sent \(delivered to command: (?<command>.+)\)$`),
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: 'local delivered the message for {to} by piping it to the command {command}',
      'zh-cn': 'local 把 {to} 的邮件通过管道交给命令 {command} 处理',
    },
    detail: {
      en: 'An alias (`|command` in /etc/aliases), a .forward file or mailbox_command ran a program such as procmail, maildrop or dovecot-lda. What happens next is up to that program; a non-zero exit would have been logged as deferred or bounced.',
      'zh-cn': '别名(/etc/aliases 中的 `|command`)、.forward 文件或 mailbox_command 调用了 procmail、maildrop 或 dovecot-lda 等程序。后续处理由该程序负责;若程序以非零状态退出,会记为 deferred 或 bounced。',
    },
  },
  {
    kind: 'delivery.sent.file',
    daemons: ['local'],
    pattern: new RegExp(String.raw`${UP_TO_STATUS}sent \(delivered to file: (?<file>.+)\)$`),
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: 'local appended the message for {to} to the file {file}',
      'zh-cn': 'local 把 {to} 的邮件追加写入文件 {file}',
    },
    detail: {
      en: 'An alias or .forward entry names a file (a path starting with /). `/dev/null` means the mail is intentionally thrown away.',
      'zh-cn': '别名或 .forward 条目指定了一个文件(以 / 开头的路径)。`/dev/null` 表示有意丢弃邮件。',
    },
  },
  {
    kind: 'delivery.sent.mailbox',
    daemons: ['local', 'virtual'],
    pattern: /^to=<[^>]*>,.*, status=sent\b/,
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: '{daemon} delivered the message to the mailbox of {to} ({reason})',
      'zh-cn': '{daemon} 把邮件投递到 {to} 的邮箱({reason})',
    },
    detail: {
      en: 'The message is stored in the recipient\'s mailbox (mbox file or Maildir); the journey ends here. `orig_to` shows the address before alias expansion.',
      'zh-cn': '邮件已存入收件人的邮箱(mbox 文件或 Maildir),旅程到此结束。`orig_to` 显示别名展开前的原始地址。',
    },
  },
  {
    kind: 'delivery.discarded',
    daemons: ['discard'],
    pattern: /^to=<[^>]*>,.*, status=sent\b/,
    role: 'delivery',
    outcome: 'discarded',
    summary: {
      en: 'The discard transport threw away the message for {to} ({reason}); it reports success but delivers nothing',
      'zh-cn': 'discard 传输丢弃了 {to} 的邮件({reason});它报告成功,但实际上什么也没投递',
    },
    detail: {
      en: 'The recipient was routed to discard(8) by transport_maps or an access DISCARD action. The sender is told the mail was delivered.',
      'zh-cn': '该收件人经 transport_maps 或访问表的 DISCARD 动作被路由到 discard(8)。发件人会认为邮件已投递。',
    },
  },
  {
    kind: 'delivery.sent.discarded',
    daemons: ['smtp', 'lmtp', 'relay'],
    // amavisd-new: `250 2.7.0 Ok, discarded, id=12345-01 - INFECTED: Eicar-Signature`; other
    // filters and servers say `250 ... discarded` in their own words.
    pattern: new RegExp(String.raw`${UP_TO_STATUS}sent \(250[ -][^()]*\bdiscarded\b`),
    extract: [/, id=(?<amavis_id>[\w-]+)(?: - (?<verdict>[^()]+))?/],
    role: 'delivery',
    outcome: 'discarded',
    severity: 'warning',
    summary: {
      en: '{relay} accepted the message for {to} but discarded it: it was not delivered ({reason})',
      'zh-cn': '{relay} 接收了发给 {to} 的邮件,但随即丢弃,邮件没有投递({reason})',
    },
    detail: {
      en: 'Postfix logs `status=sent` because the receiver answered 250, but the reply says the receiver threw the message away. From a content filter such as amavis this is a verdict (a virus, banned content or spam above the discard level, with its quarantine named in the filter\'s own log line for the same id); the sender is not told.',
      'zh-cn': 'Postfix 记为 `status=sent`,是因为接收方应答了 250,但应答内容表明接收方丢弃了邮件。若来自 amavis 等内容过滤器,这是它的判定结果(病毒、禁止的内容或超过丢弃阈值的垃圾邮件;隔离位置见过滤器自己对同一 id 的日志);发件人不会收到通知。',
    },
  },
  {
    kind: 'delivery.sent',
    daemons: ['smtp', 'lmtp', 'relay'],
    pattern: /^to=<[^>]*>,.*, status=sent\b/,
    // A remote server's own queue ID: not linked (it names a queue on another machine) but shown.
    extract: [/\bqueued as (?<remote_queue_id>[0-9A-Za-z]+)\)?$/],
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: '{daemon} delivered the message for {to} to {relay} in {delay} s',
      'zh-cn': '{daemon} 把邮件({to})发送给 {relay},用时 {delay} 秒',
    },
    detail: {
      en: 'The receiving server accepted the message (its reply is in the parentheses); Postfix\'s responsibility for this recipient ends here. `delays=a/b/c/d`: time before the queue manager, in the queue, setting up the connection, and transmitting.',
      'zh-cn': '对方服务器已接收邮件(括号中是它的应答);对这个收件人,Postfix 的责任到此结束。`delays=a/b/c/d` 依次为进入队列管理器之前、在队列中、建立连接、传输所用的时间。',
    },
  },
  {
    kind: 'delivery.deferred',
    daemons: AGENTS_AND_QMGR,
    pattern: /^to=<[^>]*>,.*, status=(?:deferred|SOFTBOUNCE)\b/,
    role: 'delivery',
    outcome: 'deferred',
    severity: 'warning',
    summary: {
      en: 'Delivery to {to} was deferred and will be retried: {reason}',
      'zh-cn': '投递给 {to} 被推迟,稍后重试:{reason}',
    },
    detail: {
      en: 'A temporary failure: a 4xx reply, `Connection timed out` (port 25 blocked or the server down), `Host or domain name not found` (DNS), `delivery temporarily suspended` (earlier failures to the same destination). The message stays in the deferred queue and qmgr retries it with back-off until maximal_queue_lifetime; `postqueue -p` lists it, `postqueue -i {queue_id}` retries now.',
      'zh-cn': '临时失败:4xx 应答、`Connection timed out`(25 端口被封或对方宕机)、`Host or domain name not found`(DNS 问题)、`delivery temporarily suspended`(此前对同一目的地投递失败)。邮件留在 deferred 队列中,qmgr 按退避策略重试直到 maximal_queue_lifetime;`postqueue -p` 可查看,`postqueue -i {queue_id}` 立即重试。',
    },
  },
  {
    kind: 'delivery.bounced.unknown-user',
    daemons: ['local', 'virtual', 'error'],
    pattern: /^to=<[^>]*>,.*, status=bounced \(unknown user: "(?<user>[^"]*)"\)$/,
    role: 'delivery',
    outcome: 'bounced',
    severity: 'warning',
    summary: {
      en: '{daemon} bounced the message for {to}: there is no such user "{user}"',
      'zh-cn': '{daemon} 退回了发给 {to} 的邮件:用户 "{user}" 不存在',
    },
    detail: {
      en: 'The local delivery agent found no system account or alias for the name. Normally smtpd rejects such recipients up front (local_recipient_maps); seeing this means the mail came in another way (pickup, an alias, or local_recipient_maps is empty).',
      'zh-cn': 'local 投递代理找不到该名称对应的系统账号或别名。通常 smtpd 会在接收时就拒绝此类收件人(local_recipient_maps);出现此日志说明邮件经其他途径进入(pickup、别名,或 local_recipient_maps 为空)。',
    },
  },
  {
    kind: 'delivery.bounced.loop',
    daemons: ['local', 'virtual', 'smtp', 'lmtp'],
    pattern: /^to=<[^>]*>,.*, status=bounced \((?<loop>mail forwarding loop for \S+|mail for \S+ loops back to myself)\)$/,
    role: 'delivery',
    outcome: 'bounced',
    severity: 'warning',
    summary: {
      en: '{daemon} bounced the message for {to} because it loops: {loop}',
      'zh-cn': '{daemon} 退回了发给 {to} 的邮件,因为出现了循环:{loop}',
    },
    detail: {
      en: '`mail forwarding loop`: the message already carries a Delivered-To header for this recipient, so an alias or .forward sends it in a circle. `loops back to myself`: the MX of the domain points at this server but the domain is not in mydestination, virtual_mailbox_domains or relay_domains.',
      'zh-cn': '`mail forwarding loop`:邮件中已有该收件人的 Delivered-To 头,说明别名或 .forward 造成了转发循环。`loops back to myself`:该域的 MX 指向本服务器,但该域不在 mydestination、virtual_mailbox_domains 或 relay_domains 中。',
    },
  },
  {
    kind: 'delivery.bounced',
    daemons: AGENTS_AND_QMGR,
    pattern: /^to=<[^>]*>,.*, status=bounced\b/,
    role: 'delivery',
    outcome: 'bounced',
    severity: 'warning',
    summary: {
      en: 'Delivery to {to} failed permanently (bounced): {reason}',
      'zh-cn': '投递给 {to} 永久失败(退信):{reason}',
    },
    detail: {
      en: 'A permanent failure (5xx reply or a local rule). Postfix gives up on this recipient and sends a non-delivery notice to the sender (see the bounce line).',
      'zh-cn': '永久失败(5xx 应答或本地规则)。Postfix 放弃该收件人,并向发件人发送退信通知(见 bounce 日志)。',
    },
  },
  {
    kind: 'delivery.expired',
    daemons: AGENTS_AND_QMGR,
    pattern: /^to=<[^>]*>,.*, status=expired\b/,
    role: 'delivery',
    outcome: 'expired',
    severity: 'warning',
    summary: {
      en: 'Delivery to {to} expired after too many retries: {reason}',
      'zh-cn': '投递给 {to} 多次重试后过期:{reason}',
    },
    detail: {
      en: 'The message outlived maximal_queue_lifetime while this recipient was still undelivered; the sender gets a non-delivery notice.',
      'zh-cn': '邮件超过了 maximal_queue_lifetime 而该收件人仍未投递成功;发件人会收到退信通知。',
    },
  },
  {
    kind: 'delivery.verify',
    daemons: AGENTS,
    pattern: /^to=<[^>]*>,.*, status=(?:deliverable|undeliverable)\b/,
    role: 'delivery',
    summary: {
      en: 'Address verification probe for {to}: {status} ({reason})',
      'zh-cn': '地址验证探测 {to}:{status}({reason})',
    },
    detail: {
      en: 'A probe made by the verify service (reject_unverified_recipient/sender); no real mail was delivered.',
      'zh-cn': '这是 verify 服务(reject_unverified_recipient/sender)发出的探测,并未投递真实邮件。',
    },
  },
  {
    kind: 'smtp.tls.setup',
    daemons: ['smtp', 'lmtp'],
    pattern: /^setting up TLS connection to (?<relay>\S+)$/,
    role: 'prelude',
    summary: {
      en: 'Starting a TLS handshake with {relay}',
      'zh-cn': '邮件服务器和 {relay} 发起建立 TLS 连接的请求',
    },
  },
  {
    kind: 'smtp.tls.established',
    daemons: ['smtp', 'lmtp'],
    pattern: /^(?<trust>Anonymous|Untrusted|Trusted|Verified) TLS connection established to (?<relay>\S+?): (?<tls_protocol>\S+) with cipher (?<tls_cipher>\S+)(?: \((?<tls_bits>[^)]*)\))?/,
    role: 'prelude',
    summary: {
      en: '{trust} TLS connection established to {relay}: {tls_protocol} with cipher {tls_cipher}',
      'zh-cn': '邮件服务器和 {relay} 的 TLS 连接建立成功({trust}):{tls_protocol},加密套件 {tls_cipher}',
    },
    detail: {
      en: '`Trusted`: the certificate chain verified against trusted CAs (the name was not checked); `Verified`: chain and name both match; `Untrusted`: encrypted but unverified; `Anonymous`: no certificate.',
      'zh-cn': '`Trusted`:证书链由受信任 CA 验证(未校验主机名);`Verified`:证书链和主机名都匹配;`Untrusted`:已加密但未验证;`Anonymous`:没有证书。',
    },
  },
  {
    kind: 'smtp.tls.cert-failed',
    daemons: ['smtp', 'lmtp'],
    pattern: /^(?:server )?certificate verification failed for (?<relay>\S+?): (?<reason>.+)$/,
    role: 'prelude',
    severity: 'warning',
    summary: {
      en: 'The certificate of {relay} could not be verified: {reason}',
      'zh-cn': '无法验证 {relay} 的证书:{reason}',
    },
    detail: {
      en: 'With the default opportunistic TLS (smtp_tls_security_level = may) the message is still sent, encrypted but Untrusted. With `verify`/`secure` (or a DANE/MTA-STS policy) delivery is deferred. `untrusted issuer`/`unable to get local issuer certificate`: the CA is not in smtp_tls_CAfile/CApath; `certificate has expired`: the remote side must renew it.',
      'zh-cn': '默认的机会式 TLS(smtp_tls_security_level = may)下邮件仍会发送,只是加密但不受信任(Untrusted)。若为 `verify`/`secure`(或 DANE/MTA-STS 策略)则会推迟投递。`untrusted issuer`/`unable to get local issuer certificate`:CA 不在 smtp_tls_CAfile/CApath 中;`certificate has expired`:对方需要更新证书。',
    },
  },
  {
    kind: 'smtp.tls.connect-error',
    daemons: ['smtp', 'lmtp'],
    pattern: /^SSL_connect error to (?<relay>\S+?): (?<reason>.+)$/,
    role: 'prelude',
    severity: 'warning',
    summary: {
      en: 'The TLS handshake with {relay} failed: {reason}',
      'zh-cn': '与 {relay} 的 TLS 握手失败:{reason}',
    },
    detail: {
      en: 'The remote server closed the connection or refused the handshake. Postfix retries without TLS only if the policy allows it (smtp_tls_security_level = may); otherwise the delivery is deferred. The `TLS library problem` line nearby gives the OpenSSL reason.',
      'zh-cn': '对方服务器关闭了连接或拒绝握手。只有策略允许时(smtp_tls_security_level = may)Postfix 才会不用 TLS 重试;否则推迟投递。附近的 `TLS library problem` 日志给出 OpenSSL 的原因。',
    },
  },
  {
    kind: 'smtp.connect.failed',
    daemons: ['smtp', 'lmtp'],
    pattern: /^connect to (?<relay>\S+?): (?<reason>.+)$/,
    role: 'prelude',
    summary: {
      en: 'Could not connect to {relay}: {reason}',
      'zh-cn': '无法连接到 {relay}:{reason}',
    },
    detail: {
      en: 'Postfix tries the next MX host or address; if none works the delivery is deferred. `Connection timed out`: outbound port 25 is often blocked by the provider or a firewall, or the host is down; `Connection refused`: nothing listens on that port; `Network is unreachable` on IPv6 addresses: set inet_protocols = ipv4 if this host has no IPv6 route.',
      'zh-cn': 'Postfix 会尝试下一个 MX 主机或地址;都失败则推迟投递。`Connection timed out`:出站 25 端口常被运营商或防火墙封锁,或对方宕机;`Connection refused`:该端口无服务监听;IPv6 地址出现 `Network is unreachable`:若本机没有 IPv6 路由,可设置 inet_protocols = ipv4。',
    },
  },
  {
    kind: 'smtp.conversation.timeout',
    daemons: ['smtp', 'lmtp'],
    pattern: /^conversation with (?<relay>\S+) timed out while (?<stage>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The server {relay} stopped answering while {stage}',
      'zh-cn': '服务器 {relay} 在{stage}时停止响应(会话超时)',
    },
    detail: {
      en: 'Postfix gave up waiting (`smtp_*_timeout`, e.g. smtp_helo_timeout, smtp_data_done_timeout) and will defer or try another MX. Timeouts after the body (`sending end of data`) can mean the message is delivered twice later. Firewalls that break large packets (MTU) are a common cause.',
      'zh-cn': 'Postfix 等待超时(`smtp_*_timeout`,如 smtp_helo_timeout、smtp_data_done_timeout),将推迟投递或尝试其他 MX。在发送正文之后超时(`sending end of data`)可能导致邮件日后重复投递。破坏大数据包的防火墙(MTU 问题)是常见原因。',
    },
  },
  {
    kind: 'smtp.lost',
    daemons: ['smtp', 'lmtp'],
    pattern: /^(?:(?<queue_ref>[0-9A-Za-z]+): )?lost connection with (?<relay>\S+) while (?<stage>.+)$/,
    summary: {
      en: 'The connection to {relay} broke while {stage}',
      'zh-cn': '与 {relay} 的连接在 {stage} 时中断',
    },
    detail: {
      en: 'The remote server closed the connection unexpectedly; Postfix defers the delivery and retries. `while sending end of data -- message may be sent more than once`: the data was sent but the reply never came.',
      'zh-cn': '对方服务器意外关闭了连接;Postfix 推迟投递并重试。`while sending end of data -- message may be sent more than once`:数据已发出但没有收到应答,可能重复投递。',
    },
  },
  {
    kind: 'smtp.host.said',
    daemons: ['smtp', 'lmtp'],
    pattern: /^host (?<relay>\S+) (?:said|refused to talk to me): (?<reason>.+)$/,
    summary: {
      en: 'The server {relay} answered with an error: {reason}',
      'zh-cn': '服务器 {relay} 返回了错误:{reason}',
    },
    detail: {
      en: 'The remote reply is quoted verbatim; `(in reply to ... command)` tells at which step. A 4xx reply here is followed by a retry, a 5xx by a bounce (see the delivery line).',
      'zh-cn': '这里原样引用了对方的应答;`(in reply to ... command)` 指出是哪一步。4xx 应答之后会重试,5xx 之后会退信(见投递日志)。',
    },
  },
  {
    kind: 'smtp.pix-workarounds',
    daemons: ['smtp'],
    pattern: /^enabling PIX workarounds: (?<workarounds>[a-z_ ]+) for (?<relay>\S+)$/,
    summary: {
      en: 'The server {relay} looks like it sits behind a Cisco PIX/ASA SMTP fixup, so smtp enabled workarounds: {workarounds}',
      'zh-cn': '服务器 {relay} 看起来位于 Cisco PIX/ASA 的 SMTP fixup 之后,smtp 启用了兼容措施:{workarounds}',
    },
    detail: {
      en: 'The greeting was masked with asterisks (`220 ****`), the signature of the PIX "fixup smtp" feature. Postfix disables ESMTP and delays the final dot (smtp_pix_workarounds) to avoid the firewall\'s bugs; nothing to fix on your side.',
      'zh-cn': '对方的问候语被星号遮盖(`220 ****`),这是 PIX "fixup smtp" 功能的特征。Postfix 会禁用 ESMTP 并延迟发送结尾的点(smtp_pix_workarounds)以规避该防火墙的缺陷;本机无需处理。',
    },
  },
  {
    kind: 'smtp.no-mx-address',
    daemons: ['smtp', 'lmtp'],
    pattern: /^warning: no MX host for (?<domain>\S+) has a valid address record$/,
    role: 'prelude',
    severity: 'warning',
    summary: {
      en: 'None of the MX hosts of {domain} has a usable address record',
      'zh-cn': '{domain} 的所有 MX 主机都没有可用的地址记录',
    },
    detail: {
      en: 'The MX records name hosts that do not resolve (or resolve only to addresses Postfix will not use). The remote domain\'s DNS is broken; the delivery is deferred.',
      'zh-cn': 'MX 记录指向的主机无法解析(或只解析到 Postfix 不会使用的地址)。对方域名的 DNS 配置有误;投递被推迟。',
    },
  },
  {
    kind: 'smtp.mx-bad-record',
    daemons: ['smtp', 'lmtp'],
    pattern: /^warning: (?<problem>numeric|malformed) domain name in resource data of MX record for (?<domain>\S+?)(?:: (?<value>\S+))?$/,
    role: 'prelude',
    severity: 'warning',
    summary: {
      en: 'The MX record of {domain} is broken ({problem} host name)',
      'zh-cn': '{domain} 的 MX 记录有误({problem} 主机名)',
    },
    detail: {
      en: 'An MX record must name a host, not an IP address; Postfix ignores the bad record. The remote domain must fix its DNS.',
      'zh-cn': 'MX 记录必须指向主机名而不是 IP 地址;Postfix 会忽略这条错误记录。需要对方修正其 DNS。',
    },
  },
  {
    kind: 'smtp.own-hostname',
    daemons: ['smtp', 'lmtp'],
    pattern: /^warning: host (?<relay>\S+) (?:greeted me with my own hostname|replied to HELO\/EHLO with my own hostname) (?<hostname>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'The server {relay} answered with this machine\'s own hostname {hostname}: a mail loop',
      'zh-cn': '服务器 {relay} 用本机自己的主机名 {hostname} 作答:出现了邮件循环',
    },
    detail: {
      en: 'Postfix is talking to itself (the MX or relayhost points back here) and bounces with `loops back to myself`. Check the MX records, relayhost, transport_maps and mydestination.',
      'zh-cn': 'Postfix 在和自己通信(MX 或 relayhost 指回了本机),将以 `loops back to myself` 退信。请检查 MX 记录、relayhost、transport_maps 和 mydestination。',
    },
  },
  {
    kind: 'smtp.sasl.failed',
    daemons: ['smtp', 'lmtp'],
    pattern: /^SASL authentication failed; (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'Logging in to the relay server failed: {reason}',
      'zh-cn': '登录中继服务器失败:{reason}',
    },
    detail: {
      en: 'The SMTP client authenticates with the credentials from smtp_sasl_password_maps (the entry must match the relayhost exactly, including [brackets] and port). `535` means wrong user or password; Gmail and others need an app password.',
      'zh-cn': 'SMTP 客户端使用 smtp_sasl_password_maps 中的凭据认证(条目必须与 relayhost 完全一致,包括方括号和端口)。`535` 表示用户名或密码错误;Gmail 等需要使用应用专用密码。',
    },
  },
  {
    kind: 'smtp.sasl.problem',
    daemons: ['smtp', 'lmtp'],
    pattern: /^warning: SASL authentication failure: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The SMTP client could not authenticate to the relay: {reason}',
      'zh-cn': 'SMTP 客户端无法向中继服务器认证:{reason}',
    },
    detail: {
      en: '`No worthy mechs found`: the Cyrus SASL plugins for the offered mechanisms are not installed (e.g. libsasl2-modules) or smtp_sasl_security_options forbids them (noplaintext without TLS).',
      'zh-cn': '`No worthy mechs found`:没有安装对方提供的认证机制对应的 Cyrus SASL 插件(如 libsasl2-modules),或 smtp_sasl_security_options 禁止了它们(如未启用 TLS 时的 noplaintext)。',
    },
  },
  {
    kind: 'delivery.maildir-problem',
    daemons: ['local', 'virtual'],
    pattern: /^warning: maildir access problem for UID\/GID=(?<uid>\d+)\/(?<gid>\d+): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: '{daemon} could not write the Maildir as UID/GID {uid}/{gid}: {reason}',
      'zh-cn': '{daemon} 无法以 UID/GID {uid}/{gid} 写入 Maildir:{reason}',
    },
    detail: {
      en: 'The mailbox directory is owned by another user or missing a parent directory. Check virtual_uid_maps/virtual_gid_maps (or the local user) against the owner of the directory; the delivery is deferred meanwhile.',
      'zh-cn': '邮箱目录属于其他用户,或缺少上级目录。请核对 virtual_uid_maps/virtual_gid_maps(或本地用户)与目录属主;在此期间投递被推迟。',
    },
  },
  {
    kind: 'local.alias-missing',
    daemons: ['local'],
    pattern: /^warning: required alias not found: (?<alias>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'The required alias {alias} is missing from the aliases file',
      'zh-cn': '别名文件中缺少必需的别名 {alias}',
    },
    detail: {
      en: 'RFC 5321 requires a postmaster mailbox. Add `{alias}: root` (or a real person) to /etc/aliases and run `newaliases`.',
      'zh-cn': 'RFC 5321 要求存在 postmaster 邮箱。在 /etc/aliases 中加入 `{alias}: root`(或指向真实用户),然后运行 `newaliases`。',
    },
  },
];
