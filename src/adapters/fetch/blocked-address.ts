// Which IP addresses a fetch may not reach unless explicitly allowed: loopback, private, link-local,
// shared (CGNAT), multicast, documentation, reserved and unspecified ranges. IPv6 forms that embed an
// IPv4 address (::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the embedded address.
import { BlockList, isIP, isIPv4 } from 'node:net';

const V4: readonly [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];
const V6: readonly [string, number][] = [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible form
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID …)
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const v4 = new BlockList();
for (const [net, bits] of V4) v4.addSubnet(net, bits, 'ipv4');
const v6 = new BlockList();
for (const [net, bits] of V6) v6.addSubnet(net, bits, 'ipv6');

/** Expands an IPv6 address to its eight 16-bit groups (handles "::" and a trailing dotted quad). */
function groups(ip: string): number[] {
  let s = ip.toLowerCase().split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    s = `${s.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => Number.parseInt(g, 16));
}

function embeddedV4(g: number[]): string | null {
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return quad(g[6], g[7]); // ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return quad(g[6], g[7]); // NAT64
  if (g[0] === 0x2002) return quad(g[1], g[2]); // 6to4
  return null;
}

/** True when the address must not be fetched from by default. Anything that is not an IP is blocked. */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return v4.check(bare, 'ipv4');
  if (isIP(bare.split('%')[0]) !== 6) return true;
  const g = groups(bare);
  const inner = embeddedV4(g);
  if (inner !== null) return v4.check(inner, 'ipv4');
  return v6.check(bare.split('%')[0], 'ipv6');
}
