// Two hosts' logs of one site: mxa relays 1111AAAA11 to mbox, which queues it as 2222BBBB22 and bounces it;
// both hosts also have a queue ID 3333CCCC33, for two unrelated messages (mxa's never removed in this log).
export const MXA = `Aug 19 10:00:00 mxa postfix/smtpd[100]: connect from client.example.org[192.0.2.1]
Aug 19 10:00:01 mxa postfix/smtpd[100]: 1111AAAA11: client=client.example.org[192.0.2.1]
Aug 19 10:00:01 mxa postfix/cleanup[101]: 1111AAAA11: message-id=<m1@example.org>
Aug 19 10:00:01 mxa postfix/qmgr[102]: 1111AAAA11: from=<a@example.org>, size=100, nrcpt=1 (queue active)
Aug 19 10:00:01 mxa postfix/smtpd[100]: disconnect from client.example.org[192.0.2.1]
Aug 19 10:00:03 mxa postfix/smtp[103]: 1111AAAA11: to=<u@example.net>, relay=mbox.example.net[10.0.0.2]:25, delay=2, delays=0/0/1/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 2222BBBB22)
Aug 19 10:00:03 mxa postfix/qmgr[102]: 1111AAAA11: removed
Aug 19 10:05:00 mxa postfix/pickup[104]: 3333CCCC33: uid=0 from=<root@mxa.example.net>
Aug 19 10:05:00 mxa postfix/cleanup[101]: 3333CCCC33: message-id=<m2@mxa.example.net>
Aug 19 10:05:00 mxa postfix/qmgr[102]: 3333CCCC33: from=<root@mxa.example.net>, size=300, nrcpt=1 (queue active)
Aug 19 10:05:01 mxa postfix/smtp[103]: 3333CCCC33: to=<ops@outside.example.com>, relay=mx.outside.example.com[198.51.100.9]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 accepted)
`;
export const MBOX = `Aug 19 10:00:02 mbox postfix/smtpd[100]: connect from mxa.example.net[10.0.0.1]
Aug 19 10:00:02 mbox postfix/smtpd[100]: 2222BBBB22: client=mxa.example.net[10.0.0.1]
Aug 19 10:00:02 mbox postfix/cleanup[101]: 2222BBBB22: message-id=<m1@example.org>
Aug 19 10:00:02 mbox postfix/qmgr[102]: 2222BBBB22: from=<a@example.org>, size=150, nrcpt=1 (queue active)
Aug 19 10:00:03 mbox postfix/smtpd[100]: disconnect from mxa.example.net[10.0.0.1]
Aug 19 10:00:04 mbox postfix/local[105]: 2222BBBB22: to=<u@example.net>, relay=local, delay=2, delays=0/0/0/2, dsn=5.1.1, status=bounced (unknown user: "u")
Aug 19 10:00:04 mbox postfix/qmgr[102]: 2222BBBB22: removed
Aug 19 10:05:00 mbox postfix/pickup[104]: 3333CCCC33: uid=0 from=<root@mbox.example.net>
Aug 19 10:05:00 mbox postfix/cleanup[101]: 3333CCCC33: message-id=<m3@mbox.example.net>
Aug 19 10:05:00 mbox postfix/qmgr[102]: 3333CCCC33: from=<root@mbox.example.net>, size=200, nrcpt=1 (queue active)
Aug 19 10:05:02 mbox postfix/local[105]: 3333CCCC33: to=<root@mbox.example.net>, relay=local, delay=2, delays=0/0/0/2, dsn=4.2.2, status=deferred (mailbox full)
`;
