import { type InternalRoute, sendJson } from '@casinox/graphql';
import type { ApiKeyService } from './api-key.service.js';

/**
 * `POST /internal/api-keys/exchange`: the gateway trades a partner's API key for a short-lived
 * partner access token. On the internal listener, signed by the gateway and open to it alone, so
 * partners cannot call it themselves.
 */
export function exchangeRoute(apiKeys: ApiKeyService): InternalRoute {
  return {
    callers: ['gateway'],
    handle: async (_req, res, body) => {
      let apiKey: unknown;
      try {
        apiKey = (JSON.parse(body.toString('utf8')) as { apiKey?: unknown } | null)?.apiKey;
      } catch {
        return sendJson(res, 400, { error: 'body must be JSON: {"apiKey": "…"}' });
      }
      if (typeof apiKey !== 'string' || apiKey.length === 0 || apiKey.length > 200) {
        return sendJson(res, 400, { error: 'body must be JSON: {"apiKey": "…"}' });
      }
      const exchanged = await apiKeys.exchange(apiKey);
      if (!exchanged) return sendJson(res, 401, { error: 'invalid api key' });
      return sendJson(res, 200, { accessToken: exchanged.accessToken, expiresAt: exchanged.expiresAt.toISOString() });
    },
  };
}
