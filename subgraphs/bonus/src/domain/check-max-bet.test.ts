import { describe, expect, it } from 'vitest';
import { checkMaxBet, type MaxBetBonus, type MaxBetCheck, type StakeToCheck } from './check-max-bet.js';
import type { GrantState } from './grant-state.js';

const bonus = (state: GrantState = 'ACTIVE'): MaxBetBonus => ({ state, maxBet: { EUR: 500n, BTC: 10_000n } });
const eur = (stake: bigint): StakeToCheck => ({ asset: 'EUR', stake });

describe('checkMaxBet', () => {
  it.each<[string, MaxBetBonus | null, StakeToCheck, MaxBetCheck]>([
    ['no bonus: any stake', null, eur(1_000_000n), { ok: true }],
    ['active: under the limit', bonus(), eur(499n), { ok: true }],
    ['active: exactly the limit', bonus(), eur(500n), { ok: true }],
    [
      'active: one over the limit is refused',
      bonus(),
      eur(501n),
      { ok: false, code: 'MAX_BET_EXCEEDED', asset: 'EUR', limit: 500n, stake: 501n },
    ],
    [
      'active: the limit of the stake asset applies',
      bonus(),
      { asset: 'BTC', stake: 10_001n },
      { ok: false, code: 'MAX_BET_EXCEEDED', asset: 'BTC', limit: 10_000n, stake: 10_001n },
    ],
    ['active: an asset without a limit', bonus(), { asset: 'USD', stake: 1_000_000n }, { ok: true }],
    ['active: no limits at all', { state: 'ACTIVE', maxBet: {} }, eur(1_000_000n), { ok: true }],
    ['queued GRANTED: no rule yet', bonus('GRANTED'), eur(501n), { ok: true }],
    ['PENDING: no rule yet', bonus('PENDING'), eur(501n), { ok: true }],
    ['ELIGIBLE: wagering is over', bonus('ELIGIBLE'), eur(501n), { ok: true }],
    ['COMPLETED', bonus('COMPLETED'), eur(501n), { ok: true }],
    ['EXPIRED', bonus('EXPIRED'), eur(501n), { ok: true }],
    ['CANCELLED', bonus('CANCELLED'), eur(501n), { ok: true }],
  ])('%s', (_case, subject, bet, expected) => {
    expect(checkMaxBet(subject, bet)).toEqual(expected);
  });
});
