import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { MaillogDocument } from '../../server/src/engine/model/document';
import { journeyPage } from '../../server/src/engine/features/journeyReports';
import { hover } from '../../server/src/engine/features/hover';
import { definition, references } from '../../server/src/engine/features/navigation';
import { parseSyslogHeader } from '../../server/src/engine/model/syslogHeader';
import { CATALOG } from '../../server/src/engine/catalog';
import { SEED } from '../support/paths';

// Every way a Postfix log line reaches a file: syslog daemons, journalctl, Postfix's own
// maillog_file, RFC 5424 forwarding, and container runtimes that put a prefix in front.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One line's parts, read from an RFC 3164 line. */
interface Parts {
  readonly month: number;
  readonly day: number;
  readonly clock: string; // hh:mm:ss
  readonly host: string;
  readonly program: string;
  readonly pid: number | undefined;
  readonly body: string;
}

function partsOf(line: string): Parts {
  const m = /^(\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) (\S+) ([^\s[\]:]+)(?:\[(\d+)\])?: (.*)$/.exec(line);
  assert.ok(m, `an RFC 3164 line: ${line}`);
  return { month: MONTHS.indexOf(m[1]) + 1, day: Number(m[2]), clock: m[3], host: m[4], program: m[5], pid: m[6] === undefined ? undefined : Number(m[6]), body: m[7] };
}

const bsdTime = (p: Parts, dayPad = ' ') => `${MONTHS[p.month - 1]} ${String(p.day).padStart(2, dayPad)} ${p.clock}`;
const isoDate = (p: Parts) => `2018-${pad(p.month)}-${pad(p.day)}`;
const tag = (p: Parts) => `${p.program}${p.pid === undefined ? '' : `[${p.pid}]`}`;
const syslog = (time: string, p: Parts) => `${time} ${p.host} ${tag(p)}: ${p.body}`;

/** Each format, rendering the same line; `fraction` is the sub-second part the format adds. */
interface Format {
  readonly name: string;
  readonly render: (p: Parts) => string;
  /** The header's kind as parseSyslogHeader reports it. */
  readonly header: 'rfc3164' | 'rfc3339' | 'rfc5424';
  /** Milliseconds the format's time adds to the RFC 3164 time of the same line (fraction, offset). */
  readonly shiftMs: number;
  /** Length of what stands before the header (a container runtime's prefix). */
  readonly prefix: (p: Parts) => number;
}

const none = () => 0;
const DOCKER_TIME = '2018-08-19T05:49:42.123456789Z ';

