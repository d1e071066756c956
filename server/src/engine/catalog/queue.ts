import type { CatalogEntry } from './types';

// The queue: cleanup writes queue files, qmgr schedules them, pickup takes local submissions,
// bounce writes notices, postsuper is the administrator's hand on it.
// Sources: cleanup(8), qmgr(8), pickup(8), bounce(8), postsuper(1), header_checks(5), QSHAPE_README.
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
      en: 'cleanup adds missing headers, applies header_checks and milters, and writes the queue file. The Message-ID links hops of the same message: a content filter re-queues it with the same Message-ID under a new queue ID. An empty value means the message had no Message-ID header.',
      'zh-cn': 'cleanup 补全缺失的邮件头、执行 header_checks 和 milter 并写入队列文件。Message-ID 可把同一封邮件的各跳关联起来:内容过滤器会用同一个 Message-ID、新的队列 ID 重新入队。值为空表示邮件没有 Message-ID 头。',
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
    kind: 'cleanup.content-reject',
    daemons: ['cleanup'],
    pattern: /^reject: (?<what>header|body|end-of-header|end-of-body) (?<content>.*?) from (?<client>\S+?);(?=$| from=<| to=<| proto=| helo=<|: )(?: from=<(?<from>[^>]*)>)?(?: to=<(?<to>[^>]*)>)?(?: proto=\S+)?(?: helo=<[^>]*>)?(?:: (?<reason>.*))?/,
    outcome: 'rejected',
    severity: 'warning',
    summary: {
      en: 'A {what}_checks rule rejected the message: {content}',
      'zh-cn': '{what}_checks 规则拒绝了邮件:{content}',
    },
    detail: {
      en: 'cleanup matched a line of the message against header_checks/body_checks (or mime_header_checks, nested_header_checks) and the action was REJECT: the client got a 5xx reply (for local submissions the sender gets a bounce) and the queue file is deleted. The text after the last colon is the reply sent.',
      'zh-cn': 'cleanup 用 header_checks/body_checks(或 mime_header_checks、nested_header_checks)匹配到邮件中的一行,动作为 REJECT:客户端收到 5xx 应答(本地提交的邮件会退信给发件人),队列文件被删除。最后一个冒号后的文字就是返回的应答。',
    },
  },
  {
    kind: 'cleanup.content-hold',
    daemons: ['cleanup'],
    pattern: /^hold: (?<what>header|body|end-of-header|end-of-body) (?<content>.*?) from (?<client>\S+?);/,
    outcome: 'held',
    severity: 'warning',
    summary: {
      en: 'A {what}_checks rule put the message on hold: {content}',
      'zh-cn': '{what}_checks 规则把邮件放入了 hold 队列:{content}',
    },
    detail: {
      en: 'The message waits in the hold queue: inspect it with `postcat -q {queue_id}`, release it with `postsuper -H {queue_id}` or delete it with `postsuper -d {queue_id}`.',
      'zh-cn': '邮件停留在 hold 队列中:用 `postcat -q {queue_id}` 查看,`postsuper -H {queue_id}` 释放,`postsuper -d {queue_id}` 删除。',
    },
  },
  {
    kind: 'cleanup.content-discard',
    daemons: ['cleanup'],
    pattern: /^discard: (?<what>header|body|end-of-header|end-of-body) (?<content>.*?) from (?<client>\S+?);/,
    outcome: 'discarded',
    severity: 'warning',
    summary: {
      en: 'A {what}_checks rule discarded the message: {content}',
      'zh-cn': '{what}_checks 规则丢弃了邮件:{content}',
    },
    detail: {
      en: 'The DISCARD action accepts the message and throws it away: nobody is notified.',
      'zh-cn': 'DISCARD 动作会接收邮件然后丢弃,不通知任何人。',
    },
  },
  {
    kind: 'cleanup.content-action',
    daemons: ['cleanup'],
    pattern: /^(?<action>warning|redirect|filter|replace|prepend|info|bcc): (?<what>header|body|end-of-header|end-of-body) (?<content>.*?) from (?<client>\S+?);(?=$| from=<| to=<| proto=| helo=<|: )(?: from=<(?<from>[^>]*)>)?(?: to=<(?<to>[^>]*)>)?(?: proto=\S+)?(?: helo=<[^>]*>)?(?:: (?<reason>.*))?/,
    summary: {
      en: 'A {what}_checks rule matched and chose {action}: {content}',
      'zh-cn': '{what}_checks 规则命中,动作为 {action}:{content}',
    },
    detail: {
      en: 'cleanup matched the message content against header_checks/body_checks. `warning` only logs, `replace`/`prepend` edit the header, `redirect` and `filter` change where the message goes, `bcc` adds a recipient.',
      'zh-cn': 'cleanup 用 header_checks/body_checks 检查邮件内容。`warning` 只记录日志,`replace`/`prepend` 修改邮件头,`redirect` 和 `filter` 改变邮件去向,`bcc` 增加一个收件人。',
    },
  },
  {
    kind: 'cleanup.lookup-problem',
    daemons: ['cleanup'],
    pattern: /^warning: (?<ref_id>[0-9A-Za-z]+): (?<map>\S+) map lookup problem for (?<address>\S+)/,
    severity: 'error',
    summary: {
      en: 'cleanup could not look up {address} in {map}; the message was not accepted and must be retried',
      'zh-cn': 'cleanup 无法在 {map} 中查询 {address};邮件未被接受,需要重试',
    },
    detail: {
      en: 'The lookup table failed (database down, bad configuration, a missing .db file); Postfix answers 4xx so no mail is lost. Look for a table warning just before this line.',
      'zh-cn': '查找表出错(数据库宕机、配置错误、缺少 .db 文件);Postfix 返回 4xx,因此不会丢失邮件。请查看此行之前关于查找表的警告。',
    },
  },
  {
    kind: 'cleanup.expansion-limit',
    daemons: ['cleanup'],
    pattern: /^warning: (?<ref_id>[0-9A-Za-z]+): unreasonable (?<map>\S+) map (?<what>expansion size|nesting) for (?<address>\S+)/,
    severity: 'error',
    summary: {
      en: 'The {map} expansion for {address} is too large or too deep ({what}); the message was not accepted',
      'zh-cn': '{address} 在 {map} 中的展开过大或嵌套过深({what});邮件未被接受',
    },
    detail: {
      en: 'virtual_alias_expansion_limit (1000) or virtual_alias_recursion_limit (1000) was exceeded, usually by an alias that includes itself.',
      'zh-cn': '超过了 virtual_alias_expansion_limit(1000)或 virtual_alias_recursion_limit(1000),通常是别名引用了自身。',
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
      en: 'The queue file is deleted; nothing more will happen under this queue ID (Postfix may reuse the ID later for another message). Logged by postsuper when an administrator deleted it.',
      'zh-cn': '队列文件已删除,此队列 ID 不会再有后续操作(之后 Postfix 可能把该 ID 分配给别的邮件)。由 postsuper 记录时表示管理员删除了它。',
    },
  },
  {
    kind: 'qmgr.expired',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^from=<(?<from>[^>]*)>, status=(?<status>(?:force-)?expired), returned to sender/,
    outcome: 'expired',
    severity: 'warning',
    summary: {
      en: 'The message expired: it stayed in the queue longer than maximal_queue_lifetime and was returned to {from}',
      'zh-cn': '邮件已过期:在队列中停留超过 maximal_queue_lifetime,已退回给发件人 {from}',
    },
    detail: {
      en: 'Every retry was deferred until the queue lifetime (default 5 days, bounce_queue_lifetime for bounces) ran out. The deferral lines before this one say why. `force-expired` means an administrator expired it with `postsuper -e` (Postfix 3.5+).',
      'zh-cn': '所有重试都被推迟,直到超过队列生存期(默认 5 天,退信为 bounce_queue_lifetime)。之前的 deferred 日志说明了原因。`force-expired` 表示管理员用 `postsuper -e`(Postfix 3.5+)强制过期。',
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
    kind: 'qmgr.transport-failure',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^warning: transport (?<transport>\S+) failure -- see a previous warning\/fatal\/panic logfile record for the problem description$/,
    severity: 'error',
    summary: {
      en: 'The {transport} transport is failing; mail for it is deferred',
      'zh-cn': '{transport} 传输出现故障,发往它的邮件被推迟',
    },
    detail: {
      en: 'The delivery agent for this master.cf service crashed or could not start. The real cause is in an earlier warning/fatal line of that agent (look for the same transport name). Mail waits with `delivery temporarily suspended`.',
      'zh-cn': '该 master.cf 服务的投递代理崩溃或无法启动。真正的原因在该代理之前的 warning/fatal 日志中(按传输名查找)。邮件会以 `delivery temporarily suspended` 等待。',
    },
  },
  {
    kind: 'qmgr.transport-connect',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^warning: connect to transport (?<endpoint>\S+?): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'qmgr could not reach the delivery agent {endpoint}: {reason}',
      'zh-cn': 'qmgr 无法连接投递代理 {endpoint}:{reason}',
    },
    detail: {
      en: 'The transport named in content_filter, transport_maps or relay_transport has no matching service in master.cf (a typo, or the service was removed). Add the service or fix the name, then `postfix reload`.',
      'zh-cn': 'content_filter、transport_maps 或 relay_transport 中引用的传输在 master.cf 中没有对应服务(拼写错误或服务已删除)。添加该服务或修正名称后执行 `postfix reload`。',
    },
  },
  {
    kind: 'qmgr.malformed-response',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^warning: (?<endpoint>\S+) socket: malformed response$/,
    severity: 'error',
    summary: {
      en: 'The delivery agent behind {endpoint} answered qmgr with garbage',
      'zh-cn': '{endpoint} 后面的投递代理返回了无法识别的应答',
    },
    detail: {
      en: 'Usually the agent died (see its fatal/panic line) or the master.cf entry runs a program that is not a Postfix delivery agent.',
      'zh-cn': '通常是投递代理崩溃了(见其 fatal/panic 日志),或 master.cf 条目运行的程序不是 Postfix 投递代理。',
    },
  },
  {
    kind: 'qmgr.active-limit',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^warning: mail for (?<destination>\S+) is using up (?<used>\d+) of (?<limit>\d+) active queue entries$/,
    severity: 'warning',
    summary: {
      en: 'Mail for {destination} fills {used} of the {limit} active queue slots',
      'zh-cn': '发往 {destination} 的邮件占用了 active 队列 {limit} 个位置中的 {used} 个',
    },
    detail: {
      en: 'One destination is hogging the active queue (often a slow or unreachable site, or a mass mailing); other mail may wait. Consider a dedicated transport with its own concurrency, and see QSHAPE_README.',
      'zh-cn': '某个目的地占满了 active 队列(常见于缓慢或不可达的站点,或群发邮件),其他邮件可能因此等待。可考虑为其单独设置传输和并发度,参见 QSHAPE_README。',
    },
  },
  {
    kind: 'qmgr.advice',
    daemons: ['qmgr', 'nqmgr'],
    pattern: /^warning: (?<advice>you may need to (?:reduce|increase) .+|so that Postfix .+|please avoid flushing the whole queue when you have|lots of deferred mail, that is bad for performance)$/,
    severity: 'warning',
    summary: {
      en: 'qmgr advice about a congested queue: {advice}',
      'zh-cn': 'qmgr 关于队列拥塞的建议:{advice}',
    },
    detail: {
      en: 'qmgr prints these lines in groups when the active queue fills with mail to unreachable sites or after `postqueue -f` with much deferred mail. Read them together; the queue shape (`qshape deferred`) shows which destinations are the problem.',
      'zh-cn': '当 active 队列被发往不可达站点的邮件占满,或在大量 deferred 邮件时执行 `postqueue -f`,qmgr 会成组打印这些提示。请连起来阅读;`qshape deferred` 可以看出是哪些目的地出了问题。',
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
      en: 'The message was born here: a local program or user ran sendmail/postdrop, which dropped it into the maildrop queue. uid 0 is root (cron jobs, system scripts); uid 33 or 48 is usually the web server, a frequent source of spam from hacked sites.',
      'zh-cn': '邮件在此产生:本地程序或用户运行了 sendmail/postdrop,邮件进入 maildrop 队列。uid 0 是 root(cron 任务、系统脚本);uid 33 或 48 通常是 Web 服务器,被入侵的网站常由此发送垃圾邮件。',
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
      en: 'The notice is a message of its own (sender `<>`); follow {queued_as} to see whether it reached the original sender. `delay` notices are sent only if delay_warning_time is set; `postmaster` copies follow notify_classes.',
      'zh-cn': '该通知本身是一封新邮件(发件人为 `<>`);可跟踪 {queued_as} 查看它是否送达原发件人。只有设置了 delay_warning_time 才会发送 `delay` 通知;发给 `postmaster` 的副本由 notify_classes 控制。',
    },
  },
  {
    kind: 'postsuper.action',
    daemons: ['postsuper'],
    pattern: /^(?<action>removed|placed on hold|released from hold|requeued|expired)$/,
    summary: {
      en: 'The administrator ran postsuper: the message was {action}',
      'zh-cn': '管理员执行了 postsuper:邮件被 {action}',
    },
    detail: {
      en: '`postsuper -d` deletes, `-h` holds, `-H` releases, `-r` requeues (the message passes through cleanup again, picking up changed address rewriting), `-e` expires.',
      'zh-cn': '`postsuper -d` 删除,`-h` 放入 hold,`-H` 释放,`-r` 重新入队(邮件会再次经过 cleanup,应用新的地址改写规则),`-e` 强制过期。',
    },
  },
  {
    kind: 'postsuper.summary',
    daemons: ['postsuper'],
    pattern: /^(?<action>Deleted|Placed on hold|Released from hold|Requeued|Expired): (?<count>\d+) messages?$/,
    summary: {
      en: 'postsuper finished: {action} {count} message(s)',
      'zh-cn': 'postsuper 完成:{action} {count} 封邮件',
    },
  },
];
