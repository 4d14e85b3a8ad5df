import { DEFAULT_BONUS_SETTINGS } from './bonus-settings.js';

/**
 * Abuse controls on claiming bonuses, over the player's previous claims in the tenant.
 *
 * - One grant per campaign per player, ever (ALREADY_CLAIMED), whatever became of the earlier grant.
 *   Periodic campaigns (CASHBACK) give one grant per period instead: the caller passes a
 *   `periodKey` (see `find-cashback-period.ts`) and the rule becomes one per (campaign, period).
 * - At most `maxClaimsPerDay` claims (default 3) in a rolling 24 hours: claims made in
 *   after at − 24 h count (a claim exactly 24 h old no longer does; one stamped slightly after `at`,
 *   from another replica's clock, does). Over the limit: CLAIM_VELOCITY_EXCEEDED with `retryAfter`,
 *   the moment enough old claims have aged out. The limit is at least 1: a tenant that wants no
 *   claims pauses its campaigns.
 * - The duplicate check runs first: a repeated claim is refused as a duplicate, which a retry after
 *   24 h would not cure.
 */

export const CLAIM_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface PreviousClaim {
  campaignId: string;
  periodKey?: string | null;
  claimedAt: Date;
}

export interface ClaimAttempt {
  campaignId: string;
  periodKey?: string | null;
  at: Date;
}

export type ClaimVelocityCheck =
  | { ok: true }
  | { ok: false; code: 'ALREADY_CLAIMED' }
  | { ok: false; code: 'CLAIM_VELOCITY_EXCEEDED'; limit: number; retryAfter: Date };

export function checkClaimVelocity(
  attempt: ClaimAttempt,
  previous: readonly PreviousClaim[],
  maxClaimsPerDay: number = DEFAULT_BONUS_SETTINGS.maxClaimsPerDay,
): ClaimVelocityCheck {
  if (!Number.isSafeInteger(maxClaimsPerDay) || maxClaimsPerDay < 1) {
    throw new RangeError(`maxClaimsPerDay must be a positive integer, got ${maxClaimsPerDay}.`);
  }
  const periodKey = attempt.periodKey ?? null;
  if (previous.some((claim) => claim.campaignId === attempt.campaignId && (claim.periodKey ?? null) === periodKey)) {
    return { ok: false, code: 'ALREADY_CLAIMED' };
  }
  const windowStart = attempt.at.getTime() - CLAIM_WINDOW_MS;
  const recent = previous
    .map((claim) => claim.claimedAt.getTime())
    .filter((time) => time > windowStart)
    .sort((a, b) => a - b);
  if (recent.length < maxClaimsPerDay) return { ok: true };
  // A slot frees once all but (limit − 1) of the recent claims have aged out.
  const freeing = recent[recent.length - maxClaimsPerDay] ?? windowStart;
  return {
    ok: false,
    code: 'CLAIM_VELOCITY_EXCEEDED',
    limit: maxClaimsPerDay,
    retryAfter: new Date(freeing + CLAIM_WINDOW_MS),
  };
}
