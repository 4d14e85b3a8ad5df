import { applyBasisPoints } from './apply-basis-points.js';
import type { Campaign } from './campaign.js';

/**
 * The bonus a campaign awards, in the campaign asset's minor units.
 *
 * - DEPOSIT_MATCH: floor(deposit × percentBp / 10 000), capped at `cap`.
 * - RELOAD: the same, but only for deposits of at least `terms.minDeposit`.
 * - NO_DEPOSIT: the fixed `amount`; any deposit is ignored.
 * - FREE_BETS: the face value `count × stake` (what the free bets put at stake); no deposit needed.
 * - CASHBACK: not deposit-based; its amount comes from `calculate-cashback.ts` (NOT_APPLICABLE).
 *
 * Deposit-based kinds need a deposit (DEPOSIT_REQUIRED) in the campaign's asset (ASSET_MISMATCH) of
 * at least the larger of `eligibility.minDeposit` and, for RELOAD, `terms.minDeposit`
 * (BELOW_MIN_DEPOSIT, with that minimum so the UI can say "deposit at least …"). Rounding is floor
 * (see `apply-basis-points.ts`), exact on bigint. A result that would be zero (a tiny deposit at a
 * small percentage) is NOTHING_TO_GRANT, so `ok` always means an amount > 0 and a caller never
 * opens a grant worth nothing.
 */

export interface QualifyingDeposit {
  amount: bigint;
  asset: string;
}

export type BonusAmountResult =
  | { ok: true; amount: bigint; capped: boolean }
  | { ok: false; code: 'DEPOSIT_REQUIRED' | 'ASSET_MISMATCH' | 'NOT_APPLICABLE' | 'NOTHING_TO_GRANT' }
  | { ok: false; code: 'BELOW_MIN_DEPOSIT'; minDeposit: bigint };

export function calculateBonusAmount(
  campaign: Pick<Campaign, 'terms' | 'eligibility'>,
  deposit: QualifyingDeposit | null,
): BonusAmountResult {
  const { terms, eligibility } = campaign;
  switch (terms.kind) {
    case 'NO_DEPOSIT':
      return positive(terms.amount, false);
    case 'FREE_BETS':
      return positive(BigInt(terms.count) * terms.stake, false);
    case 'CASHBACK':
      return { ok: false, code: 'NOT_APPLICABLE' };
    case 'DEPOSIT_MATCH':
    case 'RELOAD': {
      if (!deposit) return { ok: false, code: 'DEPOSIT_REQUIRED' };
      if (deposit.amount < 0n) throw new RangeError(`A deposit cannot be negative, got ${deposit.amount}.`);
      if (deposit.asset !== eligibility.asset) return { ok: false, code: 'ASSET_MISMATCH' };
      const minDeposit =
        terms.kind === 'RELOAD' && terms.minDeposit > eligibility.minDeposit
          ? terms.minDeposit
          : eligibility.minDeposit;
      if (deposit.amount < minDeposit || deposit.amount === 0n)
        return { ok: false, code: 'BELOW_MIN_DEPOSIT', minDeposit };
      const matched = applyBasisPoints(deposit.amount, terms.percentBp);
      return matched > terms.cap ? positive(terms.cap, true) : positive(matched, false);
    }
  }
}

function positive(amount: bigint, capped: boolean): BonusAmountResult {
  return amount > 0n ? { ok: true, amount, capped } : { ok: false, code: 'NOTHING_TO_GRANT' };
}
