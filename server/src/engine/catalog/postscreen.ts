import type { CatalogEntry } from './types';

// postscreen: the zombie-blocking front door on port 25 (POSTSCREEN_README).
export const postscreenEntries: readonly CatalogEntry[] = [
  {
    kind: 'postscreen.connect',
    daemons: ['postscreen'],
    pattern: /^CONNECT from \[(?<client_address>[^\]]+)\]:(?<port>\d+)(?: to \[(?<server_address>[^\]]+)\]:(?<server_port>\d+))?$/,
    summary: {
      en: 'postscreen received a connection from {client_address} and is screening it before smtpd sees it',
      'zh-cn': 'postscreen 收到来自 {client_address} 的连接,在交给 smtpd 之前先进行筛查',
    },
    detail: {
      en: 'postscreen answers port 25 first, checks the client against its cache, allow/deny lists, DNS blocklists and protocol tests, and only hands clients that pass to an smtpd process. Postfix before 2.10 logs this line without the `to` part.',
      'zh-cn': 'postscreen 先接管 25 端口,依据缓存、允许/拒绝列表、DNS 黑名单和协议测试检查客户端,只有通过的客户端才交给 smtpd 进程。Postfix 2.10 之前的版本此行没有 `to` 部分。',
    },
  },
  {
    kind: 'postscreen.pass',
    daemons: ['postscreen'],
    pattern: /^PASS (?<verdict>OLD|NEW) \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen let {client_address} through ({verdict}: OLD means it passed the tests before and is still cached, NEW that it passed them just now)',
      'zh-cn': 'postscreen 放行了 {client_address}({verdict}:OLD 表示之前已通过检测且仍在缓存中,NEW 表示刚刚通过检测)',
    },
    detail: {
      en: 'The connection is handed to smtpd, whose `connect from` line follows. With the after-greeting tests (pipelining, non-SMTP, bare newline) enabled, a NEW client is disconnected once and must come back, which delays first-time senders.',
      'zh-cn': '连接随后交给 smtpd,接下来会出现它的 `connect from` 日志。若启用了问候后的测试(pipelining、non-SMTP、bare newline),NEW 客户端会先被断开一次,需要重新连接,因此首次发信的服务器会有延迟。',
    },
  },
  {
    kind: 'postscreen.listed',
    daemons: ['postscreen'],
    pattern: /^(?<verdict>WHITELISTED|ALLOWLISTED|BLACKLISTED|DENYLISTED|WHITELIST VETO|ALLOWLIST VETO) \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen: {client_address} is {verdict} by postscreen_access_list',
      'zh-cn': 'postscreen:{client_address} 被 postscreen_access_list 判定为 {verdict}',
    },
    detail: {
      en: 'ALLOWLISTED/WHITELISTED clients skip all tests; DENYLISTED/BLACKLISTED ones are handled per postscreen_blacklist_action (postscreen_denylist_action since 3.6). A VETO means the client is allowlisted by DNS score but failed another test. Postfix 3.6 renamed the white/black words.',
      'zh-cn': 'ALLOWLISTED/WHITELISTED 的客户端跳过所有测试;DENYLISTED/BLACKLISTED 的客户端按 postscreen_blacklist_action(3.6 起为 postscreen_denylist_action)处理。VETO 表示客户端凭 DNS 得分本可放行,但未通过其他测试。Postfix 3.6 把 white/black 改名为 allow/deny。',
    },
  },
  {
    kind: 'postscreen.dnsbl',
    daemons: ['postscreen'],
    pattern: /^DNSBL rank (?<rank>-?\d+) for \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen: {client_address} scored {rank} on the DNS blocklists (postscreen_dnsbl_threshold decides)',
      'zh-cn': 'postscreen:{client_address} 在 DNS 黑名单中的得分为 {rank}(由 postscreen_dnsbl_threshold 判定)',
    },
    detail: {
      en: 'The sum of the weights in postscreen_dnsbl_sites for the lists that name this address. At or above postscreen_dnsbl_threshold the client fails (postscreen_dnsbl_action); the dnsblog lines before say which lists answered.',
      'zh-cn': '该地址所命中黑名单在 postscreen_dnsbl_sites 中权重之和。达到或超过 postscreen_dnsbl_threshold 即判定失败(按 postscreen_dnsbl_action 处理);之前的 dnsblog 日志说明了是哪些黑名单命中。',
    },
  },
  {
    kind: 'postscreen.pregreet',
    daemons: ['postscreen'],
    pattern: /^PREGREET (?<count>\d+) after (?<time>\S+) from \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    severity: 'warning',
    summary: {
      en: 'postscreen: {client_address} talked before the greeting, as spambots do',
      'zh-cn': 'postscreen:{client_address} 在服务器问候之前就发送了数据(垃圾邮件机器人的典型行为)',
    },
    detail: {
      en: 'postscreen sends a multi-line greeting slowly (postscreen_greet_wait); real SMTP clients wait for it, bots start talking at once. The text after the colon is what the client sent too early. postscreen_greet_action decides what happens (ignore, enforce, drop).',
      'zh-cn': 'postscreen 会缓慢发送多行问候语(postscreen_greet_wait);正常 SMTP 客户端会等待,机器人则立即开始发送。冒号后是客户端过早发送的内容。由 postscreen_greet_action 决定如何处理(ignore、enforce、drop)。',
    },
  },
  {
    kind: 'postscreen.protocol-test',
    daemons: ['postscreen'],
    pattern: /^(?<test>COMMAND PIPELINING|NON-SMTP COMMAND|BARE NEWLINE|COMMAND TIME LIMIT|COMMAND COUNT LIMIT|COMMAND LENGTH LIMIT) from \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen: {client_address} failed the {test} test',
      'zh-cn': 'postscreen:{client_address} 未通过 {test} 检测',
    },
    detail: {
      en: 'An after-greeting protocol test failed: pipelining commands without permission, sending non-SMTP text (e.g. HTTP), bare newlines, or exceeding time/count/length limits. The matching `postscreen_*_action` setting decides whether the client is rejected.',
      'zh-cn': '问候之后的协议测试未通过:未经允许就 pipelining 发送命令、发送非 SMTP 文本(如 HTTP)、使用裸换行,或超过时间/数量/长度限制。由对应的 `postscreen_*_action` 设置决定是否拒绝该客户端。',
    },
  },
  {
    kind: 'postscreen.hangup',
    daemons: ['postscreen'],
    pattern: /^HANGUP after (?<time>\S+) from \[(?<client_address>[^\]]+)\]:(?<port>\d+)(?: in (?<stage>.+))?/,
    summary: {
      en: 'postscreen: {client_address} hung up after {time} s',
      'zh-cn': 'postscreen:{client_address} 在 {time} 秒后挂断',
    },
    detail: {
      en: 'The client closed the connection during the tests; `before SMTP handshake` hangups are typical of bots that give up when they are not greeted at once.',
      'zh-cn': '客户端在测试过程中关闭了连接;`before SMTP handshake` 阶段挂断是机器人未立即收到问候后放弃的典型表现。',
    },
  },
  {
    kind: 'postscreen.disconnect',
    daemons: ['postscreen'],
    pattern: /^DISCONNECT \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen closed the connection from {client_address}',
      'zh-cn': 'postscreen 关闭了来自 {client_address} 的连接',
    },
  },
  {
    kind: 'postscreen.reject.connect',
    daemons: ['postscreen'],
    pattern: /^reject: CONNECT from \[(?<client_address>[^\]]+)\]:(?<port>\d+): (?<reason>too many connections|all screening ports busy|all server ports busy)$/,
    severity: 'warning',
    summary: {
      en: 'postscreen turned away {client_address} at connect time: {reason}',
      'zh-cn': 'postscreen 在连接时拒绝了 {client_address}:{reason}',
    },
    detail: {
      en: '`too many connections`: the client exceeded postscreen_client_connection_count_limit. `all screening ports busy`/`all server ports busy`: postscreen_pre_queue_limit or postscreen_post_queue_limit was reached because smtpd processes are all in use: raise the smtpd process limit in master.cf or look for a flood.',
      'zh-cn': '`too many connections`:客户端超过了 postscreen_client_connection_count_limit。`all screening ports busy`/`all server ports busy`:达到了 postscreen_pre_queue_limit 或 postscreen_post_queue_limit,因为 smtpd 进程已全部占用:在 master.cf 中提高 smtpd 进程上限,或检查是否遭到大量连接攻击。',
    },
  },
  {
    kind: 'postscreen.dnsbl-timeout',
    daemons: ['postscreen'],
    pattern: /^warning: dnsblog reply timeout (?<timeout>\S+) for (?<domain>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'postscreen got no answer from the DNS blocklist {domain} within {timeout}',
      'zh-cn': 'postscreen 在 {timeout} 内没有收到 DNS 黑名单 {domain} 的应答',
    },
    detail: {
      en: 'The DNSBL lookup is ignored for this client. Frequent timeouts mean a slow resolver or a blocklist that refuses queries from public resolvers (Spamhaus does): run a local caching resolver such as unbound.',
      'zh-cn': '对该客户端忽略这次黑名单查询。频繁超时说明解析器较慢,或黑名单拒绝来自公共解析器的查询(如 Spamhaus):建议运行本地缓存解析器,例如 unbound。',
    },
  },
];
