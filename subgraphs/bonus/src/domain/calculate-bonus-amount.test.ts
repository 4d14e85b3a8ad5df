import { describe, expect, it } from 'vitest';
import { calculateBonusAmount, type BonusAmountResult, type QualifyingDeposit } from './calculate-bonus-amount.js';
import type { Campaign, CampaignTerms } from './campaign.js';

function campaign(terms: CampaignTerms, minDeposit = 1_000n): Pick<Campaign, 'terms' | 'eligibility'> {
  return { terms, eligibility: { newPlayersOnly: false, minDeposit, asset: 'EUR' } };
}

const eur = (amount: bigint): QualifyingDeposit => ({ amount, asset: 'EUR' });
const match100 = campaign({ kind: 'DEPOSIT_MATCH', percentBp: 10_000, cap: 20_000n });
const match50 = campaign({ kind: 'DEPOSIT_MATCH', percentBp: 5_000, cap: 20_000n }, 0n);
const reload = campaign({ kind: 'RELOAD', percentBp: 2_500, cap: 5_000n, minDeposit: 2_000n });
const reloadUnderEligibility = campaign({ kind: 'RELOAD', percentBp: 2_500, cap: 5_000n, minDeposit: 500n }, 3_000n);

describe('calculateBonusAmount', () => {
  it.each<[string, Pick<Campaign, 'terms' | 'eligibility'>, QualifyingDeposit | null, BonusAmountResult]>([
    ['100 % match', match100, eur(5_000n), { ok: true, amount: 5_000n, capped: false }],
    ['100 % match up to the cap exactly', match100, eur(20_000n), { ok: true, amount: 20_000n, capped: false }],
    ['100 % match above the cap is capped', match100, eur(50_000n), { ok: true, amount: 20_000n, capped: true }],
    ['50 % of an odd deposit floors', match50, eur(1_001n), { ok: true, amount: 500n, capped: false }],
    ['50 % of 1 minor unit is nothing', match50, eur(1n), { ok: false, code: 'NOTHING_TO_GRANT' }],
    ['a deposit of 0 never qualifies', match50, eur(0n), { ok: false, code: 'BELOW_MIN_DEPOSIT', minDeposit: 0n }],
    ['exactly the minimum deposit qualifies', match100, eur(1_000n), { ok: true, amount: 1_000n, capped: false }],
    ['below the minimum deposit', match100, eur(999n), { ok: false, code: 'BELOW_MIN_DEPOSIT', minDeposit: 1_000n }],
    ['a deposit in another asset', match100, { amount: 5_000n, asset: 'USD' }, { ok: false, code: 'ASSET_MISMATCH' }],
    ['a match without a deposit', match100, null, { ok: false, code: 'DEPOSIT_REQUIRED' }],
    ['reload at 25 %', reload, eur(4_000n), { ok: true, amount: 1_000n, capped: false }],
    ['reload below its own minimum', reload, eur(1_999n), { ok: false, code: 'BELOW_MIN_DEPOSIT', minDeposit: 2_000n }],
    ['reload capped', reload, eur(100_000n), { ok: true, amount: 5_000n, capped: true }],
    [
      'reload takes the larger minimum (eligibility)',
      reloadUnderEligibility,
      eur(2_999n),
      { ok: false, code: 'BELOW_MIN_DEPOSIT', minDeposit: 3_000n },
    ],
    ['reload without a deposit', reload, null, { ok: false, code: 'DEPOSIT_REQUIRED' }],
    [
      'no-deposit is fixed',
      campaign({ kind: 'NO_DEPOSIT', amount: 1_000n }),
      null,
      { ok: true, amount: 1_000n, capped: false },
    ],
    [
      'no-deposit ignores a deposit',
      campaign({ kind: 'NO_DEPOSIT', amount: 1_000n }),
      eur(1n),
      { ok: true, amount: 1_000n, capped: false },
    ],
    [
      'free bets are worth count × stake',
      campaign({ kind: 'FREE_BETS', game: 'SLOTS', count: 20, stake: 25n }),
      null,
      { ok: true, amount: 500n, capped: false },
    ],
    [
      'cashback is not deposit-based',
      campaign({ kind: 'CASHBACK', percentBp: 1_000, period: 'DAILY', cap: 1n }),
      eur(5_000n),
      { ok: false, code: 'NOT_APPLICABLE' },
    ],
    [
      'exact on huge deposits',
      campaign({ kind: 'DEPOSIT_MATCH', percentBp: 3_333, cap: 2n ** 62n }, 0n),
      eur(9_000_000_000_000_000_003n),
      { ok: true, amount: 2_999_700_000_000_000_000n, capped: false },
    ],
  ])('%s', (_case, subject, deposit, expected) => {
    expect(calculateBonusAmount(subject, deposit)).toEqual(expected);
  });

  it('refuses a negative deposit', () => {
    expect(() => calculateBonusAmount(match100, eur(-1n))).toThrow(RangeError);
  });
});
