import 'reflect-metadata';
import type { Principal } from '@casinox/auth';
import { buildFederatedSchema, type ReferenceResolvers } from '@casinox/graphql';
import { BetResolver } from './bets/bet.resolver.js';
import { PlayerBetsResolver } from './bets/player-bets.resolver.js';
import { GameConfigResolver } from './config/game-config.resolver.js';
import type { GamesContext } from './context.js';
import { FairnessResolver } from './fairness/fairness.resolver.js';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/**
 * The tenant in which `principal` may read player `playerId`'s games data, or null: a player reads
 * only their own; an operator reads players of the tenant they act in (RLS scopes the query to
 * it, so another tenant's player shows nothing).
 */
function viewTenant(principal: Principal | null, playerId: string): string | null {
  if (!principal?.tenantId) return null;
  if (principal.kind === 'player') return principal.playerId === playerId ? principal.tenantId : null;
  if (principal.kind === 'operator' && principal.operatorId && principal.role) return principal.tenantId;
  return null;
}

const referenceResolvers = {
  Player: {
    __resolveReference: (reference: { id: string }, ctx: GamesContext) => {
      const tenantId = viewTenant(ctx.principal, reference.id);
      return tenantId ? Object.assign(new PlayerReference(), { id: reference.id, viewTenantId: tenantId }) : null;
    },
  },
  Game: {
    __resolveReference: async (reference: { code: string }, ctx: GamesContext) => {
      if (!ctx.principal?.tenantId) return null;
      return (
        (await ctx.services.config.catalogue(ctx.principal.tenantId)).find((game) => game.code === reference.code) ??
        null
      );
    },
  },
} satisfies ReferenceResolvers;

export function buildGamesSchema() {
  return buildFederatedSchema(
    {
      resolvers: [BetResolver, PlayerBetsResolver, FairnessResolver, GameConfigResolver],
      orphanedTypes: [PlayerReference, TenantReference],
    },
    referenceResolvers,
  );
}
