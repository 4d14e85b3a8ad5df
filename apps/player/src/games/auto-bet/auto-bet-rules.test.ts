import { describe, expect, it } from 'vitest';
import { afterAutoBet, type AutoBetConfig, readAutoBetForm, startAutoBet } from './auto-bet-rules';

const config = (change: Partial<AutoBetConfig> = {}): AutoBetConfig => ({
  count: 10,
  baseStake: 100n,
  stopOnProfit: null,
  stopOnLoss: null,
  onWin: { mode: 'reset' },
  onLoss: { mode: 'reset' },
  maxStake: 100_000n,
  ...change,
});

/** Runs bets with these payouts until a stop; returns the stop and the state. */
function run(c: AutoBetConfig, payouts: bigint[]) {
  let state = startAutoBet(c);
  const stakes: bigint[] = [];
  for (const payout of payouts) {
    stakes.push(state.stake);
    const next = afterAutoBet(c, state, { stake: state.stake, payout });
    state = next.state;
    if (next.stop) return { stop: next.stop, state, stakes };
  }
  return { stop: null, state, stakes };
}

describe('auto-bet stop rules', () => {
  it('stops after the number of bets', () => {
    expect(run(config({ count: 3 }), [0n, 0n, 0n, 0n])).toMatchObject({
      stop: 'COUNT',
      state: { placed: 3, profit: -300n },
    });
  });

  it.each([
    // win 1.98× twice: +98 each → 196 ≥ 150 after the second
    ['profit ≥ 1.50 after two wins', { stopOnProfit: 150n }, [198n, 198n, 198n], 'PROFIT', 2, 196n],
    ['profit exactly on the threshold', { stopOnProfit: 98n }, [198n], 'PROFIT', 1, 98n],
    ['loss ≥ 2.50 after three losses', { stopOnLoss: 250n }, [0n, 0n, 0n, 0n], 'LOSS', 3, -300n],
    ['loss ≥ 2.00 across a win', { stopOnLoss: 200n }, [0n, 198n, 0n, 0n, 0n], 'LOSS', 4, -202n],
    ['count before either limit', { stopOnProfit: 1000n, stopOnLoss: 1000n, count: 2 }, [0n, 198n], 'COUNT', 2, -2n],
  ] as const)('%s', (_name, change, payouts, stop, placed, profit) => {
    expect(run(config(change), [...payouts])).toMatchObject({ stop, state: { placed, profit } });
  });

  it('doubles on a loss and resets on a win (martingale)', () => {
    const result = run(config({ onLoss: { mode: 'increase', percent: 100 } }), [0n, 0n, 800n, 0n]);
    expect(result.stakes).toEqual([100n, 200n, 400n, 100n]);
  });

  it('raises by a percentage with 2 decimals, rounding up', () => {
    const result = run(config({ baseStake: 3n, onWin: { mode: 'increase', percent: 12.5 } }), [10n, 10n, 10n]);
    expect(result.stakes).toEqual([3n, 4n, 5n]);
  });

  it('stops before a stake above the maximum', () => {
    expect(run(config({ maxStake: 300n, onLoss: { mode: 'increase', percent: 100 } }), [0n, 0n, 0n])).toMatchObject({
      stop: 'MAX_STAKE',
      state: { placed: 2, stake: 400n },
    });
  });
});

describe('readAutoBetForm', () => {
  it('reads counts and stake changes', () => {
    expect(readAutoBetForm({ count: '25', onWin: '', onLoss: '100' })).toEqual({
      ok: true,
      count: 25,
      onWin: { mode: 'reset' },
      onLoss: { mode: 'increase', percent: 100 },
    });
  });

  it.each([
    [{ count: '0', onWin: '', onLoss: '' }, 'count'],
    [{ count: '1001', onWin: '', onLoss: '' }, 'count'],
    [{ count: 'ten', onWin: '', onLoss: '' }, 'count'],
    [{ count: '10', onWin: '-5', onLoss: '' }, 'onWin'],
    [{ count: '10', onWin: '', onLoss: '1.234' }, 'onLoss'],
  ])('refuses %j', (form, field) => {
    expect(readAutoBetForm(form)).toMatchObject({ ok: false, field });
  });
});
