import { localize, type Locale, type Localized } from './i18n';
import type { JourneyStatus } from '../features/journeyReports';

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
  time: { en: 'time', 'zh-cn': '时间' },
  host: { en: 'host', 'zh-cn': '主机' },
  program: { en: 'program', 'zh-cn': '程序' },
  queueId: { en: 'queue ID', 'zh-cn': '队列 ID' },
  kind: { en: 'kind', 'zh-cn': '类型' },
  message: { en: 'Message {queue_id}', 'zh-cn': '邮件 {queue_id}' },
  sender: { en: 'sender', 'zh-cn': '发件人' },
  nullSender: { en: '<> (null sender: a bounce or notice)', 'zh-cn': '<>(空发件人:退信或通知)' },
  recipients: { en: 'recipients', 'zh-cn': '收件人' },
  noRecipients: { en: 'no delivery logged yet', 'zh-cn': '尚无投递记录' },
  firstSeen: { en: 'first seen', 'zh-cn': '首次出现' },
  lastSeen: { en: 'last seen', 'zh-cn': '最后出现' },
  journey: { en: 'journey', 'zh-cn': '旅程' },
  bornAt: { en: 'born on line {line}', 'zh-cn': '产生于第 {line} 行' },
  linesCount: { en: '{count} lines', 'zh-cn': '{count} 行' },
  andMore: { en: '… and {count} more', 'zh-cn': '…… 另有 {count} 项' },
  remoteId: { en: 'accepted by the remote server as {id}', 'zh-cn': '对方服务器以 {id} 接收' },
  requeuedAs: {
    en: 'Not the final delivery: another Postfix instance of this host received the message and queued it as {id}; the journey goes on there.',
    'zh-cn': '这不是最终投递:本机的另一个 Postfix 实例接收了邮件并以 {id} 入队,旅程在那里继续。',
  },
  indexingJourneys: { en: 'Maillog: indexing journeys', 'zh-cn': 'Maillog:正在索引邮件旅程' },
  indexingFile: { en: 'Indexing {name}', 'zh-cn': '正在索引 {name}' },
  megabytesRead: { en: '{read} of {size} MB', 'zh-cn': '{read} / {size} MB' },
  outlineLabel: { en: 'Mail journeys', 'zh-cn': '邮件旅程' },
  traceHeading: { en: 'Journey {ids}', 'zh-cn': '旅程 {ids}' },
  remoteQueueId: {
    en: 'Accepted by the remote server as {id}: the ID to give its administrator when asking about this message (it is not in this log).',
    'zh-cn': '对方服务器以 {id} 接收了邮件:向对方管理员查询这封邮件时请提供此 ID(它不在本日志中)。',
  },
  traceNotFound: { en: 'No message with queue ID {queue_id} in this file.', 'zh-cn': '文件中没有队列 ID 为 {queue_id} 的邮件。' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

export function text(locale: Locale, key: StringKey, values: Record<string, string | number> = {}): string {
  return localize(STRINGS, key, locale, values);
}

export const STATUS_WORDS: Record<JourneyStatus, Localized> = {
  sent: { en: 'sent', 'zh-cn': '已发送' },
  deferred: { en: 'deferred', 'zh-cn': '已推迟' },
  bounced: { en: 'bounced', 'zh-cn': '已退信' },
  expired: { en: 'expired', 'zh-cn': '已过期' },
  rejected: { en: 'rejected', 'zh-cn': '已拒绝' },
  discarded: { en: 'discarded', 'zh-cn': '已丢弃' },
  held: { en: 'on hold', 'zh-cn': '已暂扣' },
  active: { en: 'still in the queue', 'zh-cn': '仍在队列中' },
  removed: { en: 'removed without delivery', 'zh-cn': '未投递即被移除' },
};

/** A journey's status in words. */
export function statusText(locale: Locale, status: JourneyStatus): string {
  return STATUS_WORDS[status][locale];
}
