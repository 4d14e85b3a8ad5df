import 'reflect-metadata';
import { buildFederatedSchema, type ReferenceResolvers } from '@casinox/graphql';
import type { JackpotContext } from './context.js';
import { JackpotResolver, TenantJackpotsResolver } from './jackpots/jackpot.resolver.js';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/**
 * `Tenant.jackpots` resolves only for a caller signed in to that tenant (its players and
 * operators); any other tenant reference resolves to nothing (null).
 */
const referenceResolvers = {
  Tenant: {
    __resolveReference: (reference: { id: string }, ctx: JackpotContext) =>
      ctx.principal?.tenantId && ctx.principal.tenantId === reference.id ? Object.assign(new TenantReference(), { id: reference.id }) : null,
  },
} satisfies ReferenceResolvers;

export function buildJackpotSchema() {
  return buildFederatedSchema({ resolvers: [JackpotResolver, TenantJackpotsResolver], orphanedTypes: [PlayerReference, TenantReference] }, referenceResolvers);
}
