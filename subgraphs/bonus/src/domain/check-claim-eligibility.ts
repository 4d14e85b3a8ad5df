import type { Campaign } from './campaign.js';

/**
 * Whether a player may claim a campaign (the deposit rules live in `calculate-bonus-amount.ts`,
 * the per-player abuse limits in `check-claim-velocity.ts`). In order:
 *
 * - The campaign must be ACTIVE (CAMPAIGN_NOT_ACTIVE: paused or ended).
 * - Before `validUntil` (CAMPAIGN_CLOSED at or after it).
 * - `newPlayersOnly`: only a new player (NEW_PLAYERS_ONLY); who counts as new — no deposit
 *   yet, in this tenant — the caller decides.
 * - With an `optInCode`: the claim must quote it (OPT_IN_CODE_REQUIRED when missing,
 *   INVALID_OPT_IN_CODE when different). Codes compare trimmed and case-insensitively: players
 *   type them from adverts.
 */

export interface ClaimContext {
  isNewPlayer: boolean;
  code?: string | null;
  now: Date;
}

export type ClaimEligibility =
  | { ok: true }
  | {
      ok: false;
      code:
        'CAMPAIGN_NOT_ACTIVE' | 'CAMPAIGN_CLOSED' | 'NEW_PLAYERS_ONLY' | 'OPT_IN_CODE_REQUIRED' | 'INVALID_OPT_IN_CODE';
    };

export function checkClaimEligibility(
  campaign: Pick<Campaign, 'status' | 'validUntil' | 'eligibility'>,
  claim: ClaimContext,
): ClaimEligibility {
  if (campaign.status !== 'ACTIVE') return { ok: false, code: 'CAMPAIGN_NOT_ACTIVE' };
  if (campaign.validUntil && campaign.validUntil.getTime() <= claim.now.getTime())
    return { ok: false, code: 'CAMPAIGN_CLOSED' };
  if (campaign.eligibility.newPlayersOnly && !claim.isNewPlayer) return { ok: false, code: 'NEW_PLAYERS_ONLY' };
  const expected = campaign.eligibility.optInCode?.trim();
  if (expected) {
    const given = claim.code?.trim();
    if (!given) return { ok: false, code: 'OPT_IN_CODE_REQUIRED' };
    if (given.toUpperCase() !== expected.toUpperCase()) return { ok: false, code: 'INVALID_OPT_IN_CODE' };
  }
  return { ok: true };
}
