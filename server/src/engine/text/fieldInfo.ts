import type { Field } from './fields';
import { fill, type Locale, type Localized } from './i18n';
import { explainDsn, explainReplyCode } from './dsn';
import { escapeMarkdown } from './inert';

// What each field of a Postfix line means (postconf(5), DSN_README, the daemons' man pages).
const FIELD_MEANINGS: Record<string, Localized> = {
  from: { en: 'Envelope sender (MAIL FROM). Empty `<>` is the null sender of bounces and notices.', 'zh-cn': '信封发件人(MAIL FROM)。空的 `<>` 是退信和通知使用的空发件人。' },
  to: { en: 'Envelope recipient (RCPT TO) after address rewriting and aliasing.', 'zh-cn': '信封收件人(RCPT TO),已经过地址改写和别名展开。' },
  orig_to: { en: 'The recipient as originally given, before aliases, virtual maps or forwarding changed it.', 'zh-cn': '原始收件人,即别名、virtual 映射或转发改写之前的地址。' },
  relay: { en: 'Where the message was handed: `host[ip]:port` of the next server, a transport such as `dovecot`, or `local`/`virtual`. `none` means no connection was made.', 'zh-cn': '邮件交给了谁:下一台服务器的 `主机[IP]:端口`、`dovecot` 之类的传输,或 `local`/`virtual`。`none` 表示没有建立连接。' },
  delay: { en: 'Total time in seconds from when the message entered Postfix until this delivery attempt ended.', 'zh-cn': '从邮件进入 Postfix 到本次投递结束的总秒数。' },
  size: { en: 'Message size in bytes, as stored in the queue file.', 'zh-cn': '邮件大小(字节),以队列文件中存储的为准。' },
  nrcpt: { en: 'Number of recipients of this queue file.', 'zh-cn': '该队列文件的收件人数。' },
  client: { en: 'The SMTP client: reverse DNS name and IP address. `unknown` means the IP has no (matching) reverse DNS name.', 'zh-cn': 'SMTP 客户端:反向解析主机名和 IP。`unknown` 表示该 IP 没有(匹配的)反向解析。' },
  sasl_method: { en: 'SASL mechanism the client logged in with (PLAIN, LOGIN, CRAM-MD5, ...).', 'zh-cn': '客户端登录使用的 SASL 机制(PLAIN、LOGIN、CRAM-MD5 等)。' },
  sasl_username: { en: 'The account the client authenticated as. Compromised accounts show up here sending spam.', 'zh-cn': '客户端认证使用的账号。被盗用的账号发垃圾邮件时会在这里出现。' },
  sasl_sender: { en: 'The sender address given in AUTH= of MAIL FROM.', 'zh-cn': 'MAIL FROM 的 AUTH= 中给出的发件人。' },
  message_id: { en: 'The Message-ID header: the same on every hop of one message, so it links re-queued copies.', 'zh-cn': 'Message-ID 邮件头:同一封邮件的每一跳都相同,可用来关联重新入队的副本。' },
  queue_state: { en: 'Which queue the message is in now: `active` means qmgr is delivering it.', 'zh-cn': '邮件当前所在队列:`active` 表示 qmgr 正在投递。' },
  reason: { en: 'The remote server\'s reply or Postfix\'s own explanation for this status.', 'zh-cn': '对方服务器的应答或 Postfix 对该状态的说明。' },
  queued_as: { en: 'The queue ID the receiver gave the message: its next hop.', 'zh-cn': '接收方为邮件分配的队列 ID:即下一跳。' },
  remote_queue_id: { en: 'The queue ID the receiving server gave the message on its side: what its administrator needs to find it.', 'zh-cn': '接收方服务器在其一侧为邮件分配的队列 ID:对方管理员查找这封邮件时需要它。' },
  orig_queue_id: { en: 'The queue ID the message had in Postfix before it went through the content filter (amavis `Queue-ID:`, smtpd `orig_queue_id=`).', 'zh-cn': '邮件经过内容过滤器之前在 Postfix 中的队列 ID(amavis 的 `Queue-ID:`、smtpd 的 `orig_queue_id=`)。' },
  recipients: { en: 'Every recipient of the message, in the order the filter logged them.', 'zh-cn': '邮件的全部收件人,按过滤器记录的顺序。' },
  amavis_id: { en: 'amavis task ID: the child process and its task count. Every line amavis writes about this message carries it.', 'zh-cn': 'amavis 任务 ID:子进程号及其任务序号。amavis 关于这封邮件的每一行都带有它。' },
  sendmail_id: { en: 'Sendmail\'s own queue ID for the message (not a Postfix queue ID).', 'zh-cn': 'Sendmail 自己的队列 ID(不是 Postfix 的队列 ID)。' },
  stat: { en: 'Sendmail\'s delivery status (`Sent`, `Deferred: ...`, `User unknown`, ...).', 'zh-cn': 'Sendmail 的投递状态(`Sent`、`Deferred: ...`、`User unknown` 等)。' },
  mailer: { en: 'The Sendmail delivery agent (mailer) used: `esmtp`, `relay`, `local`, ...', 'zh-cn': 'Sendmail 使用的投递程序(mailer):`esmtp`、`relay`、`local` 等。' },
  ctladdr: { en: 'The local user Sendmail acted for, with its uid/gid in parentheses.', 'zh-cn': 'Sendmail 代表的本地用户,括号中为其 uid/gid。' },
  proto: { en: 'Protocol the client spoke: SMTP or ESMTP.', 'zh-cn': '客户端使用的协议:SMTP 或 ESMTP。' },
  helo: { en: 'The name the client gave in HELO/EHLO: chosen by the client, not verified.', 'zh-cn': '客户端在 HELO/EHLO 中自称的名字:由客户端自定,未经验证。' },
  conn_use: { en: 'How many times the cached SMTP connection had been used (connection reuse).', 'zh-cn': '该 SMTP 缓存连接已被使用的次数(连接复用)。' },
  uid: { en: 'Unix user ID of the process that submitted the message.', 'zh-cn': '提交邮件的进程的 Unix 用户 ID。' },
  tls_protocol: { en: 'TLS protocol version negotiated.', 'zh-cn': '协商的 TLS 协议版本。' },
  tls_cipher: { en: 'TLS cipher suite negotiated.', 'zh-cn': '协商的 TLS 加密套件。' },
  trust: { en: '`Trusted`: certificate chain verified; `Verified`: chain and name verified; `Untrusted`: not verified; `Anonymous`: no certificate.', 'zh-cn': '`Trusted`:证书链已验证;`Verified`:证书链和主机名都已验证;`Untrusted`:未验证;`Anonymous`:无证书。' },
  hits: { en: 'SpamAssassin score; at or above the tag2 level a message counts as spam.', 'zh-cn': 'SpamAssassin 得分;达到 tag2 阈值即视为垃圾邮件。' },
  verdict: { en: 'The filter\'s verdict for the message.', 'zh-cn': '过滤器对邮件的判定。' },
  selector: { en: 'DKIM selector: the key is published at `selector._domainkey.domain`.', 'zh-cn': 'DKIM 选择器:公钥发布在 `选择器._domainkey.域名`。' },
};

