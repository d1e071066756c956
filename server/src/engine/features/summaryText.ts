// The summary as text for a terminal, in pflogsumm's sections: aligned tables, numbers right.
import { localize, type Locale, type Localized } from '../text/i18n';
import { inertText } from '../text/inert';
import type { DelayEntry, HourBucket, MailSummary, ReasonEntry, RejectEntry, TopEntry, TopList } from './summaryTypes';

const WORDS = {
  title: { en: 'Postfix log summary', 'zh-cn': 'Postfix 日志摘要' },
  span: { en: '{lines} lines, {first} to {last}', 'zh-cn': '共 {lines} 行,{first} 至 {last}' },
  grandTotals: { en: 'Grand Totals', 'zh-cn': '总计' },
  messages: { en: 'messages', 'zh-cn': '邮件' },
  received: { en: 'received', 'zh-cn': '已接收' },
  delivered: { en: 'delivered', 'zh-cn': '已投递' },
  forwardedToFilter: { en: 'handed to a content filter or another Postfix instance (not counted as delivered)', 'zh-cn': '转交内容过滤器或另一个 Postfix 实例(不计入已投递)' },
  forwarded: { en: 'forwarded (aliases, .forward)', 'zh-cn': '已转发(别名、.forward)' },
  deferred: { en: 'deferred', 'zh-cn': '已推迟' },
  deferrals: { en: '({count} deferrals)', 'zh-cn': '(共推迟 {count} 次)' },
  bounced: { en: 'bounced', 'zh-cn': '已退信' },
  rejected: { en: 'rejected', 'zh-cn': '已拒绝' },
  expired: { en: 'expired', 'zh-cn': '已过期' },
  discarded: { en: 'discarded', 'zh-cn': '已丢弃' },
  held: { en: 'held', 'zh-cn': '已暂扣' },
  abandoned: { en: 'abandoned by the client before DATA (never queued)', 'zh-cn': '客户端在 DATA 之前放弃(从未入队)' },
  bytesReceived: { en: 'bytes received', 'zh-cn': '接收字节数' },
  bytesDelivered: { en: 'bytes delivered', 'zh-cn': '投递字节数' },
  senders: { en: 'senders', 'zh-cn': '发件人' },
  sendingDomains: { en: 'sending domains', 'zh-cn': '发件域' },
  sendingHosts: { en: 'sending hosts', 'zh-cn': '发送主机' },
  recipients: { en: 'recipients', 'zh-cn': '收件人' },
  recipientDomains: { en: 'recipient domains', 'zh-cn': '收件域' },
  cutOff: { en: 'journeys cut off by the log', 'zh-cn': '被日志截断的旅程' },
  startedBeforeLog: { en: 'started before the log (first line is not the birth)', 'zh-cn': '始于日志之前(第一行不是邮件产生行)' },
  unfinishedAtEnd: { en: 'unfinished at its end (not removed, no final status)', 'zh-cn': '日志结束时尚未完成(未移除且无最终状态)' },
  firstLines: { en: '; first lines: {lines}', 'zh-cn': ';首行:{lines}' },
  perHour: { en: 'Per-Hour Traffic', 'zh-cn': '每小时流量' },
  perHourSparse: { en: 'Per-Hour Traffic (hours with traffic)', 'zh-cn': '每小时流量(仅列出有流量的小时)' },
  sendersByCount: { en: 'Senders by message count', 'zh-cn': '发件人(按邮件数)' },
  recipientsByCount: { en: 'Recipients by message count', 'zh-cn': '收件人(按邮件数)' },
  sendersByBytes: { en: 'Senders by message size', 'zh-cn': '发件人(按邮件大小)' },
  recipientsByBytes: { en: 'Recipients by message size', 'zh-cn': '收件人(按邮件大小)' },
  sendingDomainsByCount: { en: 'Sending domains by message count', 'zh-cn': '发件域(按邮件数)' },
  sendingDomainsByBytes: { en: 'Sending domains by message size', 'zh-cn': '发件域(按邮件大小)' },
  recipientDomainsByCount: { en: 'Receiving domains by message count', 'zh-cn': '收件域(按邮件数)' },
  recipientDomainsByBytes: { en: 'Receiving domains by message size', 'zh-cn': '收件域(按邮件大小)' },
  topOf: { en: 'top {shown} of {distinct}', 'zh-cn': '共 {distinct} 个,显示前 {shown} 个' },
  deferralReasons: { en: 'Deferrals by DSN code and relay host', 'zh-cn': '推迟原因(按 DSN 代码和中继主机)' },
  bounceReasons: { en: 'Bounces by DSN code and relay host', 'zh-cn': '退信原因(按 DSN 代码和中继主机)' },
  rejectReasons: { en: 'Rejects, holds and discards by reply and reason', 'zh-cn': '拒绝、暂扣和丢弃(按应答和原因)' },
  delays: { en: 'Delivery delays by relay (seconds)', 'zh-cn': '按中继统计的投递延迟(秒)' },
  delayStages: {
    en: 'a: before the queue manager, b: in the queue manager, c: connection setup, d: transmission (means)',
    'zh-cn': 'a:进入队列管理器之前,b:队列管理器中,c:建立连接,d:传输(均值)',
  },
  none: { en: '(none)', 'zh-cn': '(无)' },
  colTime: { en: 'time', 'zh-cn': '时间' },
  colCount: { en: 'count', 'zh-cn': '数量' },
  colBytes: { en: 'bytes', 'zh-cn': '字节' },
  colDeferred: { en: 'defers', 'zh-cn': '推迟' },
  colMessages: { en: 'msgs', 'zh-cn': '邮件' },
  colLine: { en: 'line', 'zh-cn': '行' },
  colSender: { en: 'sender', 'zh-cn': '发件人' },
  colRecipient: { en: 'recipient', 'zh-cn': '收件人' },
  colDomain: { en: 'domain', 'zh-cn': '域' },
  colDsn: { en: 'dsn', 'zh-cn': 'DSN' },
  colHost: { en: 'host', 'zh-cn': '主机' },
  colReason: { en: 'reason', 'zh-cn': '原因' },
  colAction: { en: 'action', 'zh-cn': '动作' },
  colBy: { en: 'by', 'zh-cn': '来源' },
  colStage: { en: 'stage', 'zh-cn': '阶段' },
  colReply: { en: 'reply', 'zh-cn': '应答' },
  colRelay: { en: 'relay', 'zh-cn': '中继' },
  reject: { en: 'reject', 'zh-cn': '拒绝' },
  hold: { en: 'hold', 'zh-cn': '暂扣' },
  discard: { en: 'discard', 'zh-cn': '丢弃' },
} satisfies Record<string, Localized>;

