import { describe, expect, it } from 'vitest';
import { knownPosting } from './account-directory.js';
import { planBetWin } from './plan-transfer.js';

const CASH = { accountId: 'cash', assetId: 'eur' };
const HOUSE = { accountId: 'house', assetId: 'eur' };
const POOL = { accountId: 'pool', assetId: 'eur' };

describe('knownPosting', () => {
  it('a bet and its win: running sums per account in leg order; the player account moves by its total, its lowest prefix checked', () => {
    const plan = planBetWin({
      playerId: 'p',
      asset: 'EUR',
      betId: 'b',
      stake: 100n,
      win: 250n,
      jackpots: [{ pool: 'mega', amount: 1n }],
    });
    // legs: cash -100, house +99, pool +1, house -250, cash +250
    const accounts = plan.legs.map((leg) => (leg.type === 'PLAYER_CASH' ? CASH : leg.type === 'HOUSE' ? HOUSE : POOL));
    expect(knownPosting(plan.legs, accounts)).toEqual({
      accounts: ['cash', 'house', 'pool', 'house', 'cash'],
      assetIds: ['eur', 'eur', 'eur', 'eur', 'eur'],
      amounts: ['-100', '99', '1', '-250', '250'],
      running: ['-100', '99', '1', '-151', '150'],
      moveIds: ['cash'],
      moveTotals: ['150'],
      moveLowest: ['-100'],
      moveTypes: ['PLAYER_CASH'],
      moveAssets: ['EUR'],
    });
  });

  it('moves every player account once, cash and bonus alike, and no tenant account', () => {
    const legs = [
      { asset: 'EUR', type: 'PLAYER_BONUS' as const, holder: 'p', amount: -30n },
      { asset: 'EUR', type: 'PLAYER_CASH' as const, holder: 'p', amount: -70n },
      { asset: 'EUR', type: 'HOUSE' as const, holder: '', amount: 100n },
      { asset: 'EUR', type: 'HOUSE' as const, holder: '', amount: -40n },
      { asset: 'EUR', type: 'PLAYER_BONUS' as const, holder: 'p', amount: 40n },
    ];
    const posting = knownPosting(legs, [
      { accountId: 'bonus', assetId: 'eur' },
      CASH,
      HOUSE,
      HOUSE,
      { accountId: 'bonus', assetId: 'eur' },
    ]);
    expect(posting.moveIds).toEqual(['bonus', 'cash']);
    expect(posting.moveTotals).toEqual(['10', '-70']);
    expect(posting.moveLowest).toEqual(['-30', '-70']);
    expect(posting.moveTypes).toEqual(['PLAYER_BONUS', 'PLAYER_CASH']);
    // A credit-only account's lowest prefix is its first credit: nothing to cover.
    expect(
      knownPosting(
        legs.slice(2, 5).map((leg) => ({ ...leg })),
        [HOUSE, HOUSE, { accountId: 'bonus', assetId: 'eur' }],
      ).moveLowest,
    ).toEqual(['40']);
  });
});
