import type { CatalogEntry } from './types';

// smtpd: the SMTP server that receives mail from clients (also as smtps/submission).
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
      en: 'The SMTP session is over. Since Postfix 3.0 the line counts the commands the client sent (`ehlo=1 mail=1 rcpt=1 data=1 quit=1`; `rcpt=0/1` means 0 of 1 accepted).',
      'zh-cn': 'SMTP 会话结束。Postfix 3.0 起会统计客户端发出的命令(如 `rcpt=0/1` 表示 1 个中 0 个被接受)。',
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
    pattern: /^reject: (?<stage>[A-Z]+(?: [A-Z]+)?) from (?<client>\S+?): (?<reply>\d{3})(?: (?<dsn>\d\.\d{1,3}\.\d{1,3}))? (?<reason>.*?)(?:; from=<(?<from>[^>]*)>)?(?: to=<(?<to>[^>]*)>)?(?: proto=(?<proto>\S+))?(?: helo=<(?<helo>[^>]*)>)?$/,
    role: 'reject',
    outcome: 'rejected',
    summary: {
      en: 'Rejected at {stage} from {client}: {reply} {reason}',
      'zh-cn': '在 {stage} 阶段拒绝了来自 {client} 的邮件:{reply} {reason}',
    },
    detail: {
      en: 'smtpd refused the mail before it was queued (hence NOQUEUE): the sender got the reply code, no queue file exists. 4xx replies are temporary (the client may retry), 5xx permanent.',
      'zh-cn': 'smtpd 在入队之前拒绝了邮件(所以是 NOQUEUE):发件方收到了该应答码,不存在队列文件。4xx 为临时拒绝(客户端可重试),5xx 为永久拒绝。',
    },
  },
  {
    kind: 'smtpd.milter.action',
    daemons: ['smtpd', 'cleanup'],
    pattern: /^milter-(?<action>reject|hold|discard): (?<stage>[A-Z]+(?: [A-Z]+)?) from (?<client>\S+?): (?<reason>.*?)(?:; from=<(?<from>[^>]*)>)?(?: to=<(?<to>[^>]*)>)?(?: proto=\S+)?(?: helo=<[^>]*>)?$/,
    role: 'reject',
    outcome: 'rejected',
    summary: {
      en: 'A milter told Postfix to {action} the message at {stage} from {client}: {reason}',
      'zh-cn': 'milter 要求 Postfix 对来自 {client} 的邮件执行 {action}(阶段 {stage}):{reason}',
    },
    detail: {
      en: 'A mail filter (opendkim, opendmarc, rspamd, clamav-milter, ...) decided the message\'s fate: `reject` refuses it, `hold` parks it in the hold queue (release with `postsuper -H`), `discard` accepts and drops it.',
      'zh-cn': '邮件过滤器(opendkim、opendmarc、rspamd、clamav-milter 等)做出了决定:`reject` 拒收,`hold` 放入 hold 队列(用 `postsuper -H` 释放),`discard` 接收后丢弃。',
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
      en: 'A client tried to log in and the password check failed. Many of these from one address are a password-guessing attack: consider fail2ban or `smtpd_client_auth_rate_limit`.',
      'zh-cn': '客户端登录时密码校验失败。同一地址大量出现通常是暴力破解,可考虑 fail2ban 或 `smtpd_client_auth_rate_limit`。',
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
      en: 'The client hung up without QUIT. After CONNECT or EHLO this is often a scanner; after DATA it can be a network problem or a too-small timeout on the client side.',
      'zh-cn': '客户端未发送 QUIT 就断开。在 CONNECT 或 EHLO 之后多为扫描器;在 DATA 之后可能是网络问题或客户端超时。',
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
  },
  {
    kind: 'smtpd.tls.established',
    daemons: ['smtpd'],
    pattern: /^(?<trust>Anonymous|Untrusted|Trusted|Verified) TLS connection established from (?<client>\S+?): (?<tls_protocol>\S+) with cipher (?<tls_cipher>\S+)/,
    summary: {
      en: 'The client {client} started TLS: {tls_protocol} with {tls_cipher}',
      'zh-cn': '客户端 {client} 建立了 TLS 连接:{tls_protocol},加密套件 {tls_cipher}',
    },
  },
];
