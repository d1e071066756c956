import type { Localized } from './i18n';

// Enhanced status codes (RFC 3463): class.subject.detail, as Postfix logs them in `dsn=`.

const CLASSES: Record<string, Localized> = {
  '2': { en: 'success', 'zh-cn': '成功' },
  '4': { en: 'persistent transient failure: Postfix will retry', 'zh-cn': '临时失败:Postfix 会重试' },
  '5': { en: 'permanent failure: Postfix gives up and bounces', 'zh-cn': '永久失败:Postfix 放弃并退信' },
};

const SUBJECTS: Record<string, Localized> = {
  '0': { en: 'other or undefined status', 'zh-cn': '其他或未定义状态' },
  '1': { en: 'addressing status', 'zh-cn': '地址状态' },
  '2': { en: 'mailbox status', 'zh-cn': '邮箱状态' },
  '3': { en: 'mail system status', 'zh-cn': '邮件系统状态' },
  '4': { en: 'network and routing status', 'zh-cn': '网络与路由状态' },
  '5': { en: 'mail delivery protocol status', 'zh-cn': '邮件投递协议状态' },
  '6': { en: 'message content or media status', 'zh-cn': '邮件内容或媒体状态' },
  '7': { en: 'security or policy status', 'zh-cn': '安全或策略状态' },
};

const DETAILS: Record<string, Localized> = {
  '0.0': { en: 'other undefined status', 'zh-cn': '其他未定义状态' },
  '1.0': { en: 'other address status', 'zh-cn': '其他地址状态' },
  '1.1': { en: 'bad destination mailbox address: no such user', 'zh-cn': '目标邮箱地址错误:用户不存在' },
  '1.2': { en: 'bad destination system address: no such domain', 'zh-cn': '目标系统地址错误:域名不存在' },
  '1.3': { en: 'bad destination mailbox address syntax', 'zh-cn': '目标邮箱地址语法错误' },
  '1.6': { en: 'destination mailbox has moved', 'zh-cn': '目标邮箱已迁移' },
  '1.7': { en: 'bad sender\'s mailbox address syntax', 'zh-cn': '发件人地址语法错误' },
  '1.8': { en: 'bad sender\'s system address', 'zh-cn': '发件人系统地址错误' },
  '2.0': { en: 'other or undefined mailbox status', 'zh-cn': '其他邮箱状态' },
  '2.1': { en: 'mailbox disabled, not accepting messages', 'zh-cn': '邮箱已停用,不接收邮件' },
  '2.2': { en: 'mailbox full', 'zh-cn': '邮箱已满' },
  '2.3': { en: 'message length exceeds administrative limit', 'zh-cn': '邮件大小超过管理限制' },
  '3.0': { en: 'other or undefined mail system status', 'zh-cn': '其他邮件系统状态' },
  '3.4': { en: 'message too big for system', 'zh-cn': '邮件对系统来说过大' },
  '4.1': { en: 'no answer from host', 'zh-cn': '主机无应答' },
  '4.2': { en: 'bad connection', 'zh-cn': '连接异常' },
  '4.3': { en: 'directory server failure (DNS lookup failed)', 'zh-cn': '目录服务器故障(DNS 查询失败)' },
  '4.4': { en: 'unable to route: no MX or A record', 'zh-cn': '无法路由:没有 MX 或 A 记录' },
  '4.6': { en: 'routing loop detected', 'zh-cn': '检测到路由环路' },
  '4.7': { en: 'delivery time expired', 'zh-cn': '投递时间已过期' },
  '5.0': { en: 'other or undefined protocol status', 'zh-cn': '其他协议状态' },
  '5.1': { en: 'invalid command', 'zh-cn': '无效命令' },
  '5.2': { en: 'syntax error', 'zh-cn': '语法错误' },
  '5.3': { en: 'too many recipients', 'zh-cn': '收件人过多' },
  '6.0': { en: 'other or undefined media error', 'zh-cn': '其他内容错误' },
  '7.0': { en: 'other or undefined security status (often a policy or spam rejection)', 'zh-cn': '其他安全状态(通常是策略或垃圾邮件拒收)' },
  '7.1': { en: 'delivery not authorized, message refused (relay denied, blocklisted, policy)', 'zh-cn': '未授权投递,邮件被拒(禁止中继、黑名单、策略)' },
  '7.8': { en: 'authentication credentials invalid', 'zh-cn': '认证凭据无效' },
  '7.25': { en: 'reverse DNS validation failed', 'zh-cn': '反向 DNS 校验失败' },
  '7.26': { en: 'multiple authentication checks failed (SPF/DKIM/DMARC)', 'zh-cn': '多项认证检查失败(SPF/DKIM/DMARC)' },
};

