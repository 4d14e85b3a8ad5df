/**
 * Where a bet's win goes when its stake was paid partly with bonus money (moved here from the
 * bonus subgraph: the wallet executes it; `wallet.split_win` (sql/split_win.sql) is its
 * SQL twin for bet-win, and the `win` call of a multi-step round runs this one).
 *
 * - The win is split in proportion to how the stake was paid: the bonus share is
 *   floor(win × stakeFromBonus / stake) and goes to the bonus account (winnings from bonus money are
 *   bonus money, still subject to wagering); the rest is cash.
 * - Rounding favours the player's cash: the remainder minor unit goes to cash, never to bonus.
 * - A stake paid all in cash wins all cash; all in bonus (a free bet, or bonus-first play) wins all
 *   bonus. `toCash + toBonus === win` always.
 */
export interface WinInput {
  win: bigint;
  stakeFromCash: bigint;
  stakeFromBonus: bigint;
}

export interface WinSplit {
  toCash: bigint;
  toBonus: bigint;
}

export function splitWin({ win, stakeFromCash, stakeFromBonus }: WinInput): WinSplit {
  if (win < 0n || stakeFromCash < 0n || stakeFromBonus < 0n) {
    throw new RangeError(`Win and stake parts cannot be negative, got ${win}, ${stakeFromCash}, ${stakeFromBonus}.`);
  }
  const stake = stakeFromCash + stakeFromBonus;
  const toBonus = stake === 0n ? 0n : (win * stakeFromBonus) / stake;
  return { toCash: win - toBonus, toBonus };
}
