import { fill, type Locale, type Localized } from './i18n';

// Words of the hovers, the traces and the CLI that are not part of a catalog entry.
export const STRINGS = {
  notSyslog: {
    en: 'Not a syslog line: no timestamp, host and program were found, so there is nothing to explain.',
    'zh-cn': '不是 syslog 日志行:没有找到时间戳、主机和程序名,无法解释。',
  },
  unknownMessage: {
    en: 'This {program} message is not known to the Maillog catalog.',
    'zh-cn': 'Maillog 目录中没有收录这条 {program} 消息。',
  },
  recognised: { en: 'Recognised', 'zh-cn': '已识别' },
  time: { en: 'time', 'zh-cn': '时间' },
  host: { en: 'host', 'zh-cn': '主机' },
  program: { en: 'program', 'zh-cn': '程序' },
  pid: { en: 'pid', 'zh-cn': '进程号' },
  queueId: { en: 'queue ID', 'zh-cn': '队列 ID' },
  kind: { en: 'kind', 'zh-cn': '类型' },
  field: { en: 'field', 'zh-cn': '字段' },
  value: { en: 'value', 'zh-cn': '值' },
  message: { en: 'Message {queue_id}', 'zh-cn': '邮件 {queue_id}' },
  sender: { en: 'sender', 'zh-cn': '发件人' },
  nullSender: { en: '<> (null sender: a bounce or notice)', 'zh-cn': '<>(空发件人:退信或通知)' },
  recipients: { en: 'recipients', 'zh-cn': '收件人' },
  noRecipients: { en: 'no delivery logged yet', 'zh-cn': '尚无投递记录' },
  firstSeen: { en: 'first seen', 'zh-cn': '首次出现' },
  lastSeen: { en: 'last seen', 'zh-cn': '最后出现' },
  journey: { en: 'journey', 'zh-cn': '旅程' },
  bornAt: { en: 'born on line {line}', 'zh-cn': '产生于第 {line} 行' },
  status: { en: 'status', 'zh-cn': '状态' },
  linesCount: { en: '{count} lines', 'zh-cn': '{count} 行' },
  rejected: { en: 'rejected before queueing', 'zh-cn': '入队前被拒绝' },
  traceHeading: { en: 'Journey {ids}', 'zh-cn': '旅程 {ids}' },
  traceNotFound: { en: 'No message with queue ID {queue_id} in this file.', 'zh-cn': '文件中没有队列 ID 为 {queue_id} 的邮件。' },
  'status.sent': { en: 'sent', 'zh-cn': '已发送' },
  'status.deferred': { en: 'deferred', 'zh-cn': '已推迟' },
  'status.bounced': { en: 'bounced', 'zh-cn': '已退信' },
  'status.expired': { en: 'expired', 'zh-cn': '已过期' },
  'status.rejected': { en: 'rejected', 'zh-cn': '已拒绝' },
  'status.discarded': { en: 'discarded', 'zh-cn': '已丢弃' },
  'status.held': { en: 'on hold', 'zh-cn': '已暂扣' },
  'status.active': { en: 'still in the queue', 'zh-cn': '仍在队列中' },
  'status.removed': { en: 'removed without delivery', 'zh-cn': '未投递即被移除' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

export function text(locale: Locale, key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(STRINGS[key][locale], (name) => (name in values ? String(values[name]) : undefined));
}
