import 'reflect-metadata';
import type { Principal } from '@casinox/auth';
import { buildFederatedSchema, type ReferenceResolvers } from '@casinox/graphql';
import { CampaignStatsResolver } from './campaigns/campaign-stats.resolver.js';
import { CampaignResolver } from './campaigns/campaign.resolver.js';
import type { BonusContext } from './context.js';
import { GrantResolver } from './grants/grant.resolver.js';
import { PlayerBonusesResolver } from './grants/player-bonuses.resolver.js';
import { PlayerReference } from './references/player.reference.js';
import { TenantReference } from './references/tenant.reference.js';

/**
 * The tenant in which `principal` may read player `playerId`'s bonuses, or null: a player reads
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
    __resolveReference: (reference: { id: string }, ctx: BonusContext) => {
      const tenantId = viewTenant(ctx.principal, reference.id);
      return tenantId ? Object.assign(new PlayerReference(), { id: reference.id, viewTenantId: tenantId }) : null;
    },
  },
} satisfies ReferenceResolvers;

export function buildBonusSchema() {
  return buildFederatedSchema(
    {
      resolvers: [CampaignResolver, CampaignStatsResolver, GrantResolver, PlayerBonusesResolver],
      orphanedTypes: [PlayerReference, TenantReference],
    },
    referenceResolvers,
  );
}
