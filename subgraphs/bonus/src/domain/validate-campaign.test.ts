import { describe, expect, it } from 'vitest';
import type { CampaignDraft, CampaignTerms } from './campaign.js';
import { validateCampaign } from './validate-campaign.js';

const now = new Date('2026-03-01T12:00:00Z');

function draft(overrides: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    name: 'Welcome 100 %',
    status: 'ACTIVE',
    terms: { kind: 'DEPOSIT_MATCH', percentBp: 10_000, cap: 10_000n },
    eligibility: { newPlayersOnly: true, minDeposit: 1_000n, asset: 'EUR', optInCode: null },
    wageringMultiplier: 10,
    contributionWeights: { SLOTS: 100, ROULETTE: 10 },
    maxBet: { EUR: 500n },
    expiresInDays: 30,
    validUntil: new Date('2026-12-31T00:00:00Z'),
    maxCashOut: 50_000n,
    spendOrder: 'REAL_FIRST',
    ...overrides,
  };
}

const terms = (value: CampaignTerms) => ({ terms: value });

describe('validateCampaign', () => {
  it.each<[string, Partial<CampaignDraft>]>([
    ['a typical deposit match', {}],
    ['a no-deposit bonus', terms({ kind: 'NO_DEPOSIT', amount: 500n })],
    ['free bets', terms({ kind: 'FREE_BETS', game: 'SLOTS', count: 20, stake: 10n })],
    ['weekly cashback at 100 %', terms({ kind: 'CASHBACK', percentBp: 10_000, period: 'WEEKLY', cap: 10_000n })],
    ['a reload with minimum 0', terms({ kind: 'RELOAD', percentBp: 5_000, cap: 5_000n, minDeposit: 0n })],
    ['a 1 000 % match', terms({ kind: 'DEPOSIT_MATCH', percentBp: 100_000, cap: 1n })],
    ['no wagering and no weights', { wageringMultiplier: 0, contributionWeights: {} }],
    ['the UK maximum of 10×', { wageringMultiplier: 10 }],
    ['no cash-out cap, no end date, no max bet', { maxCashOut: null, validUntil: null, maxBet: {} }],
    ['a paused campaign past its end date', { status: 'PAUSED', validUntil: new Date('2026-01-01T00:00:00Z') }],
    [
      'an opt-in code',
      { eligibility: { newPlayersOnly: false, minDeposit: 0n, asset: 'BTC', optInCode: 'SPRING-26' } },
    ],
    ['an excluded game with weight 0', { contributionWeights: { SLOTS: 100, DICE: 0 } }],
    ['expiry of a year', { expiresInDays: 365 }],
  ])('accepts %s', (_case, overrides) => {
    expect(validateCampaign(draft(overrides), { now })).toEqual([]);
  });

  it.each<[string, Partial<CampaignDraft>, string, string]>([
    ['an empty name', { name: '   ' }, 'name', 'REQUIRED'],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, 'name', 'OUT_OF_RANGE'],
    ['a match of 0 bp', terms({ kind: 'DEPOSIT_MATCH', percentBp: 0, cap: 1n }), 'terms.percentBp', 'OUT_OF_RANGE'],
    [
      'a match over 1 000 %',
      terms({ kind: 'DEPOSIT_MATCH', percentBp: 100_001, cap: 1n }),
      'terms.percentBp',
      'OUT_OF_RANGE',
    ],
    [
      'a fractional percentage',
      terms({ kind: 'DEPOSIT_MATCH', percentBp: 12.5, cap: 1n }),
      'terms.percentBp',
      'NOT_INTEGER',
    ],
    ['a zero cap', terms({ kind: 'DEPOSIT_MATCH', percentBp: 100, cap: 0n }), 'terms.cap', 'OUT_OF_RANGE'],
    [
      'a cap beyond bigint',
      terms({ kind: 'DEPOSIT_MATCH', percentBp: 100, cap: 2n ** 63n }),
      'terms.cap',
      'OUT_OF_RANGE',
    ],
    [
      'a reload with a negative minimum',
      terms({ kind: 'RELOAD', percentBp: 100, cap: 1n, minDeposit: -1n }),
      'terms.minDeposit',
      'OUT_OF_RANGE',
    ],
    ['a no-deposit bonus of nothing', terms({ kind: 'NO_DEPOSIT', amount: 0n }), 'terms.amount', 'OUT_OF_RANGE'],
    [
      'cashback over 100 %',
      terms({ kind: 'CASHBACK', percentBp: 10_001, period: 'DAILY', cap: 1n }),
      'terms.percentBp',
      'OUT_OF_RANGE',
    ],
    [
      'cashback without a cap',
      terms({ kind: 'CASHBACK', percentBp: 1_000, period: 'DAILY', cap: 0n }),
      'terms.cap',
      'OUT_OF_RANGE',
    ],
    [
      'a monthly cashback',
      terms({ kind: 'CASHBACK', percentBp: 1_000, period: 'MONTHLY' as 'DAILY', cap: 1n }),
      'terms.period',
      'UNKNOWN_VALUE',
    ],
    [
      'free bets on an unknown game',
      terms({ kind: 'FREE_BETS', game: 'POKER' as 'SLOTS', count: 1, stake: 1n }),
      'terms.game',
      'UNKNOWN_VALUE',
    ],
    ['zero free bets', terms({ kind: 'FREE_BETS', game: 'SLOTS', count: 0, stake: 1n }), 'terms.count', 'OUT_OF_RANGE'],
    [
      '1 001 free bets',
      terms({ kind: 'FREE_BETS', game: 'SLOTS', count: 1_001, stake: 1n }),
      'terms.count',
      'OUT_OF_RANGE',
    ],
    [
      'free bets of stake 0',
      terms({ kind: 'FREE_BETS', game: 'SLOTS', count: 5, stake: 0n }),
      'terms.stake',
      'OUT_OF_RANGE',
    ],
    [
      'free bets worth more than the asset maximum',
      terms({ kind: 'FREE_BETS', game: 'SLOTS', count: 2, stake: 600_000_000_000n }),
      'terms.stake',
      'OUT_OF_RANGE',
    ],
    [
      'a bonus above the asset maximum',
      terms({ kind: 'NO_DEPOSIT', amount: 10n ** 12n + 1n }),
      'terms.amount',
      'OUT_OF_RANGE',
    ],
    [
      'an asset the platform does not know',
      { eligibility: { newPlayersOnly: false, minDeposit: 0n, asset: 'DOGE' } },
      'eligibility.asset',
      'UNKNOWN_VALUE',
    ],
    ['an unknown kind', terms({ kind: 'LOTTERY' } as unknown as CampaignTerms), 'terms.kind', 'UNKNOWN_VALUE'],
    [
      'a negative minimum deposit',
      { eligibility: { newPlayersOnly: false, minDeposit: -1n, asset: 'EUR' } },
      'eligibility.minDeposit',
      'OUT_OF_RANGE',
    ],
    [
      'a lower-case asset',
      { eligibility: { newPlayersOnly: false, minDeposit: 0n, asset: 'eur' } },
      'eligibility.asset',
      'INVALID_FORMAT',
    ],
    [
      'a two-letter opt-in code',
      { eligibility: { newPlayersOnly: false, minDeposit: 0n, asset: 'EUR', optInCode: 'AB' } },
      'eligibility.optInCode',
      'INVALID_FORMAT',
    ],
    [
      'an opt-in code with a space',
      { eligibility: { newPlayersOnly: false, minDeposit: 0n, asset: 'EUR', optInCode: 'SPRING 26' } },
      'eligibility.optInCode',
      'INVALID_FORMAT',
    ],
    ['wagering above the UK cap', { wageringMultiplier: 11 }, 'wageringMultiplier', 'OUT_OF_RANGE'],
    ['negative wagering', { wageringMultiplier: -1 }, 'wageringMultiplier', 'OUT_OF_RANGE'],
    ['fractional wagering', { wageringMultiplier: 2.5 }, 'wageringMultiplier', 'NOT_INTEGER'],
    ['a weight over 100', { contributionWeights: { SLOTS: 101 } }, 'contributionWeights.SLOTS', 'OUT_OF_RANGE'],
    [
      'a negative weight',
      { contributionWeights: { SLOTS: 100, DICE: -5 } },
      'contributionWeights.DICE',
      'OUT_OF_RANGE',
    ],
    [
      'a weight for an unknown game',
      { contributionWeights: { SLOTS: 100, POKER: 50 } as never },
      'contributionWeights.POKER',
      'UNKNOWN_VALUE',
    ],
    [
      'wagering no game counts towards',
      { wageringMultiplier: 5, contributionWeights: { SLOTS: 0 } },
      'contributionWeights',
      'NEVER_WAGERABLE',
    ],
    ['a max bet of 0', { maxBet: { EUR: 0n } }, 'maxBet.EUR', 'OUT_OF_RANGE'],
    ['a max bet in a malformed asset', { maxBet: { 'e-u': 5n } }, 'maxBet.e-u', 'INVALID_FORMAT'],
    ['expiry of 0 days', { expiresInDays: 0 }, 'expiresInDays', 'OUT_OF_RANGE'],
    ['expiry over a year', { expiresInDays: 366 }, 'expiresInDays', 'OUT_OF_RANGE'],
    ['an active campaign ending now', { validUntil: now }, 'validUntil', 'IN_PAST'],
    ['an invalid end date', { validUntil: new Date('nonsense') }, 'validUntil', 'INVALID_FORMAT'],
    ['a cash-out cap of 0', { maxCashOut: 0n }, 'maxCashOut', 'OUT_OF_RANGE'],
    ['an unknown spend order', { spendOrder: 'CASH_ONLY' as 'REAL_FIRST' }, 'spendOrder', 'UNKNOWN_VALUE'],
    ['an unknown status', { status: 'DRAFT' as 'ACTIVE' }, 'status', 'UNKNOWN_VALUE'],
  ])('flags %s', (_case, overrides, field, code) => {
    expect(validateCampaign(draft(overrides), { now })).toEqual([expect.objectContaining({ field, code })]);
  });

  it.each<[string, number, number, boolean]>([
    ['a tenant allowing 35× accepts 35×', 35, 35, true],
    ['a tenant allowing 35× refuses 36×', 35, 36, false],
    ['a tenant allowing 5× refuses 10×', 5, 10, false],
    ['a tenant allowing 0× accepts 0×', 0, 0, true],
  ])('%s', (_case, maxWageringMultiplier, wageringMultiplier, valid) => {
    const problems = validateCampaign(draft({ wageringMultiplier }), {
      now,
      settings: { maxWageringMultiplier, maxClaimsPerDay: 3 },
    });
    expect(problems.length === 0).toBe(valid);
  });

  it('reports every problem at once', () => {
    const problems = validateCampaign(draft({ name: '', wageringMultiplier: 99, maxCashOut: 0n, expiresInDays: 0 }), {
      now,
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual([
      'expiresInDays',
      'maxCashOut',
      'name',
      'wageringMultiplier',
    ]);
  });

  it('throws on a broken tenant setting', () => {
    expect(() => validateCampaign(draft(), { settings: { maxWageringMultiplier: -1, maxClaimsPerDay: 3 } })).toThrow(
      RangeError,
    );
  });
});
