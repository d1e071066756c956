import type { CatalogEntry } from './types';

// The queue: cleanup writes queue files, qmgr schedules them, pickup takes local submissions,
// bounce writes notices, postsuper is the administrator's hand on it.
export const queueEntries: readonly CatalogEntry[] = [
  {
    kind: 'cleanup.message-id',
    daemons: ['cleanup'],
    pattern: /^message-id=<?(?<message_id>[^>]*)>?/,
    role: 'message-id',
    summary: {
      en: 'cleanup processed the message (Message-ID {message_id}) and passed it to the incoming queue',
      'zh-cn': 'postfix cleanup 清理邮件(Message-ID {message_id}),处理好的邮件会被传入收件队列(Incoming Queue)',
    },
    detail: {
      en: 'cleanup adds missing headers, applies header_checks and milters, and writes the queue file. The Message-ID links hops of the same message: a content filter re-queues it with the same Message-ID under a new queue ID.',
      'zh-cn': 'cleanup 补全缺失的邮件头、执行 header_checks 和 milter 并写入队列文件。Message-ID 可把同一封邮件的各跳关联起来:内容过滤器会用同一个 Message-ID、新的队列 ID 重新入队。',
    },
  },
  {
    kind: 'cleanup.resent-message-id',
    daemons: ['cleanup'],
    pattern: /^resent-message-id=<?(?<message_id>[^>]*)>?/,
    summary: {
      en: 'cleanup recorded the Resent-Message-ID {message_id} of a re-sent message',
      'zh-cn': 'cleanup 记录了重发邮件的 Resent-Message-ID {message_id}',
    },
  },
  {
    kind: 'cleanup.content-action',
    daemons: ['cleanup'],
    pattern: /^(?<action>reject|discard|hold|warning|redirect|filter|replace|prepend|info): (?<what>header|body|end-of-header|end-of-body) (?<content>.*?) from (?<client>\S+?);(?: from=<(?<from>[^>]*)>)?(?: to=<(?<to>[^>]*)>)?(?: proto=\S+)?(?: helo=<[^>]*>)?(?:: (?<reason>.*))?$/,
    summary: {
      en: 'A {what}_checks rule matched and chose {action}: {reason}',
      'zh-cn': '{what}_checks 规则命中,动作为 {action}:{reason}',
    },
    detail: {
      en: 'cleanup matched the message content against header_checks/body_checks. `reject` bounces it, `discard` drops it silently, `hold` parks it in the hold queue, `warning` only logs.',
      'zh-cn': 'cleanup 用 header_checks/body_checks 检查邮件内容。`reject` 退信,`discard` 静默丢弃,`hold` 放入 hold 队列,`warning` 只记录日志。',
    },
  },
  {
    kind: 'qmgr.active',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^from=<(?<from>[^>]*)>, size=(?<size>\d+), nrcpt=(?<nrcpt>\d+) \(queue active\)/,
    role: 'queued',
    summary: {
      en: 'qmgr moved the message into the active queue: from {from}, {size} bytes, {nrcpt} recipient(s)',
      'zh-cn': 'qmgr 把邮件放入 active 队列:发件人 {from},{size} 字节,{nrcpt} 个收件人',
    },
    detail: {
      en: 'The queue manager took the message from the incoming (or deferred) queue and will now hand it to delivery agents. A second `queue active` line for the same ID means a retry after a deferral. `from=<>` is the null sender of bounces.',
      'zh-cn': '队列管理器把邮件从 incoming(或 deferred)队列取出,交给投递代理。同一 ID 再次出现 `queue active` 表示推迟后的重试。`from=<>` 是退信使用的空发件人。',
    },
  },
  {
    kind: 'qmgr.removed',
    daemons: ['qmgr', 'nqmgr', 'postsuper', 'cleanup'],
    pattern: /^removed$/,
    role: 'removed',
    summary: {
      en: 'The message was removed from the queue: every recipient is done',
      'zh-cn': 'qmgr 把邮件从队列中移除:所有收件人都已处理完毕',
    },
    detail: {
      en: 'The queue file is deleted; nothing more will happen under this queue ID (Postfix may reuse the ID later for another message).',
      'zh-cn': '队列文件已删除,此队列 ID 不会再有后续操作(之后 Postfix 可能把该 ID 分配给别的邮件)。',
    },
  },
  {
    kind: 'qmgr.expired',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^from=<(?<from>[^>]*)>, status=expired, returned to sender/,
    outcome: 'expired',
    severity: 'warning',
    summary: {
      en: 'The message expired: it stayed in the queue longer than maximal_queue_lifetime and was returned to {from}',
      'zh-cn': '邮件已过期:在队列中停留超过 maximal_queue_lifetime,已退回给发件人 {from}',
    },
    detail: {
      en: 'Every retry was deferred until the queue lifetime (default 5 days, bounce_queue_lifetime for bounces) ran out. The deferral lines before this one say why.',
      'zh-cn': '所有重试都被推迟,直到超过队列生存期(默认 5 天,退信为 bounce_queue_lifetime)。之前的 deferred 日志说明了原因。',
    },
  },
  {
    kind: 'qmgr.skipped',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^skipped, still being delivered$/,
    summary: {
      en: 'qmgr skipped the message: it is still being delivered',
      'zh-cn': 'qmgr 跳过了该邮件:它仍在投递中',
    },
  },
  {
    kind: 'pickup.uid',
    daemons: ['pickup'],
    pattern: /^uid=(?<uid>\d+) from=<(?<from>[^>]*)>/,
    role: 'birth',
    summary: {
      en: 'pickup took a locally submitted message (sendmail command, uid {uid}) from {from}',
      'zh-cn': 'pickup 收取了本地提交的邮件(sendmail 命令,uid {uid}),发件人 {from}',
    },
    detail: {
      en: 'The message was born here: a local program or user ran sendmail/postdrop, which dropped it into the maildrop queue.',
      'zh-cn': '邮件在此产生:本地程序或用户运行了 sendmail/postdrop,邮件进入 maildrop 队列。',
    },
  },
  {
    kind: 'bounce.notification',
    daemons: ['bounce'],
    pattern: /^(?<notice>sender|postmaster) (?<what>non-delivery|delay|delivery status|success) notification: (?<queued_as>[0-9A-Za-z]+)/,
    role: 'notification',
    summary: {
      en: 'bounce queued a {what} notice to the {notice} as a new message {queued_as}',
      'zh-cn': 'bounce 生成了一封发给{notice}的{what}通知,作为新邮件 {queued_as} 入队',
    },
    detail: {
      en: 'The notice is a message of its own (sender `<>`); follow {queued_as} to see whether it reached the original sender.',
      'zh-cn': '该通知本身是一封新邮件(发件人为 `<>`);可跟踪 {queued_as} 查看它是否送达原发件人。',
    },
  },
  {
    kind: 'postsuper.action',
    daemons: ['postsuper'],
    pattern: /^(?<action>removed|placed on hold|released from hold|requeued)$/,
    summary: {
      en: 'The administrator ran postsuper: the message was {action}',
      'zh-cn': '管理员执行了 postsuper:邮件被 {action}',
    },
  },
  {
    kind: 'postsuper.summary',
    daemons: ['postsuper'],
    pattern: /^(?<action>Deleted|Placed on hold|Released from hold|Requeued): (?<count>\d+) messages?$/,
    summary: {
      en: 'postsuper finished: {action} {count} message(s)',
      'zh-cn': 'postsuper 完成:{action} {count} 封邮件',
    },
  },
];
