/**
 * The client's address for rate limits and audit. Requests may arrive through proxies we run
 * (the apps' Next servers, a load balancer) that append to X-Forwarded-For. Walking the chain from
 * the socket leftwards, every trusted proxy is skipped; the first untrusted hop is the client.
 * Entries left of it were written by the client and are ignored, so they cannot be spoofed.
 */
export function resolveClientIp(socketAddress: string, forwardedFor: string | null | undefined, trustedProxies: ReadonlySet<string>): string {
  const chain = [...(forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean), normalise(socketAddress)];
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const hop = normalise(chain[index]!);
    if (!trustedProxies.has(hop) || index === 0) return hop;
  }
  return normalise(socketAddress);
}

/** `::ffff:10.0.0.1` (IPv4 mapped into IPv6 by Node) is `10.0.0.1`. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