type Word = keyof typeof WORDS;

/** More hours than this and the per-hour table lists only the hours with traffic. */
const DENSE_HOURS = 72;

/** The report as text, pflogsumm-like; every piece of log text in it is already inert. */
export function formatSummary(report: MailSummary, locale: Locale): string {
  const w = (word: Word, values: Record<string, string | number> = {}) => localize(WORDS, word, locale, values);
  const out: string[] = [];
  const t = report.totals;

  out.push(w('title'));
  out.push(w('span', { lines: report.lineCount, first: report.firstTime ?? '?', last: report.lastTime ?? '?' }));

  section(out, w('grandTotals'));
  out.push(w('messages'), '');
  const counts: [number, string][] = [
    [t.received, w('received')],
    [t.delivered, w('delivered')],
    [t.forwardedToFilter, w('forwardedToFilter')],
    [t.forwarded, w('forwarded')],
    [t.deferred, `${w('deferred')}${t.deferrals ? `  ${w('deferrals', { count: t.deferrals })}` : ''}`],
    [t.bounced, w('bounced')],
    [t.rejected, w('rejected')],
    [t.expired, w('expired')],
    [t.discarded, w('discarded')],
    [t.held, w('held')],
    [t.abandoned, w('abandoned')],
  ];
  const volumes: [number, string][] = [
    [t.bytesReceived, w('bytesReceived')],
    [t.bytesDelivered, w('bytesDelivered')],
    [t.senders, w('senders')],
    [t.sendingDomains, w('sendingDomains')],
    [t.sendingHosts, w('sendingHosts')],
    [t.recipients, w('recipients')],
    [t.recipientDomains, w('recipientDomains')],
  ];
  const width = Math.max(6, ...[...counts, ...volumes].map(([n]) => String(n).length));
  for (const [n, label] of counts) out.push(` ${String(n).padStart(width)}  ${label}`);
  out.push('');
  for (const [n, label] of volumes) out.push(` ${String(n).padStart(width)}  ${label}`);
  out.push('', `${w('cutOff')}`, '');
  const p = report.partial;
  out.push(` ${String(p.startedBeforeLog).padStart(width)}  ${w('startedBeforeLog')}${lineList(w, p.startedLines)}`);
  out.push(` ${String(p.unfinishedAtEnd).padStart(width)}  ${w('unfinishedAtEnd')}${lineList(w, p.unfinishedLines)}`);

  hourly(out, w, report.hourly);

  const tops: [Word, Word, TopList, Word, boolean][] = [
    ['sendersByCount', 'sendersByBytes', report.top.senders, 'colSender', false],
    ['recipientsByCount', 'recipientsByBytes', report.top.recipients, 'colRecipient', false],
    ['sendingDomainsByCount', 'sendingDomainsByBytes', report.top.sendingDomains, 'colDomain', false],
    ['recipientDomainsByCount', 'recipientDomainsByBytes', report.top.recipientDomains, 'colDomain', true],
  ];
  for (const [byCount, byBytes, list, nameColumn, deferred] of tops) {
    topTable(out, w, w(byCount), list, list.byCount, nameColumn, deferred);
    topTable(out, w, w(byBytes), list, list.byBytes, nameColumn, deferred);
  }

  reasonTable(out, w, w('deferralReasons'), report.deferrals);
  reasonTable(out, w, w('bounceReasons'), report.bounces);
  rejectTable(out, w, report.rejects);
  delayTable(out, w, report.delays);
  return out.join('\n') + '\n';
}