const FORMATS: readonly Format[] = [
  { name: 'RFC 3164 (rsyslog, syslog-ng, journalctl -o short)', header: 'rfc3164', shiftMs: 0, prefix: none, render: (p) => syslog(bsdTime(p), p) },
  { name: 'Postfix 3.4+ maillog_file (postlog), zero-padded day', header: 'rfc3164', shiftMs: 0, prefix: none, render: (p) => syslog(bsdTime(p, '0'), p) },
  { name: 'Postfix maillog_file with microseconds', header: 'rfc3164', shiftMs: 285, prefix: none, render: (p) => syslog(`${bsdTime(p, '0')}.285316`, p) },
  { name: 'journalctl -o short-precise', header: 'rfc3164', shiftMs: 123, prefix: none, render: (p) => syslog(`${bsdTime(p)}.123456`, p) },
  { name: 'RFC 3339 (rsyslog RSYSLOG_FileFormat)', header: 'rfc3339', shiftMs: 123, prefix: none, render: (p) => syslog(`${isoDate(p)}T${p.clock}.123456+00:00`, p) },
  { name: 'RFC 3339 with an offset', header: 'rfc3339', shiftMs: -2 * 3600_000 + 5, prefix: none, render: (p) => syslog(`${isoDate(p)}T${p.clock}.005+02:00`, p) },
  { name: 'journalctl -o short-iso', header: 'rfc3339', shiftMs: 0, prefix: none, render: (p) => syslog(`${isoDate(p)}T${p.clock}+0000`, p) },
  { name: 'journalctl -o short-iso-precise', header: 'rfc3339', shiftMs: 7, prefix: none, render: (p) => syslog(`${isoDate(p)}T${p.clock}.007001+0000`, p) },
  { name: 'RFC 5424', header: 'rfc5424', shiftMs: 100, prefix: none, render: (p) => `<22>1 ${isoDate(p)}T${p.clock}.1Z ${p.host} ${p.program} ${p.pid ?? '-'} - - ${p.body}` },
  {
    name: 'RFC 5424 with structured data and a BOM',
    header: 'rfc5424',
    shiftMs: -90 * 60_000,
    prefix: none,
    render: (p) => `<22>1 ${isoDate(p)}T${p.clock}+01:30 ${p.host} ${p.program} ${p.pid ?? '-'} ID47 [exampleSDID@32473 iut="3" eventSource="Application" note="a ] and \\" inside"][origin ip="192.0.2.1"] \ufeff${p.body}`,
  },
  { name: 'RFC 5424 with a NILVALUE host', header: 'rfc5424', shiftMs: 0, prefix: none, render: (p) => `<22>1 ${isoDate(p)}T${p.clock}Z - ${p.program} ${p.pid ?? '-'} - - ${p.body}` },
  { name: 'docker compose v1', header: 'rfc3164', shiftMs: 0, prefix: () => 'mail_1     | '.length, render: (p) => `mail_1     | ${syslog(bsdTime(p), p)}` },
  { name: 'docker compose v2, RFC 3339 inside', header: 'rfc3339', shiftMs: 123, prefix: () => 'postfix-1  | '.length, render: (p) => `postfix-1  | ${syslog(`${isoDate(p)}T${p.clock}.123Z`, p)}` },
  {
    name: 'docker compose with colours',
    header: 'rfc3164',
    shiftMs: 0,
    prefix: () => '\u001b[36mmail-1  | \u001b[0m'.length,
    render: (p) => `\u001b[36mmail-1  | \u001b[0m${syslog(bsdTime(p), p)}`,
  },
  { name: 'docker logs --timestamps', header: 'rfc3164', shiftMs: 0, prefix: () => DOCKER_TIME.length, render: (p) => `${DOCKER_TIME}${syslog(bsdTime(p), p)}` },
  {
    name: 'docker compose logs --timestamps',
    header: 'rfc3164',
    shiftMs: 0,
    prefix: () => `mail-1  | ${DOCKER_TIME}`.length,
    render: (p) => `mail-1  | ${DOCKER_TIME}${syslog(bsdTime(p), p)}`,
  },
  { name: 'Kubernetes CRI log file', header: 'rfc3164', shiftMs: 0, prefix: () => `${DOCKER_TIME}stdout F `.length, render: (p) => `${DOCKER_TIME}stdout F ${syslog(bsdTime(p), p)}` },
  { name: 'raw RFC 3164 with its priority', header: 'rfc3164', shiftMs: 0, prefix: () => '<22>'.length, render: (p) => `<22>${syslog(bsdTime(p), p)}` },
];

const SEED_LINES = fs.readFileSync(SEED, 'utf8').split('\n').filter((l) => l !== '');
const SEED_PARTS = SEED_LINES.map(partsOf);
const kindOf = (document: MaillogDocument, line: number) => {
  const entry = document.parsed(line).entry;
  return entry < 0 ? undefined : CATALOG[entry].kind;
};
/** What a journey is, without its times (formats differ in fraction and offset). */
const journeys = (document: MaillogDocument) => journeyPage(document, 'en').traces.map(({ start: _s, end: _e, ...rest }) => rest);

const reference = new MaillogDocument(SEED_LINES.join('\n'), { defaultYear: 2018 });

