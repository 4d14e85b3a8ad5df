import type { BaseContext } from '@casinox/graphql';
import type { CampaignService } from './campaigns/campaign.service.js';
import type { GrantService } from './grants/grant.service.js';

/** Every bonus service, created once per process. */
export interface BonusServices {
  campaigns: CampaignService;
  grants: GrantService;
}

export interface BonusContext extends BaseContext {
  services: BonusServices;
}
