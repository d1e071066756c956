// pflogsumm's keys of the Summary rows: how addresses, clients, relays and reasons are named and
// grouped, one function at a time (the totals that depend on them are in summary.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientDomain, domainOf, generaliseReason, normalAddress, relayHost, relayKey, saidText } from '../../server/src/engine/features/summaryKeys';

test('an address keeps its local part as written and lower-cases its domain', () => {
  assert.equal(normalAddress('John.Doe@Example.COM'), 'John.Doe@example.com');
  assert.equal(normalAddress('root'), 'root');
  // The last @ starts the domain: a quoted local part may hold one.
  assert.equal(normalAddress('"a@B"@C.example'), '"a@B"@c.example');
});

test('the domain of an address is after its last @, lower-cased; an address without one is its own domain', () => {
  assert.equal(domainOf('user@Example.COM'), 'example.com');
  assert.equal(domainOf('"a@B"@C.example'), 'c.example');
  assert.equal(domainOf('MAILER-DAEMON'), 'MAILER-DAEMON');
});

test('a client is named by its last two labels, or three under a two-letter country code, as pflogsumm\'s gimme_domain', () => {
  assert.equal(clientDomain('mail-wr1-f42.google.com[209.85.221.42]'), 'google.com');
  assert.equal(clientDomain('smtp.Mail.Example.CO.UK[192.0.2.1]'), 'example.co.uk');
  assert.equal(clientDomain('mx.example.org[192.0.2.2]:25'), 'example.org');
  // Nothing to shorten: the name as it is.
  assert.equal(clientDomain('Example.com[192.0.2.3]'), 'example.com');
  assert.equal(clientDomain('localhost[127.0.0.1]'), 'localhost');
  // Without a name, the address.
  assert.equal(clientDomain('unknown[198.51.100.7]'), '198.51.100.7');
  assert.equal(clientDomain('[2001:db8::1]'), '2001:db8::1');
  // Not `name[address]`: the text, lower-cased.
  assert.equal(clientDomain('Pickup'), 'pickup');
});

test('a relay\'s host drops address and port; its key drops only the address', () => {
  assert.equal(relayHost('MX.Example.com[93.184.216.34]:25'), 'mx.example.com');
  assert.equal(relayHost('dovecot'), 'dovecot');
  assert.equal(relayHost(undefined), 'none');
  assert.equal(relayHost(''), 'none');
  assert.equal(relayKey('mx.example.com[93.184.216.34]:25'), 'mx.example.com:25');
  assert.equal(relayKey('127.0.0.1[127.0.0.1]:10024'), '127.0.0.1:10024');
  assert.equal(relayKey('mx.example.net[IPv6:2001:db8::25]:25'), 'mx.example.net:25');
  // A bracket that holds no address is part of the name.
  assert.equal(relayKey('odd[name]:25'), 'odd[name]:25');
  assert.equal(relayKey(undefined), 'none');
});

test('a remote reply loses its "host ... said:" prefix, the host being a column of its own', () => {
  assert.equal(saidText('host mx.example.com[93.184.216.34] said: 550 5.1.1 <u@example.com>: unknown user (in reply to RCPT TO command)'),
    '550 5.1.1 <u@example.com>: unknown user (in reply to RCPT TO command)');
  assert.equal(saidText('connect to mx.example.com[93.184.216.34]:25: Connection timed out'), 'connect to mx.example.com[93.184.216.34]:25: Connection timed out');
});

test('reasons that differ only in addresses, IP addresses or long numbers are generalised to one', () => {
  const a = generaliseReason('550 5.7.1 <a@x.example>: Client host [192.0.2.1] blocked, ticket 1234567 ');
  const b = generaliseReason('550 5.7.1 <b@y.example>: Client host [198.51.100.20] blocked, ticket 7654321');
  assert.equal(a, '550 5.7.1 <…>: Client host [IP] blocked, ticket N');
  assert.equal(b, a);
  assert.equal(generaliseReason('connect to [2001:db8::25]:25 refused'), 'connect to [IP]:25 refused');
  // Short numbers, status codes and dotted names stay as they are.
  assert.equal(generaliseReason('421 4.7.0 try again in 300 s, see mx1.example.com'), '421 4.7.0 try again in 300 s, see mx1.example.com');
  // A very long reason is cut before it is generalised, so it costs bounded work.
  assert.equal(generaliseReason('x'.repeat(5000)).length, 1000);
});
