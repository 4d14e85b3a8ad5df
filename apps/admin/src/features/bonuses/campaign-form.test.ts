import { describe, expect, it } from 'vitest';
import {
  buildCampaignInput,
  type CampaignDraft,
  draftFromCampaign,
  emptyCampaignDraft,
  percentToBasisPoints,
} from './campaign-form';

const rules = { maxWageringMultiplier: 10, scaleOf: (asset: string) => (asset === 'BTC' ? 8 : 2) };
const draft = (patch: Partial<CampaignDraft>): CampaignDraft => ({
  ...emptyCampaignDraft('EUR'),
  name: 'Welcome',
  ...patch,
});

describe('buildCampaignInput', () => {
  it('turns a no-deposit form into minor units with weights and max bets per asset', () => {
    const result = buildCampaignInput(
      draft({
        amount: '5.00',
        weights: { DICE: '100', ROULETTE: '10', SLOTS: '' },
        maxBet: { EUR: '2.50', BTC: '0.001' },
        maxCashOut: '50',
        validUntil: '2026-12-31T23:00',
      }),
      rules,
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        kind: 'NO_DEPOSIT',
        amount: '500',
        wageringMultiplier: 10,
        contributionWeights: [
          { game: 'DICE', percent: 100 },
          { game: 'ROULETTE', percent: 10 },
        ],
        maxBet: [
          { asset: 'EUR', amount: '250' },
          { asset: 'BTC', amount: '100000' },
        ],
        maxCashOut: '5000',
        validUntil: '2026-12-31T23:00:00.000Z',
        optInCode: null,
      },
    });
  });

  it.each([
    [{ wageringMultiplier: '11' }, 'wageringMultiplier', /At most 10×/],
    [{ amount: '' }, 'amount', /Enter an amount/],
    [{ amount: '1.234' }, 'amount', /at most 2 decimals/],
    [{ name: ' ' }, 'name', /1–100/],
    [{ expiresInDays: '0' }, 'expiresInDays', /1–365/],
    [{ weights: { DICE: '120' } }, 'weight.DICE', /0–100/],
    [{ optInCode: 'a b' }, 'optInCode', /letters, digits/],
    [{ kind: 'DEPOSIT_MATCH', percent: '0', cap: '100' }, 'percent', /above 0/],
    [{ kind: 'DEPOSIT_MATCH', percent: '100', cap: '' }, 'cap', /Enter an amount/],
    [{ kind: 'FREE_BETS', freeBetCount: 'x', freeBetStake: '1' }, 'freeBetCount', /1–1000/],
  ] as const)('refuses %j with a problem on %s', (patch, field, message) => {
    const result = buildCampaignInput(draft(patch as Partial<CampaignDraft>), rules);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[field]).toMatch(message);
  });

  it('sends the terms of a deposit match in basis points', () => {
    const result = buildCampaignInput(
      draft({ kind: 'DEPOSIT_MATCH', percent: '50', cap: '200', minDeposit: '20' }),
      rules,
    );
    expect(result).toMatchObject({ ok: true, input: { percentBp: 5000, cap: '20000', minDeposit: '2000' } });
  });
});

describe('percentToBasisPoints', () => {
  it.each([
    ['100', 10000],
    ['12.5', 1250],
    ['0.01', 1],
    ['1.234', null],
    ['x', null],
  ])('%s → %s', (text, bp) => expect(percentToBasisPoints(text)).toBe(bp));
});

describe('draftFromCampaign', () => {
  it('round-trips a saved campaign through the form', () => {
    const built = buildCampaignInput(draft({ amount: '5.00', maxBet: { EUR: '2.50' }, maxCashOut: '1,000' }), rules);
    if (!built.ok) throw new Error('draft should build');
    const saved = {
      ...built.input,
      amount: built.input.amount ?? null,
      percentBp: null,
      cap: null,
      minDeposit: '0',
      cashbackPeriod: null,
      freeBetCount: null,
      freeBetGame: null,
      freeBetStake: null,
    };
    const again = buildCampaignInput(draftFromCampaign(saved, rules.scaleOf), rules);
    expect(again).toEqual(built);
  });
});