for (const format of FORMATS) {
  test(`${format.name}: every seed line parses as in RFC 3164`, () => {
    const lines = SEED_PARTS.map(format.render);
    const document = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 });
    for (const [i, line] of lines.entries()) {
      const p = SEED_PARTS[i];
      const parsed = document.parsed(i);
      const expected = reference.parsed(i);
      const where = `${format.name}, line ${i}: ${line}`;
      const header = parseSyslogHeader(line);
      assert.ok(header, where);
      assert.equal(header.format, format.header, where);
      assert.equal(header.headerStart, format.prefix(p), where);
      assert.equal(header.host, format.name.includes('NILVALUE') ? '-' : p.host, where);
      assert.equal(header.program, p.program, where);
      assert.equal(line.slice(header.programStart, header.programStart + p.program.length), p.program, where);
      assert.equal(line.slice(header.hostStart).startsWith(header.host + ' '), true, where);
      assert.equal(header.pid, p.pid, where);
      assert.equal(line.slice(header.bodyStart), p.body, where);
      assert.equal(parsed.program, p.program, where);
      assert.equal(parsed.pid, p.pid ?? -1, where);
      assert.equal(parsed.time, expected.time + format.shiftMs, where);
      assert.equal(parsed.year, 2018, where);
      assert.equal(parsed.queueId, expected.queueId, where);
      // Offsets are offsets in the whole line, prefix and all.
      const bodyOffset = line.length - p.body.length;
      assert.equal(parsed.queueIdStart, expected.queueIdStart < 0 ? -1 : bodyOffset, where);
      assert.equal(line.slice(parsed.bodyStart), SEED_LINES[i].slice(expected.bodyStart), where);
      assert.equal(kindOf(document, i), kindOf(reference, i), where);
    }
  });

  test(`${format.name}: the seed journeys are the same as in RFC 3164`, () => {
    const document = new MaillogDocument(SEED_PARTS.map(format.render).join('\n'), { defaultYear: 2018 });
    assert.deepEqual(journeys(document), journeys(reference));
    assert.deepEqual(
      journeyPage(document, 'en').traces.map((t) => [t.queueIds, t.status]),
      [[['EA8FF222F6'], 'sent'], [['974C6222F6', '01373222F7'], 'sent']],
    );
  });

  test(`${format.name}: hover and go-to-definition find the queue ID where it stands in the line`, () => {
    const lines = SEED_PARTS.map(format.render);
    const document = new MaillogDocument(lines.join('\n'), { defaultYear: 2018 });
    const line = 4; // qmgr: EA8FF222F6: from=<test01@unotes.co>, ... (queue active)
    const start = lines[line].indexOf('EA8FF222F6');
    const result = hover(document, { line, character: start + 3 }, 'en');
    assert.ok(result);
    assert.deepEqual(result.range, { start: { line, character: start }, end: { line, character: start + 10 } });
    assert.ok(result.markdown.includes('time: 2018\\-08\\-19 05\\:49\\:4'), result.markdown);
    assert.match(result.markdown, / · host: (mail|\\-) · program: postfix\\\/qmgr\\\[7739\\\] · queue ID: EA8FF222F6 /);
    assert.match(result.markdown, /qmgr\.active/);
    const birth = lines[1].indexOf('EA8FF222F6');
    assert.deepEqual(definition(document, { line, character: start }), { start: { line: 1, character: birth }, end: { line: 1, character: birth + 10 } });
    const referenceStart = SEED_LINES[line].indexOf('EA8FF222F6');
    const referenceLines = references(reference, { line, character: referenceStart }).map((r) => r.start.line);
    assert.ok(referenceLines.length >= 6);
    assert.deepEqual(references(document, { line, character: start }).map((r) => r.start.line), referenceLines);
  });
}

