import type { CatalogEntry } from './types';

// Lines any Postfix daemon may write; tried after the daemon's own entries.
export const genericEntries: readonly CatalogEntry[] = [
  {
    kind: 'generic.warning',
    daemons: ['*'],
    pattern: /^warning: (?<text>.*)$/,
    severity: 'warning',
    summary: {
      en: '{daemon} reported a warning: {text}',
      'zh-cn': '{daemon} 报告了警告:{text}',
    },
    detail: {
      en: 'Something is wrong but the daemon carried on. Repeated warnings usually point at configuration (a missing map, a bad DNS record, a milter that does not answer).',
      'zh-cn': '出现问题但进程继续运行。反复出现的警告通常指向配置问题(缺失的查找表、错误的 DNS 记录、无响应的 milter)。',
    },
  },
  {
    kind: 'generic.error',
    daemons: ['*'],
    pattern: /^error: (?<text>.*)$/,
    severity: 'error',
    summary: {
      en: '{daemon} reported an error: {text}',
      'zh-cn': '{daemon} 报告了错误:{text}',
    },
  },
  {
    kind: 'generic.fatal',
    daemons: ['*'],
    pattern: /^fatal: (?<text>.*)$/,
    severity: 'error',
    summary: {
      en: '{daemon} stopped on a fatal error: {text}',
      'zh-cn': '{daemon} 因致命错误退出:{text}',
    },
    detail: {
      en: 'The process exited; master restarts it, and a daemon that keeps dying is throttled (`master: warning: process ... exit status 1`). Fix the cause named here, then `postfix reload`.',
      'zh-cn': '进程已退出;master 会重启它,反复退出的进程会被限流。修复这里指出的原因后执行 `postfix reload`。',
    },
  },
  {
    kind: 'generic.panic',
    daemons: ['*'],
    pattern: /^panic: (?<text>.*)$/,
    severity: 'error',
    summary: {
      en: '{daemon} panicked: {text}',
      'zh-cn': '{daemon} 发生 panic:{text}',
    },
    detail: {
      en: 'An internal consistency check failed: a Postfix bug or a corrupted queue file. Report it to the Postfix mailing list with the lines around it.',
      'zh-cn': '内部一致性检查失败:可能是 Postfix 的 bug 或队列文件损坏。请带上前后日志报告到 Postfix 邮件列表。',
    },
  },
];
