import { BlockList, isIP, isIPv6 } from 'node:net';

/**
 * The client's address for rate limits and audit. Requests may arrive through proxies we run
 * (the apps' Next servers, a load balancer) that append to X-Forwarded-For. Walking the chain from
 * the socket leftwards, every trusted proxy is skipped; the first untrusted hop is the client.
 * Entries left of it were written by the client and are ignored, so they cannot be spoofed.
 */
export function resolveClientIp(
  socketAddress: string,
  forwardedFor: string | null | undefined,
  isTrustedProxy: (ip: string) => boolean,
): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    normalise(socketAddress),
  ];
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const hop = normalise(chain[index]!);
    if (!isTrustedProxy(hop) || index === 0) return hop;
  }
  return normalise(socketAddress);
}

/** `::ffff:10.0.0.1` (IPv4 mapped into IPv6 by Node) is `10.0.0.1`. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** `127.0.0.1,::1,10.0.0.0/8` → a predicate; addresses and CIDR ranges, IPv4 and IPv6. */
export function trustedProxyMatcher(list: string[]): (ip: string) => boolean {
  const blocks = new BlockList();
  for (const entry of list) {
    const [address, bits] = entry.split('/');
    const family = isIPv6(address!) ? 'ipv6' : 'ipv4';
    if (!isIP(address!)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) blocks.addAddress(address!, family);
    else blocks.addSubnet(address!, Number(bits), family);
  }
  return (ip) => isIP(ip) !== 0 && blocks.check(ip, isIPv6(ip) ? 'ipv6' : 'ipv4');
}
