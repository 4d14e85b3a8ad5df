import { describe, expect, it } from 'vitest';
import {
  type DepositOfferLike,
  depositBonusProblem,
  depositOffersFor,
  depositOfferTerms,
  expectedDepositBonus,
  waitingDepositBonuses,
} from './deposit-bonus';

const offer = (patch: Partial<DepositOfferLike> = {}): DepositOfferLike => ({
  id: 'c1',
  name: 'Welcome match',
  kind: 'DEPOSIT_MATCH',
  asset: 'EUR',
  percentBp: 10_000,
  cap: '2000',
  minDeposit: '1000',
  wageringMultiplier: 10,
  requiresOptInCode: false,
  ...patch,
});

describe('depositOfferTerms', () => {
  it.each([
    [offer(), '100 % up to 20.00 EUR — min deposit 10.00, wager 10×'],
    [
      offer({ percentBp: 5_050, cap: null, minDeposit: null, wageringMultiplier: 3 }),
      '50.5 % of your deposit — wager 3×',
    ],
    [offer({ minDeposit: '0' }), '100 % up to 20.00 EUR — wager 10×'],
  ])('%j reads %s', (c, expected) => expect(depositOfferTerms(c, 2)).toBe(expected));
});

describe('expectedDepositBonus', () => {
  it.each([
    ['500', 0n],
    ['1000', 1000n],
    ['1500', 1500n],
    ['5000', 2000n],
    ['0', 0n],
  ])('a deposit of %s minor units brings %s', (amount, expected) =>
    expect(expectedDepositBonus(offer(), BigInt(amount))).toBe(expected),
  );

  it('rounds a partial match down and has no cap without one', () => {
    expect(expectedDepositBonus(offer({ percentBp: 3_333, cap: null, minDeposit: null }), 1001n)).toBe(333n);
  });
});

describe('depositBonusProblem', () => {
  it('asks for the minimum deposit', () => {
    expect(depositBonusProblem(offer(), 999n, 2)).toBe(
      'Deposit at least 10.00 EUR to get Welcome match, or choose “No bonus”.',
    );
    expect(depositBonusProblem(offer(), 1000n, 2)).toBeNull();
  });
});

describe('depositOffersFor', () => {
  it('keeps the deposit offers of the currency, each once', () => {
    const list = [
      offer(),
      offer({ id: 'c2', kind: 'RELOAD' }),
      offer({ id: 'c1' }),
      offer({ id: 'usd', asset: 'USD' }),
      offer({ id: 'nd', kind: 'NO_DEPOSIT' }),
    ];
    expect(depositOffersFor(list, 'EUR').map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('waitingDepositBonuses', () => {
  it('lists the pending bonuses of the currency that have not lapsed', () => {
    const bonuses = [
      { id: 'a', state: 'PENDING', asset: 'EUR', lapsed: false, kind: 'DEPOSIT_MATCH' },
      { id: 'b', state: 'PENDING', asset: 'EUR', lapsed: true, kind: 'DEPOSIT_MATCH' },
      { id: 'c', state: 'ACTIVE', asset: 'EUR', lapsed: false, kind: 'DEPOSIT_MATCH' },
      { id: 'd', state: 'PENDING', asset: 'USD', lapsed: false, kind: 'RELOAD' },
    ];
    expect(waitingDepositBonuses(bonuses, 'EUR').map((b) => b.id)).toEqual(['a']);
  });
});
