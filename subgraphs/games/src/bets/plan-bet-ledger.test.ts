import { describe, expect, it } from 'vitest';
import type { ContributionRule } from '../jackpots/split-contribution.js';
import { planBetLedger, walletExtras } from './plan-bet-ledger.js';

const seeds = {
  serverSeed: 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00',
  clientSeed: 'player-seed',
  nonce: 7,
};
const progressive: ContributionRule = {
  jackpotId: 'p',
  type: 'PROGRESSIVE',
  contributionBasisPoints: 100,
  fairnessSlot: 3,
  tiers: [{ code: 'MAJOR', pool: 'p:MAJOR', shareBasisPoints: 10_000, hitOneIn: 50_000 }],
};
const mustDrop: ContributionRule = {
  jackpotId: 'm',
  type: 'MUST_DROP',
  contributionBasisPoints: 50,
  fairnessSlot: null,
  tiers: [{ code: 'DAILY', pool: 'm:DAILY', shareBasisPoints: 10_000 }],
};

describe('planBetLedger', () => {
  it('is null when nothing applies: the wallet call stays exactly as before', () => {
    expect(planBetLedger({ stake: 1_000n, rules: null, spendOrder: null, seeds })).toBeNull();
    expect(planBetLedger({ stake: 1_000n, rules: [mustDrop], spendOrder: null, seeds: seeds })).not.toBeNull();
    // A must-drop part that floors to 0 moves nothing and has no round.
    expect(planBetLedger({ stake: 10n, rules: [mustDrop], spendOrder: null, seeds })).toBeNull();
  });

  it('collects the parts of every jackpot, the rounds of progressives only, and the spend order', () => {
    const ledger = planBetLedger({ stake: 1_000n, rules: [progressive, mustDrop], spendOrder: 'BONUS_FIRST', seeds });
    expect(ledger).toEqual({
      jackpots: [
        { jackpotId: 'p', tierCode: 'MAJOR', pool: 'p:MAJOR', amount: '10' },
        { jackpotId: 'm', tierCode: 'DAILY', pool: 'm:DAILY', amount: '5' },
      ],
      // The round carries the odds the rules had when the bet was placed.
      rounds: [
        {
          jackpotId: 'p',
          round: 1003,
          block: '4b948e827b62e9f35dccf0b73a0be3efbddb148e8b5f0def257e610135213922',
          odds: [{ code: 'MAJOR', hitOneIn: 50_000 }],
        },
      ],
      spendOrder: 'BONUS_FIRST',
    });
    expect(walletExtras(ledger)).toEqual({
      jackpots: [
        { pool: 'p:MAJOR', amount: 10n },
        { pool: 'm:DAILY', amount: 5n },
      ],
      spendOrder: 'BONUS_FIRST',
    });
  });

  it('keeps the round of a progressive the stake is too small to feed (its tiers are still decided)', () => {
    expect(planBetLedger({ stake: 50n, rules: [progressive], spendOrder: null, seeds })).toMatchObject({
      jackpots: [],
      rounds: [{ jackpotId: 'p', round: 1003 }],
    });
  });

  it('leaves out a jackpot that would take more than the stake or more than 16 pools (the wallet would refuse the bet)', () => {
    const greedy: ContributionRule = { ...mustDrop, jackpotId: 'g', contributionBasisPoints: 9_950 };
    expect(
      planBetLedger({ stake: 1_000n, rules: [progressive, greedy, mustDrop], spendOrder: null, seeds })!.jackpots.map(
        (part) => part.jackpotId,
      ),
    ).toEqual(['p', 'm']);
    const wide: ContributionRule = {
      ...mustDrop,
      jackpotId: 'w',
      tiers: Array.from({ length: 10 }, (_, i) => ({ code: `T${i}`, pool: `w:T${i}`, shareBasisPoints: 1_000 })),
    };
    const wider: ContributionRule = {
      ...wide,
      jackpotId: 'x',
      tiers: wide.tiers.map((tier) => ({ ...tier, pool: tier.pool.replace('w', 'x') })),
    };
    expect(
      planBetLedger({ stake: 1_000_000n, rules: [wide, wider, mustDrop], spendOrder: null, seeds })!.jackpots.map(
        (part) => part.jackpotId,
      ),
    ).toEqual([...Array(10).fill('w'), 'm']);
  });

  it('sends only what applies to the wallet', () => {
    expect(walletExtras(null)).toEqual({});
    expect(walletExtras({ jackpots: [], rounds: [], spendOrder: 'REAL_FIRST' })).toEqual({ spendOrder: 'REAL_FIRST' });
  });
});
