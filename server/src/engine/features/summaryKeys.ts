// pflogsumm's keys: how addresses, clients, relays and reasons are named and grouped in the
// Summary's rows. Pure functions of the text, so each can be checked against pflogsumm's rules.

/** pflogsumm's address key: the domain part lower-cased. */
export function normalAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at) + address.slice(at).toLowerCase();
}

/** `user@Example.COM` -> `example.com`; an address without a domain is its own domain (as pflogsumm). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(at + 1).toLowerCase();
}

/** pflogsumm's gimme_domain: `mail-wr1-f42.google.com[209.85.221.42]` -> `google.com`, `unknown[1.2.3.4]` -> `1.2.3.4`. */
export function clientDomain(client: string): string {
  const m = /^([^[]*)\[([^\]]*)\]/.exec(client);
  if (!m) return client.toLowerCase();
  const [, name, address] = m;
  if (name === '' || name === 'unknown') return address;
  const short = /^.*\.([^.]+)\.([^.]{3}|[^.]{2,3}\.[^.]{2})$/.exec(name);
  return (short ? `${short[1]}.${short[2]}` : name).toLowerCase();
}

/** `mx.example.com[93.184.216.34]:25` -> `mx.example.com`; `none` when there was no relay. */
export function relayHost(relay: string | undefined): string {
  if (!relay) return 'none';
  const bracket = relay.indexOf('[');
  return (bracket > 0 ? relay.slice(0, bracket) : relay).toLowerCase();
}

/** `relay=` without the IP address: `mx.example.com[93.184.216.34]:25` -> `mx.example.com:25`. */
export function relayKey(relay: string | undefined): string {
  if (!relay) return 'none';
  // Each bracketed part is looked at once (a relay name of many `[` must not cost quadratic time).
  let open = -1;
  for (let i = 0; i < relay.length; i++) {
    const c = relay.charCodeAt(i);
    if (c === 0x5b /* [ */) open = i;
    else if (c === 0x5d /* ] */ && open >= 0) {
      if (isAddress(relay.slice(open + 1, i))) return relay.slice(0, open) + relay.slice(i + 1);
      open = -1;
    }
  }
  return relay;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^(?:ipv6:)?[0-9a-f:.]+$/i;

function isAddress(text: string): boolean {
  return IPV4.test(text) || (IPV6.test(text) && text.includes(':'));
}

/** `host mx[1.2.3.4] said: 550 ...` -> `550 ...`: the host is a column of its own. */
export function saidText(reason: string): string {
  const m = /^host \S+ said: /.exec(reason);
  return m ? reason.slice(m[0].length) : reason;
}

/**
 * Reason text with what differs between otherwise equal reasons generalised, a little as
 * pflogsumm does: `<addresses>`, IP addresses and long numbers.
 */
export function generaliseReason(reason: string): string {
  const bounded = reason.length > 1000 ? reason.slice(0, 1000) : reason;
  return bounded
    .replace(/<[^<>]{1,300}>/g, '<…>')
    .replace(/\[(?:ipv6:)?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]/gi, '[IP]')
    .replace(/(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])/g, 'IP')
    .replace(/(?<![\w.])\d{6,}(?![\w.])/g, 'N')
    .trim();
}
