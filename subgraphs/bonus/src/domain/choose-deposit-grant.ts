import { calculateBonusAmount } from './calculate-bonus-amount.js';
import { calculateWageringRequired } from './calculate-wagering-progress.js';
import type { CampaignStatus, DepositMatchTerms, ReloadTerms } from './campaign.js';
import { isPendingGrantLapsed } from './is-pending-grant-lapsed.js';

/**
 * Which PENDING deposit bonus a completed deposit qualifies, and for how much.
 *
 * - Candidates: the player's PENDING grants in the deposit's asset that have not lapsed at the
 *   deposit's completion (`is-pending-grant-lapsed.ts`), whose claim-time rules fit the deposit:
 *   a new-players-only bonus needs the player's first deposit, a RELOAD one a deposit that is not
 *   the first (the wallet says which: `firstDeposit`).
 * - The oldest candidate (by `grantedAt`, ties by id) takes the deposit; one deposit qualifies at
 *   most one bonus.
 * - Its amount is `calculateBonusAmount` (match %, capped; minimum deposit): ok → GRANT with the
 *   wagering required (amount × the claim-time multiplier); below the minimum (or a match worth
 *   nothing) → KEEP_PENDING: the grant keeps waiting for a bigger deposit.
 */

export interface PendingDepositGrant {
  id: string;
  grantedAt: Date;
  asset: string;
  campaignStatus: CampaignStatus;
  terms: DepositMatchTerms | ReloadTerms;
  minDeposit: bigint;
  newPlayersOnly: boolean;
  wageringMultiplier: number;
}

export interface CompletedDeposit {
  amount: bigint;
  asset: string;
  firstDeposit: boolean;
  completedAt: Date;
}

export type DepositGrantChoice =
  | { action: 'GRANT'; grantId: string; amount: bigint; wageringRequired: bigint; capped: boolean }
  | { action: 'KEEP_PENDING'; grantId: string; code: 'BELOW_MIN_DEPOSIT' | 'NOTHING_TO_GRANT' }
  | { action: 'NONE' };

export function chooseDepositGrant(
  pending: readonly PendingDepositGrant[],
  deposit: CompletedDeposit,
): DepositGrantChoice {
  const [grant] = pending
    .filter(
      (candidate) =>
        candidate.asset === deposit.asset &&
        !isPendingGrantLapsed(candidate, deposit.completedAt) &&
        (!candidate.newPlayersOnly || deposit.firstDeposit) &&
        (candidate.terms.kind !== 'RELOAD' || !deposit.firstDeposit),
    )
    .sort((a, b) => a.grantedAt.getTime() - b.grantedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!grant) return { action: 'NONE' };
  const result = calculateBonusAmount(
    {
      terms: grant.terms,
      eligibility: { asset: grant.asset, minDeposit: grant.minDeposit, newPlayersOnly: grant.newPlayersOnly },
    },
    { amount: deposit.amount, asset: deposit.asset },
  );
  if (result.ok) {
    return {
      action: 'GRANT',
      grantId: grant.id,
      amount: result.amount,
      wageringRequired: calculateWageringRequired(result.amount, grant.wageringMultiplier),
      capped: result.capped,
    };
  }
  if (result.code === 'BELOW_MIN_DEPOSIT' || result.code === 'NOTHING_TO_GRANT')
    return { action: 'KEEP_PENDING', grantId: grant.id, code: result.code };
  // Deposit kinds with the asset checked above never answer DEPOSIT_REQUIRED, ASSET_MISMATCH or NOT_APPLICABLE.
  throw new Error(`A deposit bonus cannot be computed: ${result.code}.`);
}
