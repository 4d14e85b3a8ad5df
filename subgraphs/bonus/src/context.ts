import { type BaseContext, batchLoader, type Loader } from '@casinox/graphql';
import type { CampaignService, CampaignStats } from './campaigns/campaign.service.js';
import type { GrantService } from './grants/grant.service.js';

/** Every bonus service, created once per process. */
export interface BonusServices {
  campaigns: CampaignService;
  grants: GrantService;
}

/** Request-scoped batch loaders: one query per kind of figure per request, however many campaigns ask. */
export interface BonusLoaders {
  /** Campaign figures in the operator's tenant; null for anyone else (players never see them). */
  campaignStats: Loader<CampaignStats> | null;
}

export interface BonusContext extends BaseContext {
  services: BonusServices;
  loaders: BonusLoaders;
}

export function createLoaders(base: BaseContext, services: BonusServices): BonusLoaders {
  const principal = base.principal;
  const tenantId = principal?.kind === 'operator' && principal.operatorId && principal.role ? principal.tenantId : null;
  return { campaignStats: tenantId ? batchLoader((ids) => services.campaigns.stats(tenantId, ids)) : null };
}
