import 'reflect-metadata';
import { buildFederatedSchema, type ReferenceResolvers } from '@casinox/graphql';
import { ApiKeyResolver } from './api-keys/api-key.resolver.js';
import type { IdentityContext } from './context.js';
import { OperatorResolver } from './operators/operator.resolver.js';
import { OperatorType } from './operators/operator.types.js';
import { PlayerResolver } from './players/player.resolver.js';
import { PlayerType } from './players/player.types.js';
import { SessionResolver } from './sessions/session.resolver.js';
import { TenantResolver } from './tenants/tenant.resolver.js';
import { TenantType } from './tenants/tenant.types.js';

interface Reference {
  id: string;
}

/**
 * `__resolveReference` for the entities identity owns. Each batches through a request-scoped
 * loader (one `where id in (...)` per type per request) that applies the caller's tenant scope:
 * references come from the gateway with the caller's token, and another tenant's row is null.
 */
const referenceResolvers = {
  Tenant: {
    __resolveReference: async (reference: Reference, ctx: IdentityContext) => {
      const tenant = await ctx.loaders.tenantRefs.load(reference.id);
      return tenant && TenantType.from(tenant);
    },
  },
  Player: {
    __resolveReference: async (reference: Reference, ctx: IdentityContext) => {
      const player = await ctx.loaders.playerRefs.load(reference.id);
      return player && PlayerType.from(player);
    },
  },
  Operator: {
    __resolveReference: async (reference: Reference, ctx: IdentityContext) => {
      const operator = await ctx.loaders.operatorRefs.load(reference.id);
      return operator && OperatorType.from(operator);
    },
  },
} satisfies ReferenceResolvers;

/** The identity subgraph schema and its SDL (printed to schema.graphql). */
export function buildIdentitySchema() {
  return buildFederatedSchema(
    { resolvers: [TenantResolver, PlayerResolver, SessionResolver, OperatorResolver, ApiKeyResolver] },
    referenceResolvers,
  );
}

/** The SDL as committed in subgraphs/identity/schema.graphql. */
export async function printIdentitySchema(): Promise<string> {
  return (await buildIdentitySchema()).sdl;
}
