import type { CampaignStatus } from './campaign.js';

/**
 * Whether a PENDING deposit bonus (claimed, waiting for its qualifying deposit) has lapsed: its
 * campaign ENDED, or it has waited `PENDING_DEPOSIT_DAYS` (7 days: at or after `grantedAt + 7 ×
 * 24 h` it is lapsed). The state machine has no move out of PENDING other than GRANT, so a lapsed
 * grant stays PENDING for good: deposits no longer qualify it and reads report it as lapsed.
 * A PAUSED campaign does not lapse its pending bonuses (the operator may resume it).
 */

export const PENDING_DEPOSIT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function pendingDepositDeadline(grantedAt: Date): Date {
  return new Date(grantedAt.getTime() + PENDING_DEPOSIT_DAYS * DAY_MS);
}

export function isPendingGrantLapsed(grant: { grantedAt: Date; campaignStatus: CampaignStatus }, at: Date): boolean {
  return grant.campaignStatus === 'ENDED' || pendingDepositDeadline(grant.grantedAt).getTime() <= at.getTime();
}
