/**
 * Which endpoints a webhook may point at. A subscription must not make the platform call into its own network
 * (server-side request forgery): private, loopback, link-local, carrier-grade NAT and other special addresses are
 * refused unless the operators allow their network (WEBHOOK_ALLOWED_NETWORKS). The check runs at subscribe time on
 * every address the host resolves to, and again at each delivery inside the connection's own DNS lookup, so a name
 * that resolves elsewhere later (DNS rebinding) is refused at the address actually connected to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const SPECIAL_V4 = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const;
const SPECIAL_V6 = [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const;

const special = new BlockList();
for (const [net, prefix] of SPECIAL_V4) special.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of SPECIAL_V6) special.addSubnet(net, prefix, 'ipv6');

export class AddressGuard {
  private readonly allowed = new BlockList();

  /** `networks`: CIDRs, comma-separated, e.g. "127.0.0.1/32,10.20.0.0/16" (WEBHOOK_ALLOWED_NETWORKS). */
  constructor(networks: string) {
    for (const cidr of networks.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [net, bits] = cidr.split('/');
      const family = isIP(net) === 6 ? 'ipv6' : 'ipv4';
      if (!isIP(net)) throw new Error(`WEBHOOK_ALLOWED_NETWORKS: "${cidr}" is not a CIDR like 127.0.0.1/32`);
      this.allowed.addSubnet(net, Number(bits ?? (family === 'ipv6' ? 128 : 32)), family);
    }
  }

  /** Whether the platform may connect to this address. IPv4-mapped IPv6 addresses are judged as IPv4. */
  permits(address: string): boolean {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    const ip = mapped ?? address;
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (this.allowed.check(ip, family)) return true;
    return !special.check(ip, family);
  }

  /** Whether this address is one of the operators' allowed networks (plain http is accepted only there). */
  allowedExplicitly(address: string): boolean {
    return this.allowed.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  }

  /**
   * Checks a URL a subscriber gives: an absolute http(s) URL without credentials whose host resolves only to
   * permitted addresses; http only to the operators' allowed networks. Returns the refusal, or null.
   */
  async checkUrl(raw: string): Promise<{ code: 'INVALID_URL' | 'PRIVATE_ADDRESS' | 'UNRESOLVABLE_HOST'; message: string } | null> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { code: 'INVALID_URL', message: 'Give an absolute URL, e.g. "https://hooks.example.lv/psg".' };
    }
    if (raw.length > 2000) return { code: 'INVALID_URL', message: 'The URL is longer than 2000 characters.' };
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { code: 'INVALID_URL', message: 'The URL must start with https://.' };
    if (url.username || url.password) return { code: 'INVALID_URL', message: 'Put no user name or password in the URL: deliveries are signed instead.' };
    if (url.hash) return { code: 'INVALID_URL', message: 'Leave out the #fragment: it is never sent.' };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return { code: 'UNRESOLVABLE_HOST', message: `The host "${host}" does not resolve: check the name.` };
    }
    const refused = addresses.find((a) => !this.permits(a));
    if (refused) return { code: 'PRIVATE_ADDRESS', message: `"${host}" is (or resolves to) ${refused}, a private or internal address: give a public endpoint, or ask the platform's operators to allow that network.` };
    if (url.protocol === 'http:' && !addresses.every((a) => this.allowedExplicitly(a)))
      return { code: 'INVALID_URL', message: 'Use https://: deliveries carry signatures and events over the public internet.' };
    return null;
  }

  /**
   * A `lookup` for http.request: resolves as usual and fails the connection when an address is not permitted, so
   * the check applies to the very address connected to.
   */
  readonly lookup = (hostname: string, options: object, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, []);
      const refused = addresses.find((a) => !this.permits(a.address));
      if (refused) return callback(Object.assign(new Error(`refused: ${hostname} resolves to the private address ${refused.address}`), { code: 'EPRIVATEADDRESS' }), []);
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