test('RFC 3164 with a space-padded day and Postfix maillog_file with a zero-padded one agree', () => {
  const padded = parseSyslogHeader('Aug  9 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]')!;
  const zero = parseSyslogHeader('Aug 09 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]')!;
  assert.deepEqual({ ...padded }, { ...zero });
  assert.deepEqual([zero.month, zero.day, zero.hour, zero.minute, zero.second], [8, 9, 5, 49, 42]);
});

test('fractions and offsets of the ISO formats', () => {
  const precise = parseSyslogHeader('2018-08-19T05:49:42.123456+0000 mail postfix/smtpd[1]: x')!;
  assert.deepEqual([precise.year, precise.second, precise.utcOffset, precise.timeEnd], [2018, 42.123456, 0, 31]);
  const west = parseSyslogHeader('2018-08-19T05:49:42-0530 mail postfix/smtpd[1]: x')!;
  assert.equal(west.utcOffset, -330);
  const short = parseSyslogHeader('Aug 19 05:49:42.123456 mail postfix/smtpd[1]: x')!;
  assert.deepEqual([short.format, short.second, short.timeEnd, short.host], ['rfc3164', 42.123456, 22, 'mail']);
});

test('RFC 5424: NILVALUE pid, MSGID, structured data with escapes, an empty message', () => {
  const nilPid = parseSyslogHeader('<22>1 2018-08-19T05:49:42.1Z mail postfix/postfix-script - - - starting the Postfix mail system')!;
  assert.equal(nilPid.pid, undefined);
  assert.equal(nilPid.program, 'postfix/postfix-script');
  assert.equal(nilPid.timeStart, 6);
  const sd = '<22>1 2018-08-19T05:49:42Z mail postfix/smtpd 7 ID47 [a@1 x="]" y="\\"]"][b@2 z="\\]"] connect from a[192.0.2.1]';
  assert.equal(sd.slice(parseSyslogHeader(sd)!.bodyStart), 'connect from a[192.0.2.1]');
  const empty = '<22>1 2018-08-19T05:49:42Z mail postfix/smtpd 7 - -';
  assert.equal(parseSyslogHeader(empty)!.bodyStart, empty.length);
  // An unterminated structured data element or a NILVALUE time is no header.
  assert.equal(parseSyslogHeader('<22>1 2018-08-19T05:49:42Z mail postfix/smtpd 7 - [a@1 x="] connect'), undefined);
  assert.equal(parseSyslogHeader('<22>1 - mail postfix/smtpd 7 - - connect from a[192.0.2.1]'), undefined);
});

test('prefixes that are not a container runtime are not skipped', () => {
  for (const line of [
    'mail_1 Aug 19 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]', // no `|`
    'a b  | Aug 19 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]', // a space in the name
    'mail_1  |Aug 19 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]', // no space after `|`
    '2018-08-19T05:49:42Z: Aug 19 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]',
    '<1234>Aug 19 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]',
    `${'x'.repeat(200)} | Aug 19 05:49:42 mail postfix/smtpd[1]: connect from a[192.0.2.1]`,
  ]) {
    assert.equal(parseSyslogHeader(line), undefined, line);
  }
});

test('one file mixing every format reads line by line, with the same journeys', () => {
  // Each line in the next format: the journey must not notice.
  const lines = SEED_PARTS.map((p, i) => FORMATS[i % FORMATS.length].render(p));
  const document = new MaillogDocument(['-- Journal begins at Sun 2018-08-19 00:00:00 UTC. --', ...lines].join('\n'), { defaultYear: 2018 });
  const expected = new MaillogDocument(['-- Journal begins --', ...SEED_LINES].join('\n'), { defaultYear: 2018 });
  assert.deepEqual(journeys(document), journeys(expected));
  for (let i = 0; i < lines.length; i++) {
    assert.equal(document.parsed(i + 1).queueId, expected.parsed(i + 1).queueId, lines[i]);
    assert.equal(kindOf(document, i + 1), kindOf(expected, i + 1), lines[i]);
  }
  assert.equal(document.parsed(0).program, undefined);
});
