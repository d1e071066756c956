import type { CatalogEntry } from './types';

// Postfix's helper services and administration commands: master, anvil, scache, tlsmgr,
// tlsproxy, trivial-rewrite, verify, dnsblog, spawn, postlogd, postfix-script/postlog,
// sendmail/postdrop/postqueue. Sources: their man pages, STRESS_README, POSTSCREEN_README.
export const serviceEntries: readonly CatalogEntry[] = [
  // master(8): starts and supervises every other daemon.
  {
    kind: 'master.started',
    daemons: ['master'],
    pattern: /^daemon started -- version (?<version>[^,]+), configuration (?<config_dir>\S+)$/,
    summary: {
      en: 'Postfix {version} started (master daemon, configuration {config_dir})',
      'zh-cn': 'Postfix {version} 已启动(master 守护进程,配置目录 {config_dir})',
    },
    detail: {
      en: 'master(8) now listens on the services of master.cf and starts daemons on demand. Lines logged before this one belong to the previous run.',
      'zh-cn': 'master(8) 开始监听 master.cf 中的服务,并按需启动各守护进程。此行之前的日志属于上一次运行。',
    },
  },
  {
    kind: 'master.reload',
    daemons: ['master'],
    pattern: /^reload (?:-- version (?<version>[^,]+), )?configuration (?<config_dir>\S+)$/,
    summary: {
      en: 'Postfix reloaded its configuration from {config_dir}',
      'zh-cn': 'Postfix 从 {config_dir} 重新加载了配置',
    },
    detail: {
      en: 'After `postfix reload` (or SIGHUP) master re-reads main.cf and master.cf; running daemons finish their current work and are replaced by ones with the new settings. Postfix 2.x logs it as `reload configuration`.',
      'zh-cn': '执行 `postfix reload`(或收到 SIGHUP)后,master 重新读取 main.cf 和 master.cf;正在运行的进程完成当前工作后会被使用新配置的进程替换。Postfix 2.x 记为 `reload configuration`。',
    },
  },
  {
    kind: 'master.stopped',
    daemons: ['master'],
    pattern: /^terminating on signal (?<signal>\d+)$/,
    summary: {
      en: 'Postfix stopped (master received signal {signal})',
      'zh-cn': 'Postfix 已停止(master 收到信号 {signal})',
    },
    detail: {
      en: 'Signal 15 (SIGTERM) is a normal `postfix stop` or service shutdown. Mail already queued stays in the queue and is delivered after the next start.',
      'zh-cn': '信号 15(SIGTERM)是正常的 `postfix stop` 或服务停止。已入队的邮件仍留在队列中,下次启动后继续投递。',
    },
  },
  {
    kind: 'master.process-exit',
    daemons: ['master'],
    pattern: /^warning: process (?<command>\S+) pid (?<child_pid>\d+) (?<how>exit status \d+|killed by signal \d+)$/,
    severity: 'warning',
    summary: {
      en: 'The daemon {command} (pid {child_pid}) died: {how}',
      'zh-cn': '守护进程 {command}(pid {child_pid})异常退出:{how}',
    },
    detail: {
      en: 'Look just above for that process\'s own fatal/panic line: it says why. `exit status 1` follows a fatal configuration or permission error; `killed by signal 9` is usually the out-of-memory killer or a manual kill.',
      'zh-cn': '在此行上方查找该进程自己的 fatal/panic 日志,那里说明了原因。`exit status 1` 通常跟在配置或权限类致命错误之后;`killed by signal 9` 通常是内存不足被系统杀掉或被手动杀掉。',
    },
  },
  {
    kind: 'master.throttling',
    daemons: ['master'],
    pattern: /^warning: (?<command>\S+): bad command startup -- throttling$/,
    severity: 'error',
    summary: {
      en: 'The daemon {command} keeps failing at start-up; master delays restarting it',
      'zh-cn': '守护进程 {command} 启动时反复失败,master 暂缓重启它',
    },
    detail: {
      en: 'master waits service_throttle_time (60 s) before trying again; mail for this service waits meanwhile. Fix the error in the daemon\'s fatal line above, then `postfix reload`.',
      'zh-cn': 'master 会等待 service_throttle_time(60 秒)后再重试,期间该服务的邮件处于等待状态。修复上方该进程 fatal 日志中的错误,然后执行 `postfix reload`。',
    },
  },
  {
    kind: 'master.process-limit',
    daemons: ['master'],
    pattern: /^warning: service "(?<service>[^"]+)" \((?<endpoint>[^)]*)\) has reached its process limit "(?<limit>\d+)": new clients may experience noticeable delays$/,
    severity: 'warning',
    summary: {
      en: 'The {service} service is running its maximum of {limit} processes; new clients have to wait',
      'zh-cn': '{service} 服务已运行到进程上限 {limit},新客户端需要等待',
    },
    detail: {
      en: 'Every process of this master.cf service is busy: a traffic peak, slow clients, or a slow milter/policy server. Raise the process limit in master.cf (or default_process_limit) if the machine can take it; STRESS_README explains the automatic stress mode.',
      'zh-cn': '该 master.cf 服务的所有进程都在忙:流量高峰、客户端缓慢,或 milter/策略服务器响应慢。若机器资源允许,可提高 master.cf 中的进程上限(或 default_process_limit);STRESS_README 介绍了自动压力模式。',
    },
  },
  {
    kind: 'master.stress-advice',
    daemons: ['master'],
    pattern: /^warning: (?<advice>to avoid this condition, increase the process count in master\.cf or reduce the service time per client|see http:\/\/www\.postfix\.org\/STRESS_README\.html for examples of stress-adapting configuration settings)$/,
    severity: 'warning',
    summary: {
      en: 'master\'s advice about the process limit: {advice}',
      'zh-cn': 'master 关于进程上限的建议:{advice}',
    },
  },
  {
    kind: 'master.bind-failed',
    daemons: ['master'],
    pattern: /^fatal: bind (?<address>\S+) port (?<port>\d+): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'Postfix could not listen on {address} port {port}: {reason}',
      'zh-cn': 'Postfix 无法监听 {address} 的 {port} 端口:{reason}',
    },
    detail: {
      en: '`Address already in use`: another mail server (sendmail, exim) or a second Postfix instance holds the port; find it with `ss -ltnp`. `Cannot assign requested address`: inet_interfaces names an address this machine does not have.',
      'zh-cn': '`Address already in use`:另一个邮件服务器(sendmail、exim)或第二个 Postfix 实例占用了该端口,可用 `ss -ltnp` 查找。`Cannot assign requested address`:inet_interfaces 中指定了本机不存在的地址。',
    },
  },

  // postfix(1) via postfix-script, and postlog(1) which it uses since Postfix 3.4.
  {
    kind: 'postfix.starting',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?starting the Postfix mail system$/,
    summary: {
      en: '`postfix start`: the Postfix mail system is starting',
      'zh-cn': '`postfix start`:Postfix 邮件系统正在启动',
    },
    detail: {
      en: 'postfix-script checked the installation and is starting master; its `daemon started` line follows.',
      'zh-cn': 'postfix-script 完成安装检查,正在启动 master;随后会出现 `daemon started` 日志。',
    },
  },
  {
    kind: 'postfix.stopping',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?(?:stopping the Postfix mail system|waiting for the Postfix mail system to terminate)$/,
    summary: {
      en: '`postfix stop`: the Postfix mail system is shutting down',
      'zh-cn': '`postfix stop`:Postfix 邮件系统正在关闭',
    },
  },
  {
    kind: 'postfix.refreshing',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?refreshing the Postfix mail system$/,
    summary: {
      en: '`postfix reload`: the Postfix mail system is re-reading its configuration',
      'zh-cn': '`postfix reload`:Postfix 邮件系统正在重新读取配置',
    },
  },
  {
    kind: 'postfix.already-running',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?fatal: the Postfix mail system is (?<state>already running|not running)$/,
    severity: 'warning',
    summary: {
      en: 'The postfix command did nothing: the mail system is {state}',
      'zh-cn': 'postfix 命令未执行:邮件系统{state}',
    },
    detail: {
      en: '`postfix start` on a running system or `postfix stop`/`reload` on a stopped one. If Postfix seems down but says it is running, a stale master.lock or pid file in the queue directory may be the cause.',
      'zh-cn': '对正在运行的系统执行了 `postfix start`,或对已停止的系统执行了 `postfix stop`/`reload`。如果 Postfix 看起来没运行却提示正在运行,可能是队列目录中残留的 master.lock 或 pid 文件所致。',
    },
  },
  {
    kind: 'postfix.integrity-failed',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?fatal: Postfix integrity check failed!$/,
    severity: 'error',
    summary: {
      en: 'Postfix refused to start: the installation integrity check failed',
      'zh-cn': 'Postfix 拒绝启动:安装完整性检查失败',
    },
    detail: {
      en: 'The lines just before name the problem (missing files, wrong owners or permissions of the queue directories). `postfix set-permissions` or `postfix check` help fix them.',
      'zh-cn': '此行之前的日志指出了问题(文件缺失、队列目录的属主或权限错误)。可用 `postfix set-permissions` 或 `postfix check` 修复。',
    },
  },
  {
    kind: 'postfix.running',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?the Postfix mail system is running: PID: (?<master_pid>\d+)$/,
    summary: {
      en: '`postfix status`: the Postfix mail system is running (master process {master_pid})',
      'zh-cn': '`postfix status`:Postfix 邮件系统正在运行(master 进程 {master_pid})',
    },
  },
  {
    kind: 'postfix.permissions',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?warning: (?<problem>not owned by [^:]+|group or other writable|symlink leaves directory|not set-gid or not owned by group \S+|not set-uid or not owned by \S+|not a regular file): (?<path>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'Postfix\'s installation check found a file problem: {path} is {problem}',
      'zh-cn': 'Postfix 安装检查发现文件问题:{path} {problem}',
    },
    detail: {
      en: 'postfix-script checks ownership and permissions at start and on `postfix check`. Run `postfix set-permissions` (or fix the owner/mode by hand); wrong permissions can stop daemons or open security holes.',
      'zh-cn': 'postfix-script 在启动和执行 `postfix check` 时检查属主和权限。运行 `postfix set-permissions`(或手动修正属主/权限);错误的权限可能导致进程无法工作或带来安全隐患。',
    },
  },
  {
    kind: 'postfix.chroot-file-differs',
    daemons: ['postfix-script', 'postlog', 'postfix'],
    pattern: /^(?:postfix\/post(?:log|fix-script): )?warning: (?<chroot_file>\S+) and (?<file>\S+) differ$/,
    severity: 'warning',
    summary: {
      en: 'The chroot copy {chroot_file} is out of date with {file}',
      'zh-cn': 'chroot 中的副本 {chroot_file} 与 {file} 不一致',
    },
    detail: {
      en: 'Chrooted daemons (master.cf column 5 = y) read files such as resolv.conf from the copy inside the queue directory. Restarting Postfix usually refreshes them (Debian\'s init script copies them).',
      'zh-cn': '运行在 chroot 中的守护进程(master.cf 第 5 列为 y)读取的是队列目录内的副本,例如 resolv.conf。通常重启 Postfix 会刷新这些副本(Debian 的启动脚本会复制它们)。',
    },
  },

  // anvil(8): per-client connection and rate statistics.
  {
    kind: 'anvil.statistics',
    daemons: ['anvil'],
    pattern: /^statistics: max (?<metric>[a-zA-Z][a-zA-Z ]*?) (?<value>\d\S*)(?: for \((?<service>[^:)]+):(?<client_address>[^)]*)\))? at (?<time>.+)$/,
    summary: {
      en: 'anvil statistics: the highest {metric} was {value}, at {time}',
      'zh-cn': 'anvil 统计:{metric} 最大值为 {value},出现在 {time}',
    },
    detail: {
      en: 'anvil(8) logs the peak values of the last interval when it goes idle (anvil_status_update_time). They are informational and help choose the `smtpd_client_*_limit` settings; `smtp:1.2.3.4` names the service and client that peaked.',
      'zh-cn': 'anvil(8) 在空闲时(anvil_status_update_time)记录上一时段的峰值。这些是参考信息,可用于确定 `smtpd_client_*_limit` 的设置;`smtp:1.2.3.4` 表示达到峰值的服务和客户端。',
    },
  },

  // scache(8): the shared SMTP connection cache.
  {
    kind: 'scache.statistics',
    daemons: ['scache'],
    pattern: /^statistics: (?<metric>start interval|domain lookup|address lookup|max simultaneous) (?<value>.+)$/,
    summary: {
      en: 'Connection cache statistics ({metric}): {value}',
      'zh-cn': '连接缓存统计({metric}):{value}',
    },
    detail: {
      en: 'scache(8) keeps open SMTP connections for reuse by later deliveries to the same destination (smtp_connection_cache_destinations, and automatically under load). `success=` is the share of deliveries that reused a connection.',
      'zh-cn': 'scache(8) 保持打开的 SMTP 连接,供之后发往同一目的地的投递复用(smtp_connection_cache_destinations,负载高时也会自动启用)。`success=` 是复用了连接的投递所占比例。',
    },
  },

  // Caches of verify(8), postscreen(8), tlsmgr(8).
  {
    kind: 'cache.cleanup',
    daemons: ['verify', 'postscreen', 'tlsmgr'],
    pattern: /^cache (?<cache>\S+) full cleanup: retained=(?<retained>\d+) dropped=(?<dropped>\d+) entries$/,
    summary: {
      en: '{daemon} cleaned its cache {cache}: kept {retained} entries, dropped {dropped} expired ones',
      'zh-cn': '{daemon} 清理了缓存 {cache}:保留 {retained} 条,删除 {dropped} 条过期记录',
    },
    detail: {
      en: 'Routine maintenance, run every `*_cache_cleanup_interval`; nothing to do.',
      'zh-cn': '例行维护,每隔 `*_cache_cleanup_interval` 执行一次,无需处理。',
    },
  },

  // tlsmgr(8): TLS session cache and PRNG manager.
  {
    kind: 'tlsmgr.non-postfix-directory',
    daemons: ['tlsmgr'],
    pattern: /^warning: request to update table (?<table>\S+) in non-postfix directory (?<directory>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'The TLS session cache {table} lives in {directory}, which is not owned by postfix',
      'zh-cn': 'TLS 会话缓存 {table} 位于 {directory},该目录不属于 postfix 用户',
    },
    detail: {
      en: 'Postfix 2.9+ wants writable caches under data_directory. Point smtpd_tls_session_cache_database and smtp_tls_session_cache_database at btree:$data_directory/... to silence this.',
      'zh-cn': 'Postfix 2.9 起要求可写缓存位于 data_directory 下。把 smtpd_tls_session_cache_database 和 smtp_tls_session_cache_database 设置为 btree:$data_directory/... 即可消除此警告。',
    },
  },
  {
    kind: 'tlsmgr.redirecting',
    daemons: ['tlsmgr'],
    pattern: /^warning: redirecting the request to postfix-owned data_directory (?<directory>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'tlsmgr keeps the cache in the postfix-owned data_directory {directory} instead',
      'zh-cn': 'tlsmgr 改为把缓存保存在 postfix 拥有的 data_directory {directory} 中',
    },
  },

  // tlsproxy(8): TLS on behalf of postscreen and the SMTP client's connection reuse.
  {
    kind: 'tlsproxy.connect',
    daemons: ['tlsproxy'],
    pattern: /^CONNECT (?<direction>from|to) \[(?<address>[^\]]+)\]:(?<port>\d+)$/,
    summary: {
      en: 'tlsproxy opened a TLS-wrapped connection {direction} {address}',
      'zh-cn': 'tlsproxy 建立了一个 TLS 代理连接({direction} {address})',
    },
    detail: {
      en: 'tlsproxy does the TLS work for postscreen (STARTTLS before the client reaches smtpd) and, since Postfix 3.4, for SMTP client connection reuse over TLS.',
      'zh-cn': 'tlsproxy 为 postscreen 处理 TLS(客户端到达 smtpd 之前的 STARTTLS),Postfix 3.4 起也为 SMTP 客户端复用 TLS 连接提供支持。',
    },
  },
  {
    kind: 'tlsproxy.disconnect',
    daemons: ['tlsproxy'],
    pattern: /^DISCONNECT \[(?<address>[^\]]+)\]:(?<port>\d+)$/,
    summary: {
      en: 'tlsproxy closed the connection with {address}',
      'zh-cn': 'tlsproxy 关闭了与 {address} 的连接',
    },
  },
  {
    kind: 'tlsproxy.tls.established',
    daemons: ['tlsproxy'],
    pattern: /^(?<trust>Anonymous|Untrusted|Trusted|Verified) TLS connection established (?<direction>from|to) (?<peer>\S+?): (?<tls_protocol>\S+) with cipher (?<tls_cipher>\S+)/,
    summary: {
      en: 'tlsproxy established a {trust} TLS connection {direction} {peer}: {tls_protocol} with {tls_cipher}',
      'zh-cn': 'tlsproxy 建立了 {trust} TLS 连接({direction} {peer}):{tls_protocol},加密套件 {tls_cipher}',
    },
  },
  {
    kind: 'tlsproxy.handshake-failed',
    daemons: ['tlsproxy'],
    pattern: /^TLS handshake failed for service=(?<service>\S+) peer=(?<peer>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'tlsproxy: the TLS handshake with {peer} failed (service {service})',
      'zh-cn': 'tlsproxy:与 {peer} 的 TLS 握手失败(服务 {service})',
    },
  },

  // trivial-rewrite(8): address rewriting and resolving.
  {
    kind: 'trivial-rewrite.duplicate-domain',
    daemons: ['trivial-rewrite'],
    pattern: /^warning: do not list domain (?<domain>\S+) in BOTH (?<first>\S+) and (?<second>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'The domain {domain} is listed in both {first} and {second}; it must be in only one address class',
      'zh-cn': '域名 {domain} 同时出现在 {first} 和 {second} 中;一个域名只能属于一种地址类别',
    },
    detail: {
      en: 'Postfix decides how to deliver a domain by the one class it belongs to (local: mydestination, virtual alias, virtual mailbox, relay). Remove the domain from one list (usually mydestination for virtual domains) and `postfix reload`.',
      'zh-cn': 'Postfix 根据域名所属的唯一类别决定投递方式(本地 mydestination、虚拟别名、虚拟邮箱、中继)。把该域名从其中一个列表中删除(虚拟域通常要从 mydestination 删除),然后 `postfix reload`。',
    },
  },
  {
    kind: 'trivial-rewrite.lookup-failure',
    daemons: ['trivial-rewrite'],
    pattern: /^warning: (?<parameter>[a-z_]+) lookup failure$/,
    severity: 'error',
    summary: {
      en: 'trivial-rewrite could not look up {parameter}; affected mail is deferred',
      'zh-cn': 'trivial-rewrite 无法查询 {parameter};受影响的邮件被推迟',
    },
    detail: {
      en: 'The lookup table behind this parameter (a database, LDAP or a missing .db file) failed. The table warning before this line names the cause.',
      'zh-cn': '该参数所用的查找表(数据库、LDAP 或缺失的 .db 文件)出错。此行之前的查找表警告说明了原因。',
    },
  },

  // dnsblog(8): DNS blocklist lookups for postscreen.
  {
    kind: 'dnsblog.listed',
    daemons: ['dnsblog'],
    pattern: /^addr (?<client_address>\S+) listed by domain (?<domain>\S+) as (?<reply>\S+)$/,
    summary: {
      en: 'The DNS blocklist {domain} lists {client_address} (answer {reply})',
      'zh-cn': 'DNS 黑名单 {domain} 列出了 {client_address}(返回 {reply})',
    },
    detail: {
      en: 'dnsblog asks the lists in postscreen_dnsbl_sites on postscreen\'s behalf; the answer code tells why (for Spamhaus ZEN 127.0.0.2-3 SBL, .4-.7 XBL/CSS, .10-.11 PBL; 127.255.255.x means your query was refused). postscreen then logs the total `DNSBL rank`.',
      'zh-cn': 'dnsblog 代表 postscreen 查询 postscreen_dnsbl_sites 中的黑名单;返回码说明了原因(Spamhaus ZEN:127.0.0.2-3 为 SBL,.4-.7 为 XBL/CSS,.10-.11 为 PBL;127.255.255.x 表示查询被拒绝)。随后 postscreen 记录总的 `DNSBL rank`。',
    },
  },
  {
    kind: 'dnsblog.lookup-error',
    daemons: ['dnsblog'],
    pattern: /^warning: dnsblog_query: lookup error for DNS query (?<query>\S+): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'A DNS blocklist query failed ({query}): {reason}',
      'zh-cn': 'DNS 黑名单查询失败({query}):{reason}',
    },
    detail: {
      en: 'The resolver could not answer; the blocklist is ignored for this client. Check the local resolver and that the blocklist zone name is spelled correctly.',
      'zh-cn': '解析器无法应答,该黑名单对此客户端不起作用。请检查本地解析器以及黑名单域名是否拼写正确。',
    },
  },

  // spawn(8): runs non-Postfix services such as policy daemons.
  {
    kind: 'spawn.exit',
    daemons: ['spawn'],
    pattern: /^warning: command (?<command>\S+) exit status (?<status>\d+)$/,
    severity: 'warning',
    summary: {
      en: 'The program {command} started by spawn exited with status {status}',
      'zh-cn': '由 spawn 启动的程序 {command} 以状态 {status} 退出',
    },
    detail: {
      en: 'spawn(8) runs external services from master.cf, typically a policy server such as policyd-spf. A non-zero status means it crashed: its own log lines (or running the command by hand) show why; smtpd meanwhile reports `problem talking to server`.',
      'zh-cn': 'spawn(8) 运行 master.cf 中的外部服务,通常是 policyd-spf 之类的策略服务器。非零状态表示它崩溃了:查看它自己的日志(或手动运行该命令)可知原因;此时 smtpd 会报告 `problem talking to server`。',
    },
  },

  // postlogd(8): writes maillog_file when Postfix logs without syslog (3.4+).
  {
    kind: 'postlogd.problem',
    daemons: ['postlogd'],
    pattern: /^(?<level>warning|error|fatal): (?<text>.+)$/,
    severity: 'warning',
    summary: {
      en: 'postlogd, Postfix\'s own log writer, reported a problem: {text}',
      'zh-cn': 'Postfix 自带的日志写入服务 postlogd 报告了问题:{text}',
    },
    detail: {
      en: 'postlogd writes the file named by maillog_file (e.g. /var/log/postfix.log, or /dev/stdout in containers). Problems here mean log lines may be lost: check the file\'s directory, permissions and maillog_file_prefixes.',
      'zh-cn': 'postlogd 负责写入 maillog_file 指定的文件(如 /var/log/postfix.log,容器中常为 /dev/stdout)。这里的问题意味着日志可能丢失:请检查文件所在目录、权限以及 maillog_file_prefixes。',
    },
  },

  // sendmail(1), postdrop(1), postqueue(1): local submission and queue commands.
  {
    kind: 'sendmail.no-recipients',
    daemons: ['sendmail'],
    pattern: /^fatal: (?:(?<user>\S+)\((?<uid>\d+)\): )?(?<reason>No recipient addresses found in message header|Recipient addresses must be specified on the command line or via the -t option)$/,
    severity: 'error',
    summary: {
      en: 'The sendmail command got no recipients, so nothing was sent: {reason}',
      'zh-cn': 'sendmail 命令没有得到收件人,因此没有发出任何邮件:{reason}',
    },
    detail: {
      en: 'A script called sendmail without recipient arguments and without -t, or with -t but no To/Cc/Bcc header. Fix the calling program (often a PHP mail() or cron configuration).',
      'zh-cn': '某个脚本调用 sendmail 时既没有给出收件人参数也没有使用 -t,或使用了 -t 但邮件头中没有 To/Cc/Bcc。请修正调用方(通常是 PHP 的 mail() 或 cron 配置)。',
    },
  },
  {
    kind: 'sendmail.not-allowed',
    daemons: ['sendmail', 'postdrop'],
    pattern: /^fatal: User (?<user>\S+)\((?<uid>\d+)\) is not allowed to submit mail$/,
    severity: 'error',
    summary: {
      en: 'The user {user} (uid {uid}) may not submit mail with sendmail',
      'zh-cn': '用户 {user}(uid {uid})不允许通过 sendmail 提交邮件',
    },
    detail: {
      en: 'authorized_submit_users does not include this user. Add it if the program is legitimate.',
      'zh-cn': 'authorized_submit_users 中不包含该用户。如果该程序是合法的,请把它加入。',
    },
  },
  {
    kind: 'sendmail.too-big',
    daemons: ['sendmail', 'postdrop'],
    pattern: /^fatal: (?<user>\S+)\((?<uid>\d+)\): message file too big$/,
    severity: 'error',
    summary: {
      en: 'A message submitted by {user} is larger than message_size_limit and was refused',
      'zh-cn': '{user} 提交的邮件超过了 message_size_limit,被拒绝',
    },
  },
  {
    kind: 'postdrop.pickup-unavailable',
    daemons: ['postdrop', 'sendmail'],
    pattern: /^warning: unable to look up public\/pickup: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'postdrop could not notify the pickup service ({reason}); the message waits in the maildrop queue',
      'zh-cn': 'postdrop 无法通知 pickup 服务({reason});邮件暂存在 maildrop 队列中',
    },
    detail: {
      en: 'Postfix is not running (or the public/pickup socket is missing). The message is safe in maildrop and is picked up after `postfix start`.',
      'zh-cn': 'Postfix 未运行(或 public/pickup 套接字不存在)。邮件安全地保存在 maildrop 中,执行 `postfix start` 后会被收取。',
    },
  },
  {
    kind: 'postdrop.queue-write',
    daemons: ['postdrop', 'sendmail'],
    pattern: /^warning: mail_queue_enter: create file (?<file>\S+): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'A local submission could not write the queue file {file}: {reason}',
      'zh-cn': '本地提交无法写入队列文件 {file}:{reason}',
    },
    detail: {
      en: '`Permission denied`: postdrop is not set-gid postdrop or the maildrop directory has wrong permissions (`postfix set-permissions`). `No space left on device`: the queue file system is full.',
      'zh-cn': '`Permission denied`:postdrop 没有 setgid postdrop 权限,或 maildrop 目录权限错误(执行 `postfix set-permissions`)。`No space left on device`:队列所在文件系统已满。',
    },
  },
  {
    kind: 'postqueue.mail-system-down',
    daemons: ['postqueue', 'sendmail'],
    pattern: /^(?:warning: Mail system is down -- accessing queue directly|fatal: Cannot flush mail queue - mail system is down)$/,
    severity: 'warning',
    summary: {
      en: 'The queue command found Postfix not running',
      'zh-cn': '队列命令发现 Postfix 没有运行',
    },
    detail: {
      en: '`postqueue -p` still lists the queue by reading it directly, but flushing (`postqueue -f`) needs a running Postfix.',
      'zh-cn': '`postqueue -p` 仍可直接读取队列列出邮件,但刷新队列(`postqueue -f`)需要 Postfix 正在运行。',
    },
  },
];
