import type { CatalogEntry } from './types';

// postscreen: the zombie-blocking front door on port 25 (POSTSCREEN_README).
export const postscreenEntries: readonly CatalogEntry[] = [
  {
    kind: 'postscreen.connect',
    daemons: ['postscreen'],
    pattern: /^CONNECT from \[(?<client_address>[^\]]+)\]:(?<port>\d+) to \[(?<server_address>[^\]]+)\]:(?<server_port>\d+)/,
    summary: {
      en: 'postscreen received a connection from {client_address} and is screening it before smtpd sees it',
      'zh-cn': 'postscreen 收到来自 {client_address} 的连接,在交给 smtpd 之前先进行筛查',
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
  },
  {
    kind: 'postscreen.listed',
    daemons: ['postscreen'],
    pattern: /^(?<verdict>WHITELISTED|ALLOWLISTED|BLACKLISTED|DENYLISTED|WHITELIST VETO|ALLOWLIST VETO) \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen: {client_address} is {verdict} by postscreen_access_list',
      'zh-cn': 'postscreen:{client_address} 被 postscreen_access_list 判定为 {verdict}',
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
  },
  {
    kind: 'postscreen.protocol-test',
    daemons: ['postscreen'],
    pattern: /^(?<test>COMMAND PIPELINING|NON-SMTP COMMAND|BARE NEWLINE|COMMAND TIME LIMIT|COMMAND COUNT LIMIT|COMMAND LENGTH LIMIT) from \[(?<client_address>[^\]]+)\]:(?<port>\d+)/,
    summary: {
      en: 'postscreen: {client_address} failed the {test} test',
      'zh-cn': 'postscreen:{client_address} 未通过 {test} 检测',
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
];
