import { type InternalRoute, sendJson } from '@casinox/graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { recentStaffTokenVersions } from './staff-token-versions.js';

/**
 * `GET /internal/staff-token-versions`: every staff token version bumped within the last access-token
 * life, for a gateway that (re)connects its listener and may have missed revocation notices. On the
 * internal listener, signed by the gateway and open to it alone.
 */
export function staffTokenVersionsRoute(orm: MikroORM): InternalRoute {
  return {
    callers: ['gateway'],
    handle: async (_req, res) => sendJson(res, 200, { versions: await recentStaffTokenVersions(orm.em.fork()) }),
  };
}
