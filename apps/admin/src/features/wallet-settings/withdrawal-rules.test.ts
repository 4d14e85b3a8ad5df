import { describe, expect, it } from 'vitest';
import {
  describeRules,
  draftFromRules,
  parseRuleAmount,
  readRulesDraft,
  rulesChanged,
  type WithdrawalRules,
} from './withdrawal-rules';

const USD = { code: 'USD', scale: 2 };
const BTC = { code: 'BTC', scale: 8 };
const CHOICES = [USD, { code: 'EUR', scale: 2 }, BTC];
const DEFAULTS: WithdrawalRules = { mainCurrency: USD, dailyWithdrawalLimit: '1000000', approvalThreshold: '100000' };

describe('parseRuleAmount', () => {
  it.each([
    ['1,000.50', 2, { ok: true, minor: '100050' }],
    ['0', 2, { ok: true, minor: '0' }],
    ['0.00', 2, { ok: true, minor: '0' }],
    [' .0 ', 2, { ok: true, minor: '0' }],
    ['0', 0, { ok: true, minor: '0' }],
    ['0.000', 2, { ok: false, problem: 'Use at most 2 decimals for this currency.' }],
    ['0.5', 0, { ok: false, problem: 'This currency has no decimals: enter a whole amount.' }],
    ['-1', 2, { ok: false, problem: 'Enter an amount greater than zero.' }],
    ['', 2, { ok: false, problem: 'Enter an amount.' }],
    ['ten', 2, { ok: false, problem: 'Enter an amount as digits, such as 12.50.' }],
  ] as const)('%j at scale %i → %j', (input, scale, expected) => {
    expect(parseRuleAmount(input, scale)).toEqual(expected);
  });
});

describe('draftFromRules / readRulesDraft', () => {
  it('round-trips the API rules through the form', () => {
    const draft = draftFromRules(DEFAULTS);
    expect(draft).toEqual({ mainCurrency: 'USD', dailyWithdrawalLimit: '10000.00', approvalThreshold: '1000.00' });
    expect(readRulesDraft(draft, CHOICES)).toEqual({
      ok: true,
      input: { mainCurrency: 'USD', dailyWithdrawalLimit: '1000000', approvalThreshold: '100000' },
    });
  });

  it('reads the amounts with the scale of the currency chosen', () => {
    expect(
      readRulesDraft({ mainCurrency: 'BTC', dailyWithdrawalLimit: '0.5', approvalThreshold: '0.01' }, CHOICES),
    ).toEqual({
      ok: true,
      input: { mainCurrency: 'BTC', dailyWithdrawalLimit: '50000000', approvalThreshold: '1000000' },
    });
  });

  it('accepts 0 (withdrawals off) and a threshold above the limit', () => {
    expect(
      readRulesDraft({ mainCurrency: 'USD', dailyWithdrawalLimit: '0', approvalThreshold: '50' }, CHOICES),
    ).toMatchObject({ ok: true, input: { dailyWithdrawalLimit: '0', approvalThreshold: '5000' } });
  });

  it('reports every invalid field at once', () => {
    expect(
      readRulesDraft({ mainCurrency: 'USD', dailyWithdrawalLimit: '-5', approvalThreshold: '1.001' }, CHOICES),
    ).toEqual({
      ok: false,
      problems: {
        dailyWithdrawalLimit: 'Enter an amount greater than zero.',
        approvalThreshold: 'Use at most 2 decimals for this currency.',
      },
    });
    expect(
      readRulesDraft({ mainCurrency: 'CREDITS', dailyWithdrawalLimit: '1', approvalThreshold: '1' }, CHOICES),
    ).toEqual({ ok: false, problems: { mainCurrency: 'Choose one of the listed currencies.' } });
  });
});

describe('rulesChanged', () => {
  it('compares amounts as integers, not text', () => {
    expect(
      rulesChanged(DEFAULTS, { mainCurrency: 'USD', dailyWithdrawalLimit: '1000000', approvalThreshold: '100000' }),
    ).toBe(false);
    expect(
      rulesChanged(DEFAULTS, { mainCurrency: 'USD', dailyWithdrawalLimit: '1000000', approvalThreshold: '99999' }),
    ).toBe(true);
    expect(
      rulesChanged(DEFAULTS, { mainCurrency: 'EUR', dailyWithdrawalLimit: '1000000', approvalThreshold: '100000' }),
    ).toBe(true);
  });
});

describe('describeRules', () => {
  it('says what the defaults mean for a player', () => {
    expect(describeRules(DEFAULTS)).toEqual([
      'A player may withdraw up to 10,000.00 USD a day (UTC), pending withdrawals included.',
      'Withdrawals above 1,000.00 USD wait for two finance approvals; smaller ones are paid out at once.',
      'Withdrawals in any currency other than USD always need two approvals.',
    ]);
  });

  it('says a limit of 0 switches withdrawals off', () => {
    expect(describeRules({ ...DEFAULTS, dailyWithdrawalLimit: '0' })).toEqual([
      'Withdrawals are switched off: every request is refused, in every currency.',
    ]);
  });

  it.each([
    ['0', 'Every withdrawal waits for two finance approvals.'],
    ['1000000', 'No withdrawal within the daily limit needs approval: the threshold is at or above the limit.'],
    ['2000000', 'No withdrawal within the daily limit needs approval: the threshold is at or above the limit.'],
  ])('a threshold of %s minor units: %s', (approvalThreshold, line) => {
    expect(describeRules({ ...DEFAULTS, approvalThreshold })).toContain(line);
  });
});
