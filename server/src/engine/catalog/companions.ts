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
    kind: 'amavis.passed',
    daemons: ['amavis', 'amavisd', 'amavisd-new'],
    pattern: /^\((?<amavis_id>[^)]*)\) Passed (?<verdict>[A-Z][A-Z-]*)/,
    extract: [
      /\{(?<policy>[^}]*)\}/,
      /<(?<from>[^>]*)> -> <(?<to>[^>]*)>/,
      /Message-ID: <(?<message_id>[^>]*)>/,
      /Hits: (?<hits>[-\d.]+)/,
      /queued_as: (?<queued_as>[0-9A-Za-z]+)/,
      /, (?<elapsed>\d+) ms$/,
    ],
    role: 'filter',
    summary: {
      en: 'amavis checked the message and passed it as {verdict} (spam score {hits}); it re-injected it into Postfix as {queued_as}',
      'zh-cn': 'amavis 检测通过({verdict},垃圾邮件得分 {hits}),并把邮件重新投递给 Postfix,新的队列 ID 为 {queued_as}',
    },
    detail: {
      en: 'The content filter (virus and spam checks) accepted the message and sent it back to Postfix (usually 127.0.0.1:10025), where it starts a new hop with a new queue ID.',
      'zh-cn': '内容过滤器(病毒和垃圾邮件检查)接受了邮件,并把它送回 Postfix(通常是 127.0.0.1:10025),在那里以新的队列 ID 开始下一跳。',
    },
  },
  {
    kind: 'amavis.blocked',
    daemons: ['amavis', 'amavisd', 'amavisd-new'],
    pattern: /^\((?<amavis_id>[^)]*)\) Blocked (?<verdict>[A-Z][A-Z-]*)/,
    extract: [/<(?<from>[^>]*)> -> <(?<to>[^>]*)>/, /Message-ID: <(?<message_id>[^>]*)>/, /Hits: (?<hits>[-\d.]+)/, /quarantine: (?<quarantine>[^,\s]+)/],
    role: 'filter',
    outcome: 'discarded',
    severity: 'warning',
    summary: {
      en: 'amavis blocked the message as {verdict} (spam score {hits}); it was not passed on',
      'zh-cn': 'amavis 拦截了邮件({verdict},垃圾邮件得分 {hits}),未继续投递',
    },
  },
];
