import { type RouteHandler, sendJson } from '@casinox/graphql';
import type { SigningKeyService } from './signing-key.service.js';

/** `GET /.well-known/jwks.json`: what every subgraph and the gateway verify access tokens with. */
export function jwksRoute(keys: SigningKeyService): RouteHandler {
  return async (_req, res) => {
    // Short public caching: rotation is picked up within a minute, and verifiers refetch on an
    // unknown kid anyway.
    res.setHeader('cache-control', 'public, max-age=60');
    sendJson(res, 200, await keys.jwks());
  };
}
