import { describe, expect, it } from 'vitest';
import type { Campaign } from './campaign.js';
import { deriveGrantRules } from './derive-grant-rules.js';

const base: Pick<Campaign, 'terms' | 'eligibility' | 'contributionWeights' | 'maxBet' | 'spendOrder'> = {
  terms: { kind: 'NO_DEPOSIT', amount: 1000n },
  eligibility: { newPlayersOnly: false, minDeposit: 0n, asset: 'EUR' },
  contributionWeights: { SLOTS: 100, ROULETTE: 10 },
  maxBet: { EUR: 500n, USD: 600n },
  spendOrder: 'REAL_FIRST',
};

describe('deriveGrantRules', () => {
  it.each([
    ['NO_DEPOSIT', { kind: 'NO_DEPOSIT', amount: 1000n }],
    ['DEPOSIT_MATCH', { kind: 'DEPOSIT_MATCH', percentBp: 10_000, cap: 5000n }],
    ['CASHBACK', { kind: 'CASHBACK', percentBp: 1000, period: 'DAILY', cap: 5000n }],
  ] as const)('%s keeps the campaign’s rules and every game', (_kind, terms) => {
    expect(deriveGrantRules({ ...base, terms })).toEqual({
      weights: base.contributionWeights,
      maxBet: base.maxBet,
      spendOrder: 'REAL_FIRST',
      bonusGames: null,
    });
  });

  it('FREE_BETS: max bet = the stake in its asset, only its game counts, bonus first and only on that game', () => {
    const rules = deriveGrantRules({ ...base, terms: { kind: 'FREE_BETS', game: 'DICE', count: 10, stake: 200n } });
    expect(rules).toEqual({
      weights: { DICE: 100 },
      maxBet: { EUR: 200n, USD: 600n },
      spendOrder: 'BONUS_FIRST',
      bonusGames: ['DICE'],
    });
  });
});
