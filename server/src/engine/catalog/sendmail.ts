import type { CatalogEntry } from './types';

// Sendmail, run beside Postfix on some gateways and logging into the same file as `sendmail[pid]`
// (Postfix's own sendmail command logs as `postfix/sendmail`). Its envelope lines use its own queue
// IDs and `key=value` fields; a hand-off to the local Postfix ends in `stat=Sent (... queued as ID)`.
// Sources: Sendmail's op.me (section "Log Levels" and the `to=`/`from=` fields).
const SENDMAIL = ['sendmail'];
/** A Sendmail queue ID (`2BN02WpQ004242`) before the fields; Postfix's parser takes a hex one as its own. */
const ID = String.raw`^(?:(?<sendmail_id>[0-9A-Za-z]{8,20}): )?`;
/** A value up to the next `, key=` (recipient lists hold commas: `to=<a@x>,<b@y>, ctladdr=`). */
const VALUE = String.raw`(?:[^,]|,(?! [a-z]+=))*`;

export const sendmailEntries: readonly CatalogEntry[] = [
  {
    kind: 'sendmail-mta.delivery',
    daemons: SENDMAIL,
    pattern: new RegExp(String.raw`${ID}to=(?<to>${VALUE}), (?:[a-z]+=${VALUE}, )*?stat=(?<stat>(?:[^ (]| (?!\())+)(?: \((?<reason>.*)\))?`),
    extract: [
      /\bmailer=(?<mailer>[^,\s]+)/,
      /\brelay=(?<relay>[^,]+)/,
      /\bdsn=(?<dsn>\d\.\d{1,3}\.\d{1,3})/,
      /\bdelay=(?<delay>[\d+:]+)/,
      /\bqueued as (?<queued_as>[0-9A-Za-z]+)\)$/,
    ],
    // A hand-off to the local Postfix names the Postfix message (`queued as`): the line joins its journey.
    role: 'filter',
    summary: {
      en: 'Sendmail (not Postfix) handled the message for {to}: {stat}',
      'zh-cn': 'Sendmail(不是 Postfix)处理了发给 {to} 的邮件:{stat}',
    },
    detail: {
      en: 'This host runs Sendmail beside Postfix. `mailer` is the Sendmail delivery agent used, `relay` the next hop, `ctladdr` the local user it acted for. When the reply says `queued as ID` and the next hop is the local Postfix, that ID is the message\'s queue ID in Postfix.',
      'zh-cn': '本机在 Postfix 之外还运行着 Sendmail。`mailer` 是 Sendmail 使用的投递程序,`relay` 是下一跳,`ctladdr` 是它代表的本地用户。若应答为 `queued as ID` 且下一跳是本机的 Postfix,该 ID 就是邮件在 Postfix 中的队列 ID。',
    },
  },
  {
    kind: 'sendmail-mta.from',
    daemons: SENDMAIL,
    pattern: new RegExp(String.raw`${ID}from=(?<from>${VALUE}), size=(?<size>\d+), class=`),
    extract: [/\bnrcpts=(?<nrcpts>\d+)/, /\bmsgid=<(?<message_id>[^<>]*)>/, /\brelay=(?<relay>[^,]+)/],
    summary: {
      en: 'Sendmail (not Postfix) accepted a message from {from} ({size} bytes)',
      'zh-cn': 'Sendmail(不是 Postfix)接收了来自 {from} 的邮件({size} 字节)',
    },
    detail: {
      en: 'Sendmail\'s envelope line for a new message: its recipients follow in `to=` lines with the same Sendmail queue ID.',
      'zh-cn': 'Sendmail 为新邮件记录的信封信息:收件人见同一 Sendmail 队列 ID 的 `to=` 日志。',
    },
  },
];