const STATUS_MEANINGS: Record<string, Localized> = {
  sent: { en: 'sent: the receiver accepted the message for this recipient.', 'zh-cn': 'sent:接收方已接收该收件人的邮件。' },
  deferred: { en: 'deferred: a temporary failure; the message stays queued and is retried.', 'zh-cn': 'deferred:临时失败;邮件留在队列中等待重试。' },
  bounced: { en: 'bounced: a permanent failure; the sender gets a non-delivery notice.', 'zh-cn': 'bounced:永久失败;发件人会收到退信通知。' },
  expired: { en: 'expired: retried for longer than maximal_queue_lifetime; returned to the sender.', 'zh-cn': 'expired:重试时间超过 maximal_queue_lifetime,已退回发件人。' },
  deliverable: { en: 'deliverable: an address verification probe succeeded.', 'zh-cn': 'deliverable:地址验证探测成功。' },
  undeliverable: { en: 'undeliverable: an address verification probe failed.', 'zh-cn': 'undeliverable:地址验证探测失败。' },
};

const DELAY_STAGES: Localized[] = [
  { en: 'before the queue manager, including message transmission: {value} s', 'zh-cn': '进入队列管理器之前(含邮件接收传输):{value} 秒' },
  { en: 'in the queue manager, waiting for a delivery agent (queue wait): {value} s', 'zh-cn': '在队列管理器中等待投递代理(排队时间):{value} 秒' },
  { en: 'connection setup: DNS, HELO and TLS: {value} s', 'zh-cn': '建立连接:DNS、HELO 与 TLS:{value} 秒' },
  { en: 'message transmission: {value} s', 'zh-cn': '邮件传输:{value} 秒' },
];

