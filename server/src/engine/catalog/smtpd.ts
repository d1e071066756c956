import type { CatalogEntry } from './types';

// smtpd: the SMTP server that receives mail from clients (also as smtps/submission).
// Sources: smtpd(8), SMTPD_ACCESS_README, SASL_README, TLS_README, postconf(5).
export const smtpdEntries: readonly CatalogEntry[] = [
  {
    kind: 'smtpd.connect',
    daemons: ['smtpd'],
    pattern: /^connect from (?<client>\S+)/,
    role: 'session-start',
    summary: {
      en: 'A client connected: {client}',
      'zh-cn': '收到客户端 {client} 的连接请求',
    },
    detail: {
      en: 'smtpd accepted a new SMTP connection. `unknown` means the IP address has no matching reverse DNS name. The lines of this smtpd process up to its `disconnect` belong to this session.',
      'zh-cn': 'smtpd 接受了一个新的 SMTP 连接。`unknown` 表示该 IP 没有可用的反向解析主机名。该 smtpd 进程直到 `disconnect` 为止的日志都属于这次会话。',
    },
  },
  {
    kind: 'smtpd.disconnect',
    daemons: ['smtpd'],
    pattern: /^disconnect from (?<client>\S+)(?: (?<commands>.+))?$/,
    role: 'session-end',
    summary: {
      en: 'The client {client} disconnected',
      'zh-cn': '客户端 {client} 断开连接',
    },
    detail: {
      en: 'The SMTP session is over. Since Postfix 3.0 the line counts the commands the client sent (`ehlo=1 mail=1 rcpt=1 data=1 quit=1`; `rcpt=0/1` means 0 of 1 accepted, `auth=0/1` a failed login). A session without `mail=` only probed the server.',
      'zh-cn': 'SMTP 会话结束。Postfix 3.0 起会统计客户端发出的命令(如 `rcpt=0/1` 表示 1 个中 0 个被接受,`auth=0/1` 表示登录失败)。没有 `mail=` 的会话只是探测了服务器。',
    },
  },
  {
    kind: 'smtpd.client.sasl',
    daemons: ['smtpd'],
    pattern: /^client=(?<client>[^,\s]+), sasl_method=(?<sasl_method>[^,\s]+), sasl_username=(?<sasl_username>[^,\s]+)/,
    role: 'birth',
    summary: {
      en: 'User {sasl_username} logged in with SASL ({sasl_method}) from {client} and submitted a message, queued as {queue_id}',
      'zh-cn': '用户 {sasl_username} 通过 SASL 认证({sasl_method})登录成功,从 {client} 提交了邮件,队列 ID 为 {queue_id}',
    },
    detail: {
      en: 'The message was born here: smtpd created queue file {queue_id} for an authenticated client. Authenticated senders are usually allowed to relay and their mail is signed by DKIM milters.',
      'zh-cn': '邮件在此产生:smtpd 为已认证的客户端创建了队列文件 {queue_id}。已认证的发件人通常允许中继,其邮件会被 DKIM milter 签名。',
    },
  },
  {
    kind: 'smtpd.client',
    daemons: ['smtpd'],
    pattern: /^client=(?<client>[^,\s]+)/,
    extract: [/orig_queue_id=(?<orig_queue_id>[0-9A-Za-z]+)/, /orig_client=(?<orig_client>[^,\s]+)/],
    role: 'birth',
    summary: {
      en: 'smtpd accepted a message from {client} and created queue file {queue_id}',
      'zh-cn': 'smtpd 接收了来自 {client} 的邮件,创建了队列文件 {queue_id}',
    },
    detail: {
      en: 'The message was born here. A client at 127.0.0.1 is usually a content filter (amavis) handing back a checked message: follow its message-id to the hop before.',
      'zh-cn': '邮件在此产生。来自 127.0.0.1 的客户端通常是内容过滤器(如 amavis)把检查后的邮件重新投递回来,可按 message-id 找到上一跳。',
    },
  },
  {
    kind: 'smtpd.reject',
    daemons: ['smtpd', 'postscreen'],
    pattern: /^reject: (?<stage>[A-Z][A-Z-]*(?: [A-Z]+)?) from (?<client>\S+?): (?<reply>\d{3})(?: (?<dsn>\d\.\d{1,3}\.\d{1,3}))? (?<reason>.*?)(?:;(?= from=<| to=<| proto=| helo=<|$)(?: from=<(?<from>[^>]*)>)?(?:,? to=<(?<to>[^>]*)>)?(?:,? proto=(?<proto>[^,\s]+))?(?:,? helo=<(?<helo>[^>]*)>)?|$)/,
    role: 'reject',
    outcome: 'rejected',
    summary: {
      en: 'Rejected at {stage} from {client}: {reply} {reason}',
      'zh-cn': '在 {stage} 阶段拒绝了来自 {client} 的邮件:{reply} {reason}',
    },
    detail: {
      en: 'smtpd refused the mail before it was queued (hence NOQUEUE): the sender got the reply code, no queue file exists. 4xx replies are temporary (the client may retry), 5xx permanent. The text after the code names the restriction that fired (`Relay access denied`: reject_unauth_destination; `blocked using`: a DNS blocklist; `User unknown`: the recipient does not exist).',
      'zh-cn': 'smtpd 在入队之前拒绝了邮件(所以是 NOQUEUE):发件方收到了该应答码,不存在队列文件。4xx 为临时拒绝(客户端可重试),5xx 为永久拒绝。应答码后的文字说明了触发的限制规则(`Relay access denied`:reject_unauth_destination;`blocked using`:DNS 黑名单;`User unknown`:收件人不存在)。',
    },
  },
  {
    kind: 'smtpd.reject-warning',
    daemons: ['smtpd'],
    pattern: /^reject_warning: (?<stage>[A-Z][A-Z-]*) from (?<client>\S+?): (?<reply>\d{3})(?: (?<dsn>\d\.\d{1,3}\.\d{1,3}))? (?<reason>[^;]*)/,
    severity: 'warning',
    summary: {
      en: 'Would have rejected {stage} from {client} ({reply} {reason}), but only logged it (warn_if_reject)',
      'zh-cn': '本应拒绝来自 {client} 的 {stage}({reply} {reason}),但只记录了日志(warn_if_reject)',
    },
    detail: {
      en: 'A restriction prefixed with `warn_if_reject` (or `soft_bounce`-style testing) matched: the mail was accepted. Use these lines to test a new restriction before enforcing it.',
      'zh-cn': '带有 `warn_if_reject` 前缀的限制规则命中,但邮件仍被接受。可借此在正式启用新规则前先观察其效果。',
    },
  },
  {
    kind: 'smtpd.proxy-reject',
    daemons: ['smtpd'],
    pattern: /^proxy-reject: (?<stage>[A-Z][A-Z-]*): (?<reply>\d{3})(?: (?<dsn>\d\.\d{1,3}\.\d{1,3}))? (?<reason>[^;]*)/,
    role: 'reject',
    outcome: 'rejected',
    summary: {
      en: 'The before-queue content filter rejected the message at {stage}: {reply} {reason}',
      'zh-cn': '队列前内容过滤器在 {stage} 阶段拒绝了邮件:{reply} {reason}',
    },
    detail: {
      en: 'smtpd_proxy_filter passes the SMTP session to a filter (often amavis on port 10024) before queueing; the filter refused it, so no queue file was kept. `queue file write error` here usually means the filter could not hand the message back.',
      'zh-cn': 'smtpd_proxy_filter 会在入队前把 SMTP 会话交给过滤器(常为端口 10024 上的 amavis);过滤器拒绝了该邮件,因此没有保留队列文件。若原因为 `queue file write error`,通常是过滤器无法把邮件交回。',
    },
  },
  {
    kind: 'smtpd.proxy-accept',
    daemons: ['smtpd'],
    pattern: /^proxy-accept: (?<stage>[A-Z][A-Z-]*): (?<reply>\d{3})(?: (?<dsn>\d\.\d{1,3}\.\d{1,3}))? (?<reason>[^;]*)/,
    extract: [/queued as (?<queued_as>[0-9A-Za-z]+)/],
    summary: {
      en: 'The before-queue content filter accepted the message at {stage}: {reply} {reason}',
      'zh-cn': '队列前内容过滤器在 {stage} 阶段接受了邮件:{reply} {reason}',
    },
  },
  {
    kind: 'smtpd.milter.hold',
    daemons: ['smtpd', 'cleanup'],
    decidedBy: 'milter',
    pattern: /^milter-hold: (?<stage>[A-Z][A-Z-]*(?: [A-Z]+)?) from (?<client>\S+?): (?<reason>[^;]*)/,
    outcome: 'held',
    severity: 'warning',
    summary: {
      en: 'A milter put the message from {client} on hold at {stage}: {reason}',
      'zh-cn': 'milter 在 {stage} 阶段把来自 {client} 的邮件放入了 hold 队列:{reason}',
    },
    detail: {
      en: 'The message waits in the hold queue and is not delivered until an administrator acts: `postqueue -p` lists it, `postsuper -H {queue_id}` releases it, `postsuper -d {queue_id}` deletes it.',
      'zh-cn': '邮件停留在 hold 队列中,管理员处理前不会投递:`postqueue -p` 可查看,`postsuper -H {queue_id}` 释放,`postsuper -d {queue_id}` 删除。',
    },
  },
  {
    kind: 'smtpd.milter.discard',
    daemons: ['smtpd', 'cleanup'],
    decidedBy: 'milter',
    pattern: /^milter-discard: (?<stage>[A-Z][A-Z-]*(?: [A-Z]+)?) from (?<client>\S+?): (?<reason>[^;]*)/,
    outcome: 'discarded',
    severity: 'warning',
    summary: {
      en: 'A milter discarded the message from {client} at {stage}: {reason}',
      'zh-cn': 'milter 在 {stage} 阶段丢弃了来自 {client} 的邮件:{reason}',
    },
    detail: {
      en: 'The client was told the message was accepted, but it was silently dropped: nobody is notified. Check the milter\'s own log line (e.g. clamav-milter with OnInfected Blackhole) for the reason.',
      'zh-cn': '客户端收到的是"已接收",但邮件被静默丢弃,不会通知任何人。原因请查看 milter 自己的日志(例如 clamav-milter 的 OnInfected Blackhole)。',
    },
  },
  {
    kind: 'smtpd.milter.action',
    daemons: ['smtpd', 'cleanup'],
    decidedBy: 'milter',
    pattern: /^milter-reject: (?<stage>[A-Z][A-Z-]*(?: [A-Z]+)?) from (?<client>\S+?): (?<reason>[^;]*)/,
    role: 'reject',
    outcome: 'rejected',
    summary: {
      en: 'A milter rejected the message at {stage} from {client}: {reason}',
      'zh-cn': 'milter 在 {stage} 阶段拒绝了来自 {client} 的邮件:{reason}',
    },
    detail: {
      en: 'A mail filter (opendkim, opendmarc, rspamd, clamav-milter, ...) refused the message and Postfix passed its reply to the client; a 4xx reply (e.g. `4.7.1 Service unavailable - try again later`) usually means the milter itself failed and milter_default_action is tempfail. At END-OF-MESSAGE the queue file is deleted.',
      'zh-cn': '邮件过滤器(opendkim、opendmarc、rspamd、clamav-milter 等)拒绝了邮件,Postfix 把它的应答转给客户端;4xx 应答(如 `4.7.1 Service unavailable - try again later`)通常表示 milter 本身出错且 milter_default_action 为 tempfail。在 END-OF-MESSAGE 阶段拒绝时队列文件会被删除。',
    },
  },
  {
    kind: 'smtpd.hold',
    daemons: ['smtpd'],
    pattern: /^hold: (?<stage>[A-Z][A-Z-]*) from (?<client>\S+?): (?<reason>[^;]*)/,
    outcome: 'held',
    severity: 'warning',
    summary: {
      en: 'An access rule put the message from {client} on hold: {reason}',
      'zh-cn': '访问规则把来自 {client} 的邮件放入了 hold 队列:{reason}',
    },
    detail: {
      en: 'A HOLD action in an access table matched. The message stays in the hold queue until `postsuper -H {queue_id}` releases it (or `postsuper -d` deletes it).',
      'zh-cn': '访问表中的 HOLD 动作命中。邮件会一直留在 hold 队列,直到 `postsuper -H {queue_id}` 释放(或 `postsuper -d` 删除)。',
    },
  },
  {
    kind: 'smtpd.discard',
    daemons: ['smtpd'],
    pattern: /^discard: (?<stage>[A-Z][A-Z-]*) from (?<client>\S+?): (?<reason>[^;]*)/,
    outcome: 'discarded',
    severity: 'warning',
    summary: {
      en: 'An access rule discarded the mail from {client}: {reason}',
      'zh-cn': '访问规则丢弃了来自 {client} 的邮件:{reason}',
    },
    detail: {
      en: 'A DISCARD action in an access table matched: the client was told the mail was accepted, but it is thrown away without notice.',
      'zh-cn': '访问表中的 DISCARD 动作命中:客户端收到的是"已接收",但邮件被直接丢弃,不会有任何通知。',
    },
  },
  {
    kind: 'smtpd.filter',
    daemons: ['smtpd'],
    pattern: /^filter: (?<stage>[A-Z][A-Z-]*) from (?<client>\S+?): (?<reason>[^;]*)/,
    summary: {
      en: 'An access rule sent the message from {client} to a content filter: {reason}',
      'zh-cn': '访问规则把来自 {client} 的邮件交给内容过滤器:{reason}',
    },
    detail: {
      en: 'A FILTER action (transport:destination) overrides content_filter for this message; the named transport receives it after qmgr schedules it.',
      'zh-cn': 'FILTER 动作(transport:destination)为这封邮件覆盖了 content_filter 设置;qmgr 调度后由指定的传输接收。',
    },
  },
  {
    kind: 'smtpd.redirect',
    daemons: ['smtpd'],
    pattern: /^redirect: (?<stage>[A-Z][A-Z-]*) from (?<client>\S+?): (?<reason>[^;]*)/,
    summary: {
      en: 'An access rule redirected the message from {client}: {reason}',
      'zh-cn': '访问规则重定向了来自 {client} 的邮件:{reason}',
    },
    detail: {
      en: 'A REDIRECT action replaces all recipients of the message with the address named here.',
      'zh-cn': 'REDIRECT 动作把这封邮件的所有收件人替换为这里给出的地址。',
    },
  },
  {
    kind: 'smtpd.warn',
    daemons: ['smtpd'],
    pattern: /^(?<action>warn|info): (?<stage>[A-Z][A-Z-]*) from (?<client>\S+?): (?<reason>[^;]*)/,
    summary: {
      en: 'An access rule logged a note about {client} at {stage}: {reason}',
      'zh-cn': '访问规则对 {client}({stage} 阶段)记录了一条提示:{reason}',
    },
    detail: {
      en: 'A WARN or INFO action in an access table matched; it only logs and does not change how the mail is handled.',
      'zh-cn': '访问表中的 WARN 或 INFO 动作命中;它只记录日志,不影响邮件的处理。',
    },
  },
  {
    kind: 'smtpd.sasl.failed.user',
    daemons: ['smtpd'],
    // Postfix 3.x names the account tried: `..., sasl_username=user@example.com` after the reason.
    pattern: /^warning: (?<client>\S+?): SASL (?<sasl_method>\S+) authentication failed: ?(?<reason>(?:[^,]|,(?! sasl_username=))*), sasl_username=(?<sasl_username>.*)$/,
    severity: 'warning',
    summary: {
      en: 'SASL {sasl_method} login as {sasl_username} failed for {client}: {reason}',
      'zh-cn': '{client} 以 {sasl_username} 进行的 SASL {sasl_method} 登录失败:{reason}',
    },
    detail: {
      en: 'The password check for the account {sasl_username} failed (`UGFzc3dvcmQ6` is base64 for "Password:", meaning the client gave up at the password prompt). Many of these for one account or from one address are a password-guessing attack: consider fail2ban or `smtpd_client_auth_rate_limit`, and a new password if the account is a real one.',
      'zh-cn': '账号 {sasl_username} 的密码校验失败(`UGFzc3dvcmQ6` 是 "Password:" 的 base64,表示客户端在输入密码阶段放弃)。同一账号或同一地址大量出现通常是暴力破解:可考虑 fail2ban 或 `smtpd_client_auth_rate_limit`;若是真实账号,建议更换密码。',
    },
  },
  {
    kind: 'smtpd.sasl.failed',
    daemons: ['smtpd'],
    pattern: /^warning: (?<client>\S+?): SASL (?<sasl_method>\S+) authentication failed: ?(?<reason>.*)$/,
    severity: 'warning',
    summary: {
      en: 'SASL {sasl_method} login failed for {client}: {reason}',
      'zh-cn': '{client} 的 SASL {sasl_method} 认证失败:{reason}',
    },
    detail: {
      en: 'A client tried to log in and the password check failed (`UGFzc3dvcmQ6` is base64 for "Password:", meaning the client gave up at the password prompt). Many of these from one address are a password-guessing attack: consider fail2ban or `smtpd_client_auth_rate_limit`.',
      'zh-cn': '客户端登录时密码校验失败(`UGFzc3dvcmQ6` 是 "Password:" 的 base64,表示客户端在输入密码阶段放弃)。同一地址大量出现通常是暴力破解,可考虑 fail2ban 或 `smtpd_client_auth_rate_limit`。',
    },
  },
  {
    kind: 'smtpd.sasl.problem',
    daemons: ['smtpd'],
    pattern: /^warning: SASL authentication (?<what>failure|problem): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The SASL library reported an authentication {what}: {reason}',
      'zh-cn': 'SASL 库报告了认证问题({what}):{reason}',
    },
    detail: {
      en: 'Logged by Cyrus SASL itself, usually next to a `SASL ... authentication failed` line. `cannot connect to saslauthd server` means saslauthd is not running or its socket is not reachable from the smtpd chroot.',
      'zh-cn': '由 Cyrus SASL 库自己记录,通常与 `SASL ... authentication failed` 同时出现。`cannot connect to saslauthd server` 表示 saslauthd 未运行,或在 smtpd 的 chroot 中无法访问其套接字。',
    },
  },
  {
    kind: 'smtpd.sasl.connect-failed',
    daemons: ['smtpd'],
    pattern: /^warning: SASL: Connect to (?<endpoint>\S+) failed: (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'smtpd could not reach the SASL authentication server at {endpoint}: {reason}',
      'zh-cn': 'smtpd 无法连接 SASL 认证服务 {endpoint}:{reason}',
    },
    detail: {
      en: 'With smtpd_sasl_type = dovecot, smtpd talks to Dovecot\'s auth socket (often private/auth inside the Postfix queue directory). Check that Dovecot is running and that its `unix_listener /var/spool/postfix/private/auth` exists with permissions for postfix. Clients cannot log in meanwhile.',
      'zh-cn': '当 smtpd_sasl_type = dovecot 时,smtpd 通过 Dovecot 的认证套接字(通常是 Postfix 队列目录下的 private/auth)进行认证。请确认 Dovecot 正在运行,且 `unix_listener /var/spool/postfix/private/auth` 存在并允许 postfix 访问。在此期间客户端无法登录。',
    },
  },
  {
    kind: 'smtpd.sasl.no-mechanisms',
    daemons: ['smtpd'],
    pattern: /^(?:fatal: no SASL authentication mechanisms|warning: xsasl_cyrus_server_get_mechanism_list: no mechanism available)$/,
    severity: 'error',
    summary: {
      en: 'smtpd has no usable SASL authentication mechanism, so AUTH cannot work',
      'zh-cn': 'smtpd 没有可用的 SASL 认证机制,AUTH 无法工作',
    },
    detail: {
      en: 'The SASL backend offered no mechanisms: Cyrus SASL plugins are missing (e.g. libsasl2-modules) or the Dovecot auth socket is unreachable. smtpd exits on the fatal variant and master throttles it.',
      'zh-cn': 'SASL 后端没有提供任何认证机制:可能缺少 Cyrus SASL 插件(如 libsasl2-modules),或无法访问 Dovecot 认证套接字。出现 fatal 时 smtpd 会退出并被 master 限流。',
    },
  },
  {
    kind: 'smtpd.lost.data',
    daemons: ['smtpd'],
    pattern: /^lost connection after (?<stage>DATA|BDAT|END-OF-MESSAGE)(?: \((?<bytes>\d+) bytes\))? from (?<client>\S+)/,
    severity: 'warning',
    summary: {
      en: 'The client {client} dropped the connection while sending the message ({stage}); nothing was queued',
      'zh-cn': '客户端 {client} 在发送邮件内容时({stage})断开了连接,邮件没有入队',
    },
    detail: {
      en: 'The message was not complete, so Postfix discarded the partial queue file and the client must retry. Repeated cases point at a network problem (MTU, a firewall or proxy cutting long transfers), a client timeout shorter than the time a milter or before-queue filter needs, or message_size_limit.',
      'zh-cn': '邮件未传完,Postfix 丢弃了不完整的队列文件,客户端需要重试。反复出现时通常是网络问题(MTU、防火墙或代理中断长传输)、客户端超时短于 milter 或队列前过滤器所需时间,或与 message_size_limit 有关。',
    },
  },
  {
    kind: 'smtpd.lost',
    daemons: ['smtpd'],
    pattern: /^lost connection after (?<stage>\S+)(?: \([^)]*\))? from (?<client>\S+)/,
    summary: {
      en: 'The client {client} dropped the connection after {stage}',
      'zh-cn': '客户端 {client} 在 {stage} 之后断开了连接',
    },
    detail: {
      en: 'The client hung up without QUIT. After CONNECT or EHLO this is often a scanner; after AUTH a password-guessing bot; after STARTTLS a TLS problem on the client side.',
      'zh-cn': '客户端未发送 QUIT 就断开。在 CONNECT 或 EHLO 之后多为扫描器;在 AUTH 之后多为暴力破解程序;在 STARTTLS 之后多为客户端 TLS 问题。',
    },
  },
  {
    kind: 'smtpd.timeout',
    daemons: ['smtpd'],
    pattern: /^timeout after (?<stage>\S+)(?: \([^)]*\))? from (?<client>\S+)/,
    summary: {
      en: 'The client {client} went silent after {stage} and smtpd timed out',
      'zh-cn': '客户端 {client} 在 {stage} 之后无响应,smtpd 超时',
    },
    detail: {
      en: 'smtpd waited smtpd_timeout (default 300 s, less under stress) for the next command. Common for bots and for clients behind broken NAT.',
      'zh-cn': 'smtpd 等待下一条命令超过了 smtpd_timeout(默认 300 秒,负载高时更短)。常见于垃圾邮件机器人或 NAT 异常的客户端。',
    },
  },
  {
    kind: 'smtpd.too-many-errors',
    daemons: ['smtpd'],
    pattern: /^too many errors after (?<stage>\S+)(?: \([^)]*\))? from (?<client>\S+)/,
    severity: 'warning',
    summary: {
      en: 'smtpd hung up on {client} after {stage}: the client made too many errors',
      'zh-cn': '客户端 {client} 在 {stage} 之后错误过多,smtpd 主动断开',
    },
    detail: {
      en: 'The client kept getting error replies (rejected recipients, bad commands, failed logins) until smtpd_hard_error_limit (default 20) was reached. Typical of dictionary attacks and password-guessing bots.',
      'zh-cn': '客户端不断收到错误应答(收件人被拒、错误命令、登录失败),直到达到 smtpd_hard_error_limit(默认 20)。字典攻击和暴力破解程序常见此情况。',
    },
  },
  {
    kind: 'smtpd.pipelining',
    daemons: ['smtpd'],
    pattern: /^improper command pipelining after (?<stage>\S+) from (?<client>[^\s[]*\[[^\]\s]*\])(?::? (?<input>.*))?/,
    severity: 'warning',
    summary: {
      en: 'The client {client} sent commands ahead of time after {stage} (improper pipelining)',
      'zh-cn': '客户端 {client} 在 {stage} 之后抢先发送了命令(不正确的 pipelining)',
    },
    detail: {
      en: 'The client did not wait for the server\'s reply where SMTP requires it, as spam software does. reject_unauth_pipelining or postscreen_pipelining_enable reject such clients; a legitimate client doing this is usually broken or behind a faulty proxy.',
      'zh-cn': '客户端在 SMTP 要求等待应答的地方没有等待,这是垃圾邮件程序的常见行为。reject_unauth_pipelining 或 postscreen_pipelining_enable 会拒绝此类客户端;正常客户端出现此情况通常是软件缺陷或代理异常。',
    },
  },
  {
    kind: 'smtpd.hostname.mismatch',
    daemons: ['smtpd'],
    pattern: /^warning: hostname (?<hostname>\S+) does not resolve to address (?<client_address>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'The client\'s reverse DNS name {hostname} does not resolve back to its address {client_address}, so smtpd calls it `unknown`',
      'zh-cn': '客户端的反向解析名 {hostname} 正向解析不到其地址 {client_address},因此 smtpd 将其记为 `unknown`',
    },
    detail: {
      en: 'Forward-confirmed reverse DNS failed: the PTR record names {hostname}, but that name has no A/AAAA record with {client_address}. Restrictions like reject_unknown_client_hostname will reject it; common for home and badly configured servers.',
      'zh-cn': '正反向 DNS 校验失败:PTR 记录指向 {hostname},但该主机名的 A/AAAA 记录中没有 {client_address}。reject_unknown_client_hostname 等规则会拒绝此类客户端;家庭宽带和配置不当的服务器常见此情况。',
    },
  },
  {
    kind: 'smtpd.hostname.lookup-failed',
    daemons: ['smtpd'],
    pattern: /^warning: hostname (?<hostname>\S+) does not resolve to address (?<client_address>\S+?): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'Looking up {hostname} (the reverse DNS name of {client_address}) failed: {reason}',
      'zh-cn': '查询 {hostname}({client_address} 的反向解析名)失败:{reason}',
    },
    detail: {
      en: '`Name or service not known` is a permanent failure (the name does not exist), `Temporary failure in name resolution` a DNS problem that may be on your side: check the resolver in /etc/resolv.conf (and its copy in the Postfix chroot).',
      'zh-cn': '`Name or service not known` 表示该名称不存在(永久失败);`Temporary failure in name resolution` 是 DNS 问题,可能出在本机:检查 /etc/resolv.conf(以及 Postfix chroot 中的副本)。',
    },
  },
  {
    kind: 'smtpd.hostname.verification-failed',
    daemons: ['smtpd'],
    pattern: /^warning: (?<client_address>\S+?): hostname (?<hostname>\S+) verification failed: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'Postfix 2.x could not verify the reverse DNS name {hostname} of {client_address}: {reason}',
      'zh-cn': 'Postfix 2.x 无法验证 {client_address} 的反向解析名 {hostname}:{reason}',
    },
    detail: {
      en: 'The older form of the forward-confirmed reverse DNS check: the PTR name has no address record. The client is treated as `unknown`.',
      'zh-cn': '旧版本的正反向 DNS 校验:PTR 名称没有对应的地址记录,客户端被视为 `unknown`。',
    },
  },
  {
    kind: 'smtpd.hostname.not-listed',
    daemons: ['smtpd'],
    pattern: /^warning: (?<client_address>\S+?): address not listed for hostname (?<hostname>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'Postfix 2.x: {client_address} is not among the addresses of its reverse DNS name {hostname}',
      'zh-cn': 'Postfix 2.x:{client_address} 不在其反向解析名 {hostname} 的地址列表中',
    },
  },
  {
    kind: 'smtpd.illegal-address',
    daemons: ['smtpd'],
    pattern: /^warning: Illegal address syntax from (?<client>\S+) in (?<command>\S+) command: (?<address>.*)$/,
    severity: 'warning',
    summary: {
      en: 'The client {client} sent a malformed address in its {command} command: {address}',
      'zh-cn': '客户端 {client} 在 {command} 命令中发送了格式错误的地址:{address}',
    },
    detail: {
      en: 'smtpd replied 501 and the command failed. Usually a broken script or a spam tool; strict_rfc821_envelopes makes the check stricter.',
      'zh-cn': 'smtpd 返回 501,该命令失败。通常是有缺陷的脚本或垃圾邮件工具;strict_rfc821_envelopes 会让检查更严格。',
    },
  },
  {
    kind: 'smtpd.non-smtp-command',
    daemons: ['smtpd'],
    pattern: /^warning: non-SMTP command from (?<client>\S+?): (?<command>.*)$/,
    severity: 'warning',
    summary: {
      en: 'The client {client} sent something that is not SMTP: {command}',
      'zh-cn': '客户端 {client} 发送了非 SMTP 命令:{command}',
    },
    detail: {
      en: 'Often an HTTP request (`GET / HTTP/1.1`) from a scanner or a proxy abuse attempt; smtpd hangs up.',
      'zh-cn': '通常是扫描器或企图滥用代理的 HTTP 请求(如 `GET / HTTP/1.1`);smtpd 会断开连接。',
    },
  },
  {
    kind: 'smtpd.rate-limit',
    daemons: ['smtpd'],
    pattern: /^warning: (?<limit>Connection rate|Connection concurrency|Message delivery request rate|Recipient address rate|New TLS session rate|AUTH command rate) limit exceeded: (?<count>\d+) from (?<client>\S+) for service (?<service>\S+)$/,
    severity: 'warning',
    summary: {
      en: '{client} exceeded the {limit} limit of service {service} ({count}); smtpd refused it with a 4xx reply',
      'zh-cn': '{client} 超出了服务 {service} 的 {limit} 限制({count}),smtpd 以 4xx 应答拒绝',
    },
    detail: {
      en: 'anvil(8) counts per-client usage; the limits are smtpd_client_connection_rate_limit, smtpd_client_connection_count_limit, smtpd_client_message_rate_limit, smtpd_client_recipient_rate_limit, smtpd_client_new_tls_session_rate_limit and smtpd_client_auth_rate_limit (per anvil_rate_time_unit). Exempt trusted hosts with smtpd_client_event_limit_exceptions.',
      'zh-cn': 'anvil(8) 统计每个客户端的使用量;相关限制为 smtpd_client_connection_rate_limit、smtpd_client_connection_count_limit、smtpd_client_message_rate_limit、smtpd_client_recipient_rate_limit、smtpd_client_new_tls_session_rate_limit 和 smtpd_client_auth_rate_limit(按 anvil_rate_time_unit 计)。可信主机可加入 smtpd_client_event_limit_exceptions。',
    },
  },
  {
    kind: 'smtpd.tls.setup',
    daemons: ['smtpd'],
    pattern: /^setting up TLS connection from (?<client>\S+)$/,
    summary: {
      en: 'The client {client} asked for TLS (STARTTLS or smtps); the handshake starts',
      'zh-cn': '客户端 {client} 请求 TLS(STARTTLS 或 smtps),开始握手',
    },
  },
  {
    kind: 'smtpd.tls.established',
    daemons: ['smtpd'],
    pattern: /^(?<trust>Anonymous|Untrusted|Trusted|Verified) TLS connection established from (?<client>\S+?): (?<tls_protocol>\S+) with cipher (?<tls_cipher>\S+)/,
    summary: {
      en: 'The client {client} started TLS: {tls_protocol} with {tls_cipher}',
      'zh-cn': '客户端 {client} 建立了 TLS 连接:{tls_protocol},加密套件 {tls_cipher}',
    },
    detail: {
      en: 'The session is encrypted from here on. `Anonymous` means the client sent no certificate (normal for mail clients and other servers); `Trusted`/`Verified` that it sent one that verified.',
      'zh-cn': '此后会话已加密。`Anonymous` 表示客户端未提供证书(邮件客户端和其他服务器通常如此);`Trusted`/`Verified` 表示客户端证书验证通过。',
    },
  },
  {
    kind: 'smtpd.tls.accept-error',
    daemons: ['smtpd', 'tlsproxy'],
    pattern: /^SSL_accept error from (?<client>\S+?): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The TLS handshake with {client} failed: {reason}',
      'zh-cn': '与 {client} 的 TLS 握手失败:{reason}',
    },
    detail: {
      en: '`-1` or `lost connection` means the client hung up during the handshake (scanners do); a `TLS library problem` line nearby gives the OpenSSL reason, e.g. no shared protocol version or cipher (check smtpd_tls_mandatory_protocols and smtpd_tls_protocols).',
      'zh-cn': '`-1` 或 `lost connection` 表示客户端在握手过程中断开(扫描器常见);附近的 `TLS library problem` 日志会给出 OpenSSL 的原因,例如没有共同的协议版本或加密套件(检查 smtpd_tls_mandatory_protocols 和 smtpd_tls_protocols)。',
    },
  },
  {
    kind: 'smtpd.tls.cert-failed',
    daemons: ['smtpd'],
    pattern: /^(?:client )?certificate verification failed for (?<client>\S+?): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The certificate of client {client} could not be verified: {reason}',
      'zh-cn': '无法验证客户端 {client} 的证书:{reason}',
    },
    detail: {
      en: 'Only matters if you require client certificates (smtpd_tls_ask_ccert, permit_tls_clientcerts); otherwise the session continues as Untrusted.',
      'zh-cn': '只有在要求客户端证书时(smtpd_tls_ask_ccert、permit_tls_clientcerts)才有影响;否则会话以 Untrusted 继续。',
    },
  },
  {
    kind: 'smtpd.discard-ehlo',
    daemons: ['smtpd'],
    pattern: /^discarding EHLO keywords: (?<keywords>.+)$/,
    summary: {
      en: 'smtpd hid these EHLO keywords from the client: {keywords}',
      'zh-cn': 'smtpd 对客户端隐藏了以下 EHLO 关键字:{keywords}',
    },
    detail: {
      en: 'Configured by smtpd_discard_ehlo_keywords or smtpd_discard_ehlo_keyword_address_maps, e.g. to stop broken clients from using CHUNKING or PIPELINING. Add `silent-discard` to the list to stop this logging.',
      'zh-cn': '由 smtpd_discard_ehlo_keywords 或 smtpd_discard_ehlo_keyword_address_maps 配置,例如阻止有缺陷的客户端使用 CHUNKING 或 PIPELINING。在列表中加入 `silent-discard` 可不再记录此日志。',
    },
  },
];
