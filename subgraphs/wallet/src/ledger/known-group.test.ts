import { describe, expect, it } from 'vitest';
import { knownPosting } from './account-directory.js';
import { type GroupItem, knownGroups } from './known-group.js';
import { planBet, planBetWin } from './plan-transfer.js';

const EUR = 'eur';
const account = (accountId: string) => ({ accountId, assetId: EUR });
const accountsOf = (player: string) => (leg: { type: string }) =>
  account(leg.type === 'PLAYER_CASH' ? `cash-${player}` : 'house');

function betWin(player: string, betId: string, stake: bigint, win: bigint, tenantId = 't1'): GroupItem {
  const plan = planBetWin({ playerId: player, asset: 'EUR', betId, stake, win, jackpots: [] });
  return {
    tenantId,
    key: plan.key,
    hash: `h-${betId}`,
    operation: 'bet-win',
    kind: plan.kind,
    playerId: player,
    reference: betId,
    metadata: {},
    ...knownPosting(plan.legs, plan.legs.map(accountsOf(player))),
  };
}

let ids = 0;
const newId = () => `transfer-${++ids}`;

describe('knownGroup', () => {
  it('one player twice and another once: running sums run on over the group, each balance moves once by its group total', () => {
    ids = 0;
    // a: -100 then +250 (bet 1), -100 then +0 (bet 2); b: -50 then +0.
    const [group, ...others] = knownGroups(
      [betWin('a', 'b1', 100n, 250n), betWin('a', 'b2', 100n, 0n), betWin('b', 'b3', 50n, 0n)],
      newId,
    )!;
    expect(others).toEqual([]);
    expect(group!.positions).toEqual([1, 2, 3]);
    expect(group!.ids).toEqual(['transfer-1', 'transfer-2', 'transfer-3']);
    expect(group!.keys).toEqual(['bet:b1', 'bet:b2', 'bet:b3']);
    expect(group!.legItems).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
    expect(group!.accounts).toEqual(['cash-a', 'house', 'house', 'cash-a', 'cash-a', 'house', 'cash-b', 'house']);
    expect(group!.amounts).toEqual(['-100', '100', '-250', '250', '-100', '100', '-50', '50']);
    // The house account's sums run on too (its entries carry no balance, so they are not used).
    expect(group!.running).toEqual(['-100', '100', '-150', '150', '50', '-50', '-50', '0']);
    expect(group!.moveIds).toEqual(['cash-a', 'cash-b']);
    expect(group!.moveTotals).toEqual(['50', '-50']);
    // a's lowest prefix is the first stake; b's its stake.
    expect(group!.moveLowest).toEqual(['-100', '-50']);
    // Each item answers its player's balance as it stood after it.
    expect(group!.answerItems).toEqual([1, 2, 3]);
    expect(group!.answerAccounts).toEqual(['cash-a', 'cash-a', 'cash-b']);
    expect(group!.answerRunning).toEqual(['150', '50', '-50']);
    expect(group!.answerTypes).toEqual(['PLAYER_CASH', 'PLAYER_CASH', 'PLAYER_CASH']);
  });

  it('a later, deeper dip sets the lowest prefix: what must be covered is the whole sequence, not each posting alone', () => {
    const plan = planBet({ playerId: 'a', asset: 'EUR', betId: 'x', stake: 300n, jackpots: [] });
    const bet = {
      tenantId: 't1',
      key: plan.key,
      hash: 'h',
      operation: 'bet',
      kind: plan.kind,
      playerId: 'a',
      metadata: {},
      ...knownPosting(plan.legs, plan.legs.map(accountsOf('a'))),
    };
    const [group] = knownGroups([betWin('a', 'b1', 100n, 0n), bet], newId)!;
    expect(group!.moveTotals).toEqual(['-400']);
    expect(group!.moveLowest).toEqual(['-400']);
    expect(group!.answerRunning).toEqual(['-100', '-400']);
  });

  it("one part per tenant, each item's position kept for the answers", () => {
    const parts = knownGroups(
      [betWin('a', 'b1', 1n, 0n), betWin('x', 'b2', 2n, 0n, 't2'), betWin('b', 'b3', 3n, 0n)],
      newId,
    )!;
    expect(parts.map((part) => [part.tenantId, part.positions, part.keys])).toEqual([
      ['t1', [1, 3], ['bet:b1', 'bet:b3']],
      ['t2', [2], ['bet:b2']],
    ]);
  });

  it('does not go at once with a posting by name (an account to open)', () => {
    const byName: GroupItem = { tenantId: 't1', key: 'k', hash: 'h', operation: 'grant', kind: 'GRANT' };
    expect(knownGroups([betWin('a', 'b1', 1n, 0n), byName], newId)).toBeNull();
    expect(knownGroups([], newId)).toBeNull();
  });
});
