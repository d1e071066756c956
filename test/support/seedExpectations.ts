// What the seed article (../shared/seed/) says about each of the 34 seed lines, as phrases the
// hover must contain: in English, and in the article's own Chinese wording where it fits.
export const SEED_LINE_MEANINGS: readonly { readonly en: readonly string[]; readonly zh: readonly string[] }[] = [
  { en: ['A client connected', 'x.x.196.255'], zh: ['收到客户端', '的连接请求'] },
  { en: ['logged in with SASL', 'test01@unotes.co'], zh: ['通过 SASL 认证', '登录成功'] },
  { en: ['cleanup processed the message', 'incoming queue'], zh: ['postfix cleanup 清理邮件', '收件队列(Incoming Queue)'] },
  { en: ['opendkim signed the message', 'DKIM-Signature'], zh: ['opendkim', 'DKIM 签名'] },
  { en: ['qmgr moved the message into the active queue'], zh: ['qmgr 把邮件放入 active 队列'] },
  { en: ['TLS handshake', 'gmail-smtp-in.l.google.com'], zh: ['发起建立 TLS 连接的请求'] },
  { en: ['TLS connection established', 'TLSv1.2'], zh: ['TLS 连接建立成功'] },
  { en: ['delivered the message', 'gmail-smtp-in.l.google.com', '1.8 s'], zh: ['发送给', 'gmail-smtp-in.l.google.com'] },
  { en: ['removed from the queue'], zh: ['qmgr 把邮件从队列中移除'] },
  { en: ['disconnected', 'x.x.196.255'], zh: ['断开连接'] },
  { en: ['A client connected', 'mail-wr1-f42.google.com'], zh: ['收到客户端', '的连接请求'] },
  { en: ['postgrey let the message through greylisting', 'client whitelist'], zh: ['postgrey 灰名单校验通过', 'client whitelist'] },
  { en: ['postgrey maintenance', 'logs'], zh: ['postgrey 定期维护'] },
  { en: ['postgrey maintenance', 'entries'], zh: ['postgrey 定期维护'] },
  { en: ['postgrey maintenance', 'main'], zh: ['postgrey 定期维护'] },
  { en: ['postgrey maintenance', 'clients'], zh: ['postgrey 定期维护'] },
  { en: ['smtpd accepted a message', 'mail-wr1-f42.google.com'], zh: ['smtpd 接收了来自'] },
  { en: ['cleanup processed the message'], zh: ['postfix cleanup 清理邮件'] },
  { en: ['not in InternalHosts'], zh: ['不在 InternalHosts 中'] },
  { en: ['did not authenticate'], zh: ['未经 SASL 认证'] },
  { en: ['verified the DKIM signature'], zh: ['DKIM 签名成功'] },
  { en: ['qmgr moved the message into the active queue'], zh: ['qmgr 把邮件放入 active 队列'] },
  { en: ['disconnected', 'mail-wr1-f42.google.com'], zh: ['断开连接'] },
  { en: ['A client connected', '127.0.0.1'], zh: ['收到客户端'] },
  { en: ['smtpd accepted a message', '127.0.0.1'], zh: ['smtpd 接收了来自'] },
  { en: ['cleanup processed the message'], zh: ['postfix cleanup 清理邮件'] },
  { en: ['no SigningTable entry', 'test.redhat@gmail.com'], zh: ['SigningTable', '不签名'] },
  { en: ['verified the DKIM signature'], zh: ['DKIM 签名成功'] },
  { en: ['qmgr moved the message into the active queue'], zh: ['qmgr 把邮件放入 active 队列'] },
  { en: ['amavis checked the message and passed it', 'CLEAN', '01373222F7'], zh: ['amavis 检测通过'] },
  { en: ['content filter', '127.0.0.1', '01373222F7'], zh: ['发送给内容过滤器', '01373222F7'] },
  { en: ['removed from the queue'], zh: ['qmgr 把邮件从队列中移除'] },
  { en: ['pipe delivered the message', 'dovecot'], zh: ['中继给 dovecot'] },
  { en: ['removed from the queue'], zh: ['qmgr 把邮件从队列中移除'] },
];

/** Markdown escapes punctuation with backslashes; compare against the text a reader sees. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