type W = (word: Word, values?: Record<string, string | number>) => string;

function section(out: string[], title: string): void {
  out.push('', title, '-'.repeat(displayWidth(title)));
}

function lineList(w: W, lines: readonly number[]): string {
  return lines.length ? w('firstLines', { lines: lines.map((l) => l + 1).join(', ') }) : '';
}

function hourly(out: string[], w: W, hours: readonly HourBucket[]): void {
  const dense = hours.length <= DENSE_HOURS;
  section(out, w(dense ? 'perHour' : 'perHourSparse'));
  const shown = dense ? hours : hours.filter((h) => h.received + h.delivered + h.deferred + h.bounced + h.rejected > 0);
  if (shown.length === 0) {
    out.push(w('none'));
    return;
  }
  table(out, [w('colTime'), w('received'), w('delivered'), w('deferred'), w('bounced'), w('rejected')], 'lrrrrr',
    shown.map((h) => [h.hour, h.received, h.delivered, h.deferred, h.bounced, h.rejected]));
}

function topTable(out: string[], w: W, title: string, list: TopList, rows: readonly TopEntry[], nameColumn: Word, deferred: boolean): void {
  section(out, list.distinct > rows.length ? `${title} (${w('topOf', { shown: rows.length, distinct: list.distinct })})` : title);
  if (rows.length === 0) {
    out.push(w('none'));
    return;
  }
  const headers = [w('colCount'), w('colBytes'), ...(deferred ? [w('colDeferred')] : []), w('colLine'), w(nameColumn)];
  table(out, headers, deferred ? 'rrrrl' : 'rrrl',
    rows.map((r) => [r.count, r.bytes, ...(deferred ? [r.deferred ?? 0] : []), firstLine(r.lines), shown(r.name)]));
}

function reasonTable(out: string[], w: W, title: string, rows: readonly ReasonEntry[]): void {
  section(out, title);
  if (rows.length === 0) {
    out.push(w('none'));
    return;
  }
  table(out, [w('colCount'), w('colMessages'), w('colDsn'), w('colLine'), w('colHost'), w('colReason')], 'rrlrll',
    rows.map((r) => [r.count, r.messages, shown(r.dsn), firstLine(r.lines), shown(r.host), shown(r.reason)]));
}

function rejectTable(out: string[], w: W, rows: readonly RejectEntry[]): void {
  section(out, w('rejectReasons'));
  if (rows.length === 0) {
    out.push(w('none'));
    return;
  }
  table(out, [w('colCount'), w('colAction'), w('colBy'), w('colStage'), w('colReply'), w('colLine'), w('colReason')], 'rllllrl',
    rows.map((r) => [r.count, w(r.action), shown(r.by), shown(r.stage), shown([r.reply, r.dsn].filter(Boolean).join(' ')), firstLine(r.lines), shown(r.reason)]));
}

function delayTable(out: string[], w: W, rows: readonly DelayEntry[]): void {
  section(out, w('delays'));
  if (rows.length === 0) {
    out.push(w('none'));
    return;
  }
  const s = (n: number | undefined) => (n === undefined ? '-' : seconds(n));
  table(out, [w('colCount'), 'p50', 'p90', 'p99', 'max', 'a', 'b', 'c', 'd', w('colRelay')], 'rrrrrrrrrl',
    rows.map((r) => [r.count, s(r.p50), s(r.p90), s(r.p99), s(r.max), s(r.stages?.a), s(r.stages?.b), s(r.stages?.c), s(r.stages?.d), shown(r.relay)]));
  out.push('', w('delayStages'));
}

/** Aligned columns: `align` has one letter per column, `l` or `r`; the last column is not padded. */
function table(out: string[], headers: readonly string[], align: string, rows: readonly (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i]))));
  const render = (row: readonly string[]) =>
    '  ' + row.map((cell, i) => (i === row.length - 1 && align[i] === 'l' ? cell : pad(cell, widths[i], align[i] === 'r'))).join('  ').trimEnd();
  out.push(render(cells[0]));
  out.push('  ' + widths.map((n) => '-'.repeat(n)).join('  '));
  for (const row of cells.slice(1)) out.push(render(row));
}

function pad(text: string, width: number, right: boolean): string {
  const fillWidth = Math.max(0, width - displayWidth(text));
  return right ? ' '.repeat(fillWidth) + text : text + ' '.repeat(fillWidth);
}

/** Terminal columns: East Asian wide and fullwidth characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return width;
}

function firstLine(lines: readonly number[]): string {
  return lines.length ? String(lines[0] + 1) : '';
}

/** Log text was made inert by summarize(); a report read from JSON may not have been. */
function shown(text: string): string {
  return inertText(text, 400);
}

function seconds(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