const DELAYS_INTRO: Localized = {
  en: '`delays=a/b/c/d`, in seconds (precision set by delay_logging_resolution_limit; `0` can mean below it):',
  'zh-cn': '`delays=a/b/c/d`,单位秒(精度由 delay_logging_resolution_limit 决定,`0` 可能表示低于该精度):',
};
const SLOWEST: Localized = { en: 'The slowest stage is {stage}.', 'zh-cn': '最慢的阶段是第 {stage} 段。' };

const DSN_INTRO: Localized = { en: 'Enhanced status code {code} (RFC 3463):', 'zh-cn': '增强状态码 {code}(RFC 3463):' };
const DSN_PARTS: Localized[] = [
  { en: 'class {part}: {text}', 'zh-cn': '类别 {part}:{text}' },
  { en: 'subject {part}: {text}', 'zh-cn': '主题 {part}:{text}' },
  { en: 'detail {part}: {text}', 'zh-cn': '细节 {part}:{text}' },
];
const REPLY: Localized = { en: 'SMTP reply {code}: {text}', 'zh-cn': 'SMTP 应答 {code}:{text}' };
const MORE_RECIPIENTS: Localized = { en: '… and {count} more', 'zh-cn': '…… 另有 {count} 个' };
/** Recipients listed one by one in a hover; a mailing list's thousands are counted, not shown. */
const RECIPIENTS_SHOWN = 50;

/**
 * Markdown lines explaining one field. The log text inserted is digits and dots that the patterns
 * below have checked, and recipients' addresses, which are escaped.
 */
export function explainField(field: Field, locale: Locale): string[] {
  const out: string[] = [];
  // Names and values come from the log: `constructor=` must not find Object.prototype's.
  const meaning = own(FIELD_MEANINGS, field.name);
  switch (field.name) {
    case 'delays': {
      const parts = field.value.split('/');
      if (parts.length === 4 && parts.every((p) => /^\d+(\.\d+)?$/.test(p))) {
        out.push(DELAYS_INTRO[locale]);
        parts.forEach((value, i) => out.push(`${i + 1}. ${fill(DELAY_STAGES[i][locale], () => value)}`));
        const numbers = parts.map(Number);
        const slowest = numbers.indexOf(Math.max(...numbers));
        out.push('', fill(SLOWEST[locale], () => String.fromCharCode(97 + slowest)));
      }
      break;
    }
    case 'dsn': {
      const dsn = explainDsn(field.value);
      if (dsn) {
        const [cls, subject, detail] = field.value.split('.');
        out.push(fill(DSN_INTRO[locale], () => field.value));
        out.push(`- ${fill(DSN_PARTS[0][locale], (n) => (n === 'part' ? cls : dsn.classText[locale]))}`);
        if (dsn.subjectText) out.push(`- ${fill(DSN_PARTS[1][locale], (n) => (n === 'part' ? subject : dsn.subjectText![locale]))}`);
        if (dsn.detailText) out.push(`- ${fill(DSN_PARTS[2][locale], (n) => (n === 'part' ? `${subject}.${detail}` : dsn.detailText![locale]))}`);
      }
      break;
    }
    case 'status': {
      const status = own(STATUS_MEANINGS, field.value);
      if (status) out.push(status[locale]);
      break;
    }
    case 'reason': {
      if (meaning) out.push(meaning[locale]);
      const reply = /^(\d{3})\b/.exec(field.value) ?? /\b(\d{3})[ -]\d\.\d{1,3}\.\d{1,3}\b/.exec(field.value);
      const replyText = reply && explainReplyCode(reply[1]);
      if (reply && replyText) out.push(fill(REPLY[locale], (n) => (n === 'code' ? reply[1] : replyText[locale])));
      return out;
    }
    case 'recipients': {
      // `<a>,<b>,<c>`: one address a line, so a list that the value's own line cuts short shows whole.
      if (meaning) out.push(meaning[locale]);
      const addresses = field.value.replace(/^<|>$/g, '').split('>,<');
      for (const address of addresses.slice(0, RECIPIENTS_SHOWN)) out.push(`- ${escapeMarkdown(address || '<>', 120)}`);
      if (addresses.length > RECIPIENTS_SHOWN) out.push(fill(MORE_RECIPIENTS[locale], () => String(addresses.length - RECIPIENTS_SHOWN)));
      return out;
    }
    case 'reply': {
      const replyText = explainReplyCode(field.value);
      if (replyText) out.push(fill(REPLY[locale], (n) => (n === 'code' ? field.value : replyText[locale])));
      break;
    }
    default:
      break;
  }
  if (out.length === 0 && meaning) out.push(meaning[locale]);
  return out;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