export interface DsnMeaning {
  readonly classText: Localized;
  readonly subjectText: Localized | undefined;
  readonly detailText: Localized | undefined;
}

/** `5.1.1` -> its class, subject and detail meanings; undefined when not an RFC 3463 code. */
export function explainDsn(code: string): DsnMeaning | undefined {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!m) return undefined;
  return {
    classText: CLASSES[m[1]],
    subjectText: SUBJECTS[m[2]],
    detailText: DETAILS[`${m[2]}.${m[3]}`],
  };
}

const REPLY_CODES: Record<string, Localized> = {
  '220': { en: 'service ready', 'zh-cn': '服务就绪' },
  '221': { en: 'closing connection', 'zh-cn': '关闭连接' },
  '235': { en: 'authentication succeeded', 'zh-cn': '认证成功' },
  '250': { en: 'requested action okay, completed', 'zh-cn': '请求的操作已完成' },
  '251': { en: 'user not local; will forward', 'zh-cn': '非本地用户,将转发' },
  '354': { en: 'start mail input', 'zh-cn': '开始输入邮件内容' },
  '421': { en: 'service not available, closing connection (try again later)', 'zh-cn': '服务不可用,关闭连接(稍后重试)' },
  '450': { en: 'mailbox unavailable (temporary, e.g. greylisting or busy)', 'zh-cn': '邮箱暂不可用(临时,如灰名单或繁忙)' },
  '451': { en: 'local error in processing (temporary)', 'zh-cn': '处理时发生本地错误(临时)' },
  '452': { en: 'insufficient system storage or too many recipients (temporary)', 'zh-cn': '系统存储不足或收件人过多(临时)' },
  '454': { en: 'TLS or authentication temporarily unavailable', 'zh-cn': 'TLS 或认证暂不可用' },
  '500': { en: 'syntax error, command unrecognized', 'zh-cn': '语法错误,无法识别的命令' },
  '501': { en: 'syntax error in parameters', 'zh-cn': '参数语法错误' },
  '502': { en: 'command not implemented', 'zh-cn': '命令未实现' },
  '503': { en: 'bad sequence of commands', 'zh-cn': '命令顺序错误' },
  '504': { en: 'command parameter not implemented', 'zh-cn': '命令参数未实现' },
  '530': { en: 'authentication required', 'zh-cn': '需要认证' },
  '535': { en: 'authentication credentials invalid', 'zh-cn': '认证凭据无效' },
  '550': { en: 'mailbox unavailable or policy rejection (permanent)', 'zh-cn': '邮箱不可用或策略拒绝(永久)' },
  '551': { en: 'user not local', 'zh-cn': '非本地用户' },
  '552': { en: 'exceeded storage allocation (message too big or mailbox full)', 'zh-cn': '超出存储配额(邮件过大或邮箱已满)' },
  '553': { en: 'mailbox name not allowed', 'zh-cn': '邮箱名不允许' },
  '554': { en: 'transaction failed (often: rejected by policy or as spam)', 'zh-cn': '事务失败(通常是策略或反垃圾拒收)' },
  '556': { en: 'domain does not accept mail (null MX)', 'zh-cn': '域名不接收邮件(null MX)' },
};

/** SMTP reply code (RFC 5321) meaning, or undefined. */
export function explainReplyCode(code: string): Localized | undefined {
  return /^\d{3}$/.test(code) && Object.hasOwn(REPLY_CODES, code) ? REPLY_CODES[code] : undefined;
}
