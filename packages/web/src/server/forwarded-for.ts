/**
 * X-Forwarded-For as the app server passes it on: what came in, with the address of whoever
 * connected to us appended. Next's own server only sets the header when it is absent, so a client
 * could name any address it liked; appended, the hop we saw comes last, and the gateway — walking
 * the chain from the right past the proxies it trusts — reaches it before anything the client wrote.
 */
export function appendForwardedFor(
  incoming: string | string[] | undefined,
  peer: string | undefined,
): string | undefined {
  const chain = (Array.isArray(incoming) ? incoming.join(', ') : (incoming ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (peer) chain.push(peer.startsWith('::ffff:') ? peer.slice('::ffff:'.length) : peer);
  return chain.length > 0 ? chain.join(', ') : undefined;
}
