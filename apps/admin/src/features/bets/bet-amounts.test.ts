import { describe, expect, it } from 'vitest';
import { formatBetMoney, formatMultiplier, isBigWin, netResult } from './bet-amounts';

describe('formatBetMoney', () => {
  it.each([
    ['2500', 'EUR', '25.00 EUR'],
    ['1', 'BTC', '0.00000001 BTC'],
    ['1500000000', 'ETH', '1.500000000 ETH'],
    ['42', 'CREDITS', '42 CREDITS'],
    ['0', 'USD', '0.00 USD'],
    ['9007199254740993', 'EUR', '90,071,992,547,409.93 EUR'],
  ])('%s %s → %s (the catalogue scale)', (minor, asset, expected) => {
    expect(formatBetMoney(minor, asset)).toBe(expected);
  });

  it('shows an unknown asset in minor units instead of guessing a scale', () => {
    expect(formatBetMoney('1250', 'XYZ')).toBe('1250 XYZ (minor units)');
  });

  it('shows a missing payout (an open round) as a dash', () => {
    expect(formatBetMoney(null, 'EUR')).toBe('—');
  });

  it('signs a net result on request', () => {
    expect(formatBetMoney('98', 'EUR', { sign: 'always' })).toBe('+0.98 EUR');
    expect(formatBetMoney('-100', 'EUR', { sign: 'always' })).toBe('-1.00 EUR');
  });
});

describe('netResult', () => {
  it.each([
    ['100', '198', '98'],
    ['100', '0', '-100'],
    ['100', null, null],
    ['9223372036854775807', '0', '-9223372036854775807'],
  ])('stake %s, payout %s → %s', (stake, payout, expected) => {
    expect(netResult(stake, payout)).toBe(expected);
  });
});

describe('isBigWin', () => {
  it.each([
    ['100', '1000', 10, true],
    ['100', '999', 10, false],
    ['100', '0', 10, false],
    ['100', null, 10, false],
    ['100', '500', 5, true],
    ['0', '0', 10, false],
    // Beyond 2^53 the comparison stays exact.
    ['9007199254740993', '90071992547409930', 10, true],
    ['9007199254740993', '90071992547409929', 10, false],
  ] as const)('stake %s, payout %s, at %i× → %s', (stake, payout, multiple, expected) => {
    expect(isBigWin(stake, payout, multiple)).toBe(expected);
  });
});

describe('formatMultiplier', () => {
  it.each([
    ['1.9800', '1.98×'],
    ['0.0000', '0.00×'],
    ['2', '2.00×'],
    ['1234.5678', '1234.5678×'],
    ['19.8000', '19.80×'],
    ['1.0500', '1.05×'],
    [null, '—'],
    ['abc', '—'],
  ])('%s → %s', (value, expected) => {
    expect(formatMultiplier(value)).toBe(expected);
  });
});
