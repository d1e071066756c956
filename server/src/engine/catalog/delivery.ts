import type { CatalogEntry } from './types';

const AGENTS = ['smtp', 'lmtp', 'pipe', 'local', 'virtual', 'error', 'retry', 'discard', 'relay'];

// Delivery agents: the `to=..., status=...` lines that say what happened to each recipient.
export const deliveryEntries: readonly CatalogEntry[] = [
  {
    kind: 'delivery.requeued',
    daemons: ['smtp', 'lmtp'],
    pattern: /^to=<[^>]*>,.*, status=sent \(.*\bqueued as (?<queued_as>[0-9A-Za-z]+)\)?\)?$/,
    role: 'delivery',
    outcome: 'sent',
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
    kind: 'delivery.sent.mailbox',
    daemons: ['local', 'virtual'],
    pattern: /^to=<[^>]*>,.*, status=sent\b/,
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: '{daemon} delivered the message to the mailbox of {to} ({reason})',
      'zh-cn': '{daemon} 把邮件投递到 {to} 的邮箱({reason})',
    },
  },
  {
    kind: 'delivery.sent',
    daemons: ['smtp', 'lmtp', 'relay'],
    pattern: /^to=<[^>]*>,.*, status=sent\b/,
    role: 'delivery',
    outcome: 'sent',
    summary: {
      en: '{daemon} delivered the message for {to} to {relay} in {delay} s',
      'zh-cn': '{daemon} 把邮件({to})发送给 {relay},用时 {delay} 秒',
    },
    detail: {
      en: 'The receiving server accepted the message (its reply is in the parentheses); Postfix\'s responsibility for this recipient ends here.',
      'zh-cn': '对方服务器已接收邮件(括号中是它的应答);对这个收件人,Postfix 的责任到此结束。',
    },
  },
  {
    kind: 'delivery.deferred',
    daemons: AGENTS,
    pattern: /^to=<[^>]*>,.*, status=deferred\b/,
    role: 'delivery',
    outcome: 'deferred',
    severity: 'warning',
    summary: {
      en: 'Delivery to {to} was deferred and will be retried: {reason}',
      'zh-cn': '投递给 {to} 被推迟,稍后重试:{reason}',
    },
    detail: {
      en: 'A temporary failure (4xx reply, DNS or connection trouble). The message stays in the deferred queue and qmgr retries it with back-off until maximal_queue_lifetime; `postqueue -p` lists it, `postqueue -i {queue_id}` retries now.',
      'zh-cn': '临时失败(4xx 应答、DNS 或连接问题)。邮件留在 deferred 队列中,qmgr 按退避策略重试直到 maximal_queue_lifetime;`postqueue -p` 可查看,`postqueue -i {queue_id}` 立即重试。',
    },
  },
  {
    kind: 'delivery.bounced',
    daemons: AGENTS,
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
    daemons: AGENTS,
    pattern: /^to=<[^>]*>,.*, status=expired\b/,
    role: 'delivery',
    outcome: 'expired',
    severity: 'warning',
    summary: {
      en: 'Delivery to {to} expired after too many retries: {reason}',
      'zh-cn': '投递给 {to} 多次重试后过期:{reason}',
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
    kind: 'smtp.connect.failed',
    daemons: ['smtp', 'lmtp'],
    pattern: /^connect to (?<relay>\S+?): (?<reason>.+)$/,
    role: 'prelude',
    summary: {
      en: 'Could not connect to {relay}: {reason}',
      'zh-cn': '无法连接到 {relay}:{reason}',
    },
    detail: {
      en: 'Postfix tries the next MX host or address; if none works the delivery is deferred.',
      'zh-cn': 'Postfix 会尝试下一个 MX 主机或地址;都失败则推迟投递。',
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
  },
  {
    kind: 'smtp.host.said',
    daemons: ['smtp', 'lmtp'],
    pattern: /^host (?<relay>\S+) (?:said|refused to talk to me): (?<reason>.+)$/,
    summary: {
      en: 'The server {relay} answered with an error: {reason}',
      'zh-cn': '服务器 {relay} 返回了错误:{reason}',
    },
  },
];
