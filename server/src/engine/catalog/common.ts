import type { CatalogEntry } from './types';

const ANY = ['*'];

// Specific lines that any Postfix daemon may write (lookup tables, TLS library, milters, policy
// servers, configuration). Tried after each daemon's own entries, before the generic fallbacks.
// Sources: DATABASE_README, TLS_README, MILTER_README, SMTPD_POLICY_README, COMPATIBILITY_README.
export const commonEntries: readonly CatalogEntry[] = [
  {
    kind: 'tls.ca-unusable',
    daemons: ['smtpd', 'smtp', 'lmtp', 'tlsproxy', 'postscreen', 'tlsmgr'],
    // tls_set_ca_certificate_info() logs it as info, without `warning:`; the OpenSSL reason follows.
    pattern: /^cannot (?<what>load Certificate Authority data|set certificate verification paths)(?:: disabling TLS support)?$/,
    severity: 'error',
    summary: {
      en: '{daemon} could not {what}, so it runs without TLS',
      'zh-cn': '{daemon} 无法加载 CA 证书数据({what}),因此在不使用 TLS 的情况下运行',
    },
    detail: {
      en: 'The file or directory named by smtpd_tls_CAfile / smtpd_tls_CApath (smtp_tls_CAfile / smtp_tls_CApath for the client) is missing or unreadable, often inside the chroot. The `TLS library problem` lines after it name the file. Meanwhile STARTTLS is not offered, and servers that require it refuse the mail.',
      'zh-cn': 'smtpd_tls_CAfile / smtpd_tls_CApath(客户端为 smtp_tls_CAfile / smtp_tls_CApath)指定的文件或目录不存在或不可读,常见于 chroot 环境。随后的 `TLS library problem` 日志会给出文件名。在此期间不提供 STARTTLS,要求 TLS 的服务器会拒收邮件。',
    },
  },
  {
    kind: 'tls.library-problem',
    daemons: ANY,
    pattern: /^warning: TLS library problem: (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: '{daemon}: OpenSSL reported a TLS problem: {reason}',
      'zh-cn': '{daemon}:OpenSSL 报告了 TLS 问题:{reason}',
    },
    detail: {
      en: 'The OpenSSL error string says what failed: `unknown protocol`/`wrong version number` (plain text on a TLS port, or a very old client), `no shared cipher` (protocol or cipher settings exclude each other), `sslv3 alert certificate unknown`/`tlsv1 alert unknown ca` (the peer does not trust your certificate chain: check smtpd_tls_chain_files or the intermediate certificate). A single occurrence from a scanner is harmless.',
      'zh-cn': 'OpenSSL 的错误信息说明了失败原因:`unknown protocol`/`wrong version number`(在 TLS 端口上发送了明文,或客户端过旧)、`no shared cipher`(双方协议或加密套件设置互斥)、`sslv3 alert certificate unknown`/`tlsv1 alert unknown ca`(对方不信任你的证书链:检查 smtpd_tls_chain_files 或中间证书)。来自扫描器的偶发记录无需处理。',
    },
  },
  {
    kind: 'tls.key-or-cert-unusable',
    daemons: ANY,
    pattern: /^warning: cannot (?:get|load) (?<what>.+?) from file "?(?<file>[^"\s]+?)"?: disabling TLS support$/,
    severity: 'error',
    summary: {
      en: '{daemon} could not load the {what} from {file}, so TLS is disabled',
      'zh-cn': '{daemon} 无法从 {file} 加载 {what},因此禁用了 TLS',
    },
    detail: {
      en: 'The file is missing, unreadable (permissions, or outside the chroot) or the key does not match the certificate. Clients that require TLS cannot connect, and submission with smtpd_tls_auth_only breaks. Check smtpd_tls_cert_file/smtpd_tls_key_file (or smtpd_tls_chain_files).',
      'zh-cn': '文件不存在、无法读取(权限问题或位于 chroot 之外),或私钥与证书不匹配。要求 TLS 的客户端将无法连接,启用 smtpd_tls_auth_only 的提交端口也会失效。请检查 smtpd_tls_cert_file/smtpd_tls_key_file(或 smtpd_tls_chain_files)。',
    },
  },
  {
    kind: 'table.unavailable',
    daemons: ANY,
    pattern: /^(?:warning|error|fatal): (?<table>[a-z]+:\S+) is unavailable\. (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'The lookup table {table} cannot be used: {reason}',
      'zh-cn': '查找表 {table} 无法使用:{reason}',
    },
    detail: {
      en: 'Postfix answers 4xx or defers mail that needs this table until it works. For hash:/btree: tables the .db file is usually missing: run `postmap` on the source file (`newaliases` for aliases) and check that the map type is supported (`postconf -m`).',
      'zh-cn': '在该表恢复之前,需要它的邮件会被 4xx 拒绝或推迟。对于 hash:/btree: 表,通常是缺少 .db 文件:对源文件执行 `postmap`(别名表执行 `newaliases`),并确认该表类型受支持(`postconf -m`)。',
    },
  },
  {
    kind: 'table.missing-database',
    daemons: ANY,
    pattern: /^(?:fatal|warning|error): open database (?<database>\S+): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: '{daemon} could not open the database {database}: {reason}',
      'zh-cn': '{daemon} 无法打开数据库文件 {database}:{reason}',
    },
    detail: {
      en: 'The compiled lookup table is missing or unreadable. Run `postmap` on its source file (or `newaliases` for /etc/aliases.db) and `postfix reload`.',
      'zh-cn': '编译后的查找表不存在或无法读取。对其源文件执行 `postmap`(/etc/aliases.db 则执行 `newaliases`),然后 `postfix reload`。',
    },
  },
  {
    kind: 'table.stale',
    daemons: ANY,
    pattern: /^warning: database (?<database>\S+) is older than source file (?<source>\S+)$/,
    severity: 'warning',
    summary: {
      en: 'The lookup table {database} is older than its source {source}: the latest edits are not in effect',
      'zh-cn': '查找表 {database} 比源文件 {source} 旧:最近的修改尚未生效',
    },
    detail: {
      en: 'Someone edited the source file and forgot to rebuild it. Run `postmap {source}` (or `newaliases` for the aliases file).',
      'zh-cn': '源文件被修改后没有重新生成。执行 `postmap {source}`(别名文件执行 `newaliases`)。',
    },
  },
  {
    kind: 'table.changed',
    daemons: ANY,
    pattern: /^table (?<table>\S+) has changed -- restarting$/,
    summary: {
      en: 'The lookup table {table} was rebuilt, so {daemon} restarts to read the new version',
      'zh-cn': '查找表 {table} 已重新生成,{daemon} 将重启以读取新版本',
    },
    detail: {
      en: 'Normal after `postmap`: long-running daemons notice the newer file and exit after their current work; master starts fresh ones.',
      'zh-cn': '执行 `postmap` 后的正常现象:长时间运行的守护进程发现文件更新后,会在完成当前工作后退出,由 master 启动新进程。',
    },
  },
  {
    kind: 'table.lookup-error',
    daemons: ANY,
    pattern: /^warning: (?<table>[a-z]+:[^\s:]+(?::[^\s:]+)?):? lookup (?:error for "(?<key>[^"]*)"|of '(?<lookup>[^']*)' failed)/,
    severity: 'error',
    summary: {
      en: 'A lookup in the table {table} failed',
      'zh-cn': '在查找表 {table} 中查询失败',
    },
    detail: {
      en: 'The table backend (database server, LDAP, a broken .db file) returned an error rather than "not found"; Postfix defers the affected mail (4xx) instead of guessing. Check the backend and the table\'s .cf file.',
      'zh-cn': '查找表后端(数据库服务器、LDAP、损坏的 .db 文件)返回了错误而不是"未找到";Postfix 会推迟受影响的邮件(4xx),不会擅自猜测。请检查后端以及该表的 .cf 配置文件。',
    },
  },
  {
    kind: 'table.sql-problem',
    daemons: ANY,
    pattern: /^warning: (?:(?<driver>mysql|pgsql) query failed: (?<reason>.+)|connect to (?<server_driver>mysql|pgsql) server (?<server>\S+): (?<error>.+))$/,
    severity: 'error',
    summary: {
      en: '{daemon} has a problem with its SQL lookup table',
      'zh-cn': '{daemon} 的 SQL 查找表出现问题',
    },
    detail: {
      en: 'Postfix could not connect to the database server or the query in the table\'s .cf file failed (a wrong table or column name, privileges). Test it with `postmap -q key mysql:/etc/postfix/file.cf`.',
      'zh-cn': 'Postfix 无法连接数据库服务器,或表配置文件(.cf)中的查询失败(表名或字段名错误、权限不足)。可用 `postmap -q key mysql:/etc/postfix/file.cf` 测试。',
    },
  },
  {
    kind: 'table.ldap-problem',
    daemons: ANY,
    pattern: /^warning: dict_ldap_(?<function>\w+): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: '{daemon} has a problem with its LDAP lookup table: {reason}',
      'zh-cn': '{daemon} 的 LDAP 查找表出现问题:{reason}',
    },
  },
  {
    kind: 'config.override',
    daemons: ANY,
    pattern: /^warning: (?<file>\S+), line (?<line_no>\d+): overriding earlier entry: (?<setting>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The setting {setting} in {file} (line {line_no}) overrides an earlier line of the same parameter',
      'zh-cn': '{file} 第 {line_no} 行的设置 {setting} 覆盖了同一参数之前的设置',
    },
    detail: {
      en: 'A parameter is set twice in main.cf; the last one wins. Remove the duplicate so nobody edits the wrong line.',
      'zh-cn': 'main.cf 中同一参数设置了两次,以最后一次为准。请删除重复项,以免日后改错行。',
    },
  },
  {
    kind: 'config.unused',
    daemons: ANY,
    pattern: /^(?:warning: )?(?<file>\S+): unused parameter: (?<setting>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The parameter {setting} in {file} is not used by any Postfix program',
      'zh-cn': '{file} 中的参数 {setting} 没有被任何 Postfix 程序使用',
    },
    detail: {
      en: 'Usually a typo in the parameter name, or a parameter of a newer/older Postfix version. `postconf -n` shows what is in effect.',
      'zh-cn': '通常是参数名拼写错误,或该参数属于更新/更旧的 Postfix 版本。`postconf -n` 可显示实际生效的配置。',
    },
  },
  {
    kind: 'config.syntax',
    daemons: ANY,
    pattern: /^(?:fatal|warning|error): (?<file>\/[^\s,:]+)[,:] line (?<line_no>\d+): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'Configuration error in {file}, line {line_no}: {reason}',
      'zh-cn': '配置错误:{file} 第 {line_no} 行:{reason}',
    },
  },
  {
    kind: 'config.bad-parameter',
    daemons: ANY,
    pattern: /^(?:fatal|warning|error): (?:file (?<file>\S+): )?parameter (?<parameter>[\w-]+): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: 'The parameter {parameter} has a value {daemon} cannot use: {reason}',
      'zh-cn': '参数 {parameter} 的值 {daemon} 无法使用:{reason}',
    },
    detail: {
      en: 'Fix the value in main.cf (or the -o override in master.cf) and `postfix reload`; a fatal one stops the daemon until then. `inet_interfaces: no local interface found for ::1` means IPv6 is disabled: set inet_protocols = ipv4.',
      'zh-cn': '修正 main.cf 中的值(或 master.cf 中的 -o 覆盖项)后执行 `postfix reload`;若为 fatal,在修正前该进程无法运行。`inet_interfaces: no local interface found for ::1` 表示 IPv6 已禁用:设置 inet_protocols = ipv4。',
    },
  },
  {
    kind: 'config.unknown-service',
    daemons: ANY,
    pattern: /^fatal: unknown service: (?<service>\S+)$/,
    severity: 'error',
    summary: {
      en: '{daemon} does not know the network service {service}',
      'zh-cn': '{daemon} 不认识网络服务 {service}',
    },
    detail: {
      en: 'Usually a chrooted daemon that cannot see /etc/services: copy it into the chroot (/var/spool/postfix/etc/services) or turn chroot off for that service in master.cf.',
      'zh-cn': '通常是运行在 chroot 中的进程看不到 /etc/services:把它复制到 chroot 中(/var/spool/postfix/etc/services),或在 master.cf 中关闭该服务的 chroot。',
    },
  },
  {
    kind: 'config.compatibility',
    daemons: ANY,
    pattern: /^(?:warning: )?(?:using backwards-compatible default setting (?<setting>\S+)(?: to (?<what>.+))?|Postfix is (?:running|using) (?:with )?backwards-compatible default settings|See http:\/\/www\.postfix\.org\/COMPATIBILITY_README\.html for details|To disable backwards compatibility use .+)$/,
    summary: {
      en: 'Postfix is running with backwards-compatible defaults (compatibility_level below the current one)',
      'zh-cn': 'Postfix 正在使用向后兼容的默认设置(compatibility_level 低于当前版本)',
    },
    detail: {
      en: 'Postfix 3.0 changed some defaults (e.g. chroot, smtputf8_enable, relay restrictions) and keeps the old ones until compatibility_level is raised. Read COMPATIBILITY_README, set the parameters you need explicitly, then `postconf compatibility_level=3.6` (or the level shown) and `postfix reload`.',
      'zh-cn': 'Postfix 3.0 修改了部分默认值(如 chroot、smtputf8_enable、中继限制),在提高 compatibility_level 之前会沿用旧值。阅读 COMPATIBILITY_README,显式设置需要的参数,然后执行 `postconf compatibility_level=3.6`(或提示中的级别)和 `postfix reload`。',
    },
  },
  {
    kind: 'config.ipv6-disabled',
    daemons: ANY,
    pattern: /^warning: inet_protocols: (?<text>(?:disabling IPv6|IPv6 support is disabled|configuring for IPv4 support only).*)$/,
    severity: 'warning',
    summary: {
      en: '{daemon} runs without IPv6: {text}',
      'zh-cn': '{daemon} 在没有 IPv6 的情况下运行:{text}',
    },
    detail: {
      en: 'inet_protocols includes ipv6 (or `all`) but the kernel has no IPv6. Set inet_protocols = ipv4 to silence this.',
      'zh-cn': 'inet_protocols 包含 ipv6(或为 `all`),但内核不支持 IPv6。设置 inet_protocols = ipv4 即可消除此警告。',
    },
  },
  {
    kind: 'config.nis-disabled',
    daemons: ANY,
    pattern: /^warning: dict_nis_init: NIS domain name not set - NIS lookups disabled$/,
    severity: 'warning',
    summary: {
      en: 'NIS lookups are disabled because no NIS domain is set (harmless unless you use NIS)',
      'zh-cn': '因为没有设置 NIS 域,NIS 查询被禁用(除非使用 NIS,否则无害)',
    },
    detail: {
      en: 'The default alias_maps of some builds includes nis:mail.aliases. Set `alias_maps = hash:/etc/aliases` to stop the warning.',
      'zh-cn': '某些版本默认的 alias_maps 包含 nis:mail.aliases。设置 `alias_maps = hash:/etc/aliases` 即可消除此警告。',
    },
  },
  {
    kind: 'milter.connect-failed',
    daemons: ANY,
    pattern: /^warning: connect to Milter service (?<milter>\S+?): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: '{daemon} could not reach the milter {milter}: {reason}',
      'zh-cn': '{daemon} 无法连接 milter {milter}:{reason}',
    },
    detail: {
      en: 'The milter (opendkim, opendmarc, rspamd, clamav-milter, ...) is not running or listens elsewhere; a unix socket must be inside the Postfix chroot (/var/spool/postfix/...). milter_default_action then decides: tempfail (default, clients retry), accept (mail passes unchecked) or reject.',
      'zh-cn': 'milter(opendkim、opendmarc、rspamd、clamav-milter 等)未运行或监听在其他地址;unix 套接字必须位于 Postfix 的 chroot 内(/var/spool/postfix/...)。之后由 milter_default_action 决定:tempfail(默认,客户端重试)、accept(不经检查直接放行)或 reject。',
    },
  },
  {
    kind: 'milter.problem',
    daemons: ANY,
    pattern: /^warning: milter (?<milter>\S+?): (?<reason>.+)$/,
    severity: 'warning',
    summary: {
      en: 'The milter {milter} misbehaved: {reason}',
      'zh-cn': 'milter {milter} 工作异常:{reason}',
    },
    detail: {
      en: '`can\'t read SMFIC_OPTNEG reply packet header` or `Connection reset by peer`: the milter crashed or closed the connection; `unreasonable packet length`: a protocol mismatch. milter_default_action applies to the message.',
      'zh-cn': '`can\'t read SMFIC_OPTNEG reply packet header` 或 `Connection reset by peer`:milter 崩溃或关闭了连接;`unreasonable packet length`:协议不匹配。该邮件按 milter_default_action 处理。',
    },
  },
  {
    kind: 'policy.problem',
    daemons: ANY,
    pattern: /^warning: problem talking to server (?<server>\S+?): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: '{daemon} could not talk to the policy server {server}: {reason}',
      'zh-cn': '{daemon} 无法与策略服务器 {server} 通信:{reason}',
    },
    detail: {
      en: 'A check_policy_service (postgrey, policyd-spf, a rate limiter) is down or crashed. smtpd answers `451 4.3.5 Server configuration problem` to every client until it is back, unless default_action is set for the service (smtpd_policy_service_default_action).',
      'zh-cn': 'check_policy_service 中的策略服务(postgrey、policyd-spf、限流服务等)已停止或崩溃。在它恢复之前,smtpd 会对所有客户端返回 `451 4.3.5 Server configuration problem`,除非设置了 smtpd_policy_service_default_action。',
    },
  },
  {
    kind: 'service.connect-failed',
    daemons: ANY,
    pattern: /^warning: connect to (?<endpoint>\S+?): (?<reason>.+)$/,
    severity: 'error',
    summary: {
      en: '{daemon} could not connect to {endpoint}: {reason}',
      'zh-cn': '{daemon} 无法连接到 {endpoint}:{reason}',
    },
    detail: {
      en: 'An internal service or policy server socket is missing or refusing connections (e.g. private/policyd-spf not defined in master.cf, or a policy daemon on 127.0.0.1:10023 not running).',
      'zh-cn': '某个内部服务或策略服务器的套接字不存在或拒绝连接(例如 master.cf 中没有定义 private/policyd-spf,或 127.0.0.1:10023 上的策略服务未运行)。',
    },
  },
  {
    kind: 'ipc.premature-end',
    daemons: ANY,
    pattern: /^warning: premature end-of-input on (?<peer>.+?) while reading input attribute (?:name|value)$/,
    severity: 'warning',
    summary: {
      en: '{daemon} lost the conversation with {peer} in the middle of a request',
      'zh-cn': '{daemon} 与 {peer} 的通信在请求中途中断',
    },
    detail: {
      en: 'The other side (another Postfix daemon, postdrop or a policy server) exited before answering; look for its own fatal line around the same time.',
      'zh-cn': '对端(另一个 Postfix 进程、postdrop 或策略服务器)在应答前退出了;请查看同一时间附近它自己的 fatal 日志。',
    },
  },
  {
    kind: 'net.getpeername',
    daemons: ANY,
    pattern: /^warning: getpeername: (?<reason>.+?) -- dropping this connection$/,
    severity: 'warning',
    summary: {
      en: 'The client was gone before {daemon} could look at it ({reason})',
      'zh-cn': '{daemon} 还没来得及处理,客户端就已断开({reason})',
    },
    detail: {
      en: 'The connection closed between accept and the first look at the peer: usually a port scanner or an overloaded server where clients waited too long.',
      'zh-cn': '连接在接受之后、读取对端信息之前就已关闭:通常是端口扫描,或服务器过载导致客户端等待过久。',
    },
  },
  {
    kind: 'syslog.repeated',
    daemons: ['*'],
    pattern: /^last message repeated (?<count>\d+) times?$/,
    summary: {
      en: 'The syslog daemon folded {count} more copies of the line before into this one',
      'zh-cn': 'syslog 守护进程把上一行的另外 {count} 次重复合并成了这一行',
    },
    detail: {
      en: 'The previous line of the same program happened {count} more times; the copies are not in the file, so counts taken from the log (rejects, logins) are that much too low.',
      'zh-cn': '同一程序的上一行又发生了 {count} 次;这些重复没有写入文件,因此按日志统计的次数(拒绝、登录等)会相应偏少。',
    },
  },
  {
    kind: 'syslog.repeated-message',
    daemons: ['*'],
    // rsyslog's reduction of repeated messages: `message repeated 3 times: [ warning: ...]`.
    pattern: /^message repeated (?<count>\d+) times?: \[ ?(?<text>.*)\]$/,
    summary: {
      en: 'The syslog daemon folded {count} copies of this message into one line: {text}',
      'zh-cn': 'syslog 守护进程把这条消息的 {count} 次重复合并成了一行:{text}',
    },
  },
];
