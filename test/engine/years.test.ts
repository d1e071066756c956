import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyPage } from '../../server/src/engine/features/journeyReports';
import { yearOfLatestPast } from '../../server/src/engine/model/syslogHeader';

// Years: BSD syslog lines carry none, so each is inferred from the lines before it, the log's start and today.

test('years: a log without years takes the year that puts its first line in the past', () => {
  const lines = ['not syslog', 'Dec 24 10:00:00 mail postfix/qmgr[1]: ABCDE12345: removed'];
  assert.equal(yearOfLatestPast(lines, new Date(Date.UTC(2027, 0, 5))), 2026, 'a December log read in January');
  assert.equal(yearOfLatestPast(lines, new Date(Date.UTC(2026, 11, 30))), 2026, 'read the same December');
  assert.equal(yearOfLatestPast(['2019-03-01T00:00:00Z mail postfix/qmgr[1]: removed'], new Date(Date.UTC(2027, 0, 5))), 2019, 'a line with its own year');
  assert.equal(yearOfLatestPast(['nothing here'], new Date(Date.UTC(2027, 0, 5))), 2027);
});

test('years: inferred for formats without one, rolling over from December to January', () => {
  const document = new MaillogDocument([
    'Dec 31 23:59:58 mail postfix/qmgr[1]: ABCDE12345: from=<a@example.org>, size=1, nrcpt=1 (queue active)',
    'mail_1  | Dec 31 23:59:59.500000 mail postfix/smtp[2]: ABCDE12345: to=<b@example.com>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect timed out)',
    '-- Reboot --',
    'Jan  1 00:00:01 mail postfix/qmgr[1]: ABCDE12345: from=<a@example.org>, size=1, nrcpt=1 (queue active)',
    'Jan 01 00:00:02 mail postfix/smtp[2]: ABCDE12345: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=3, delays=0/0/1/2, dsn=2.0.0, status=sent (250 ok)',
    'Jan  1 00:00:02 mail postfix/qmgr[1]: ABCDE12345: removed',
    'Feb  1 00:00:00 mail postfix/anvil[3]: statistics: max connection rate 1/60s for (smtp:192.0.2.1) at Feb  1 00:00:00',
  ].join('\n'), { defaultYear: 2017 });
  const iso = (line: number) => new Date(document.parsed(line).time).toISOString();
  assert.equal(iso(0), '2017-12-31T23:59:58.000Z');
  assert.equal(iso(1), '2017-12-31T23:59:59.500Z');
  assert.equal(document.parsed(2).year, 2017);
  assert.equal(iso(3), '2018-01-01T00:00:01.000Z');
  assert.equal(iso(4), '2018-01-01T00:00:02.000Z');
  assert.equal(iso(6), '2018-02-01T00:00:00.000Z');
  const [journey] = journeyPage(document, 'en').traces;
  assert.deepEqual([journey.queueIds, journey.status, journey.start, journey.end], [['ABCDE12345'], 'sent', '2017-12-31T23:59:58.000Z', '2018-01-01T00:00:02.000Z']);
});

test('years: a line with a year sets it for the lines without one after it', () => {
  const document = new MaillogDocument([
    'Dec 31 10:00:00 mail postfix/anvil[3]: statistics: max cache size 1 at Dec 31 10:00:00',
    '2020-12-31T23:59:59+00:00 mail postfix/anvil[3]: statistics: max cache size 1 at Dec 31 23:59:59',
    'Dec 31 23:59:59 mail postfix/anvil[3]: statistics: max cache size 1 at Dec 31 23:59:59',
    '<22>1 2021-01-01T00:00:00Z mail postfix/anvil 3 - - statistics: max cache size 1 at Jan  1 00:00:00',
    'Jan  1 00:00:01 mail postfix/anvil[3]: statistics: max cache size 1 at Jan  1 00:00:01',
    'Dec 31 23:59:59 mail postfix/anvil[3]: statistics: a clock that went back does not make a year',
  ].join('\n'), { defaultYear: 2018 });
  assert.deepEqual(Array.from({ length: 6 }, (_, i) => document.parsed(i).year), [2018, 2020, 2020, 2021, 2021, 2021]);
  assert.equal(new Date(document.parsed(4).time).toISOString(), '2021-01-01T00:00:01.000Z');
});

test('years: an edit that changes the year of a line re-infers the lines after it, as a fresh parse does', () => {
  const lines = [
    'Aug 19 00:00:00 mail postfix/qmgr[1]: ABCDE12345: removed',
    'Aug 19 00:00:01 mail postfix/qmgr[1]: ABCDE12345: removed',
    'Dec 31 23:59:59 mail postfix/qmgr[1]: ABCDE12345: removed',
    'Jan  1 00:00:00 mail postfix/qmgr[1]: ABCDE12345: removed',
  ];
  const document = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 });
  const replacement = '2023-08-19T00:00:00Z mail postfix/qmgr[1]: ABCDE12345: removed';
  document.applyChange({ start: { line: 0, character: 0 }, end: { line: 0, character: lines[0].length } }, replacement);
  while (!document.refreshIndex(1000));
  const fresh = new MaillogDocument([replacement, ...lines.slice(1)].join('\n'), { defaultYear: 2018 });
  const years = (d: MaillogDocument) => Array.from({ length: d.lineCount }, (_, i) => d.parsed(i).year);
  assert.deepEqual(years(fresh), [2023, 2023, 2023, 2024]);
  assert.deepEqual(
    years(document),
    years(fresh),
    'the years of the lines after an edited one must be inferred again from it (replaceLines re-parses them until one keeps its year)',
  );
});

test('years: a line far past the parsed rows (a hover right after open) reads as it will once the rows before it are parsed', () => {
  const december = Array.from({ length: 8000 }, (_, i) => `Dec 31 23:${String(Math.floor(i / 200)).padStart(2, '0')}:00 mail postfix/qmgr[1]: 4A1B2C3D${String(i % 100).padStart(2, '0')}: removed`);
  const january = Array.from({ length: 8000 }, (_, i) => `Jan  1 00:${String(Math.floor(i / 200)).padStart(2, '0')}:00 mail postfix/smtpd[2]: connect from x[192.0.2.${i % 250}]`);
  const text = [...december, ...january].join('\n');
  const ahead = new MaillogDocument(text, { defaultYear: 2020 });
  const inOrder = new MaillogDocument(text, { defaultYear: 2020 });
  for (let line = 0; line < inOrder.lineCount; line++) inOrder.entryOf(line);
  for (const line of [7990, 12000, 15999]) {
    assert.deepEqual(ahead.parsed(line), inOrder.parsed(line), `line ${line}`);
  }
  assert.equal(ahead.parsed(15999).year, 2021);
  assert.equal(ahead.parsedAll, false, 'the rows in between were not parsed to answer');
});
