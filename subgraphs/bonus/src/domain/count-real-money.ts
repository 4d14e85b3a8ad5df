/**
 * The real-money part of a settled bet, for cashback on net losses: the stake paid from cash and
 * the win paid to cash. The wallet reports how much of the stake came from bonus money and how
 * much of the win went back to the bonus account (`bonusSplit`); without one the whole bet was
 * cash. Bonus money a player loses was never theirs, so it earns no cashback.
 */

export interface SettledBetMoney {
  stake: bigint;
  payout: bigint;
  bonusSplit?: { stakeFromBonus: bigint; winToBonus: bigint } | null;
}

export function countRealMoney({ stake, payout, bonusSplit }: SettledBetMoney): { staked: bigint; paid: bigint } {
  const fromBonus = bonusSplit?.stakeFromBonus ?? 0n;
  const toBonus = bonusSplit?.winToBonus ?? 0n;
  if (stake < 0n || payout < 0n || fromBonus < 0n || toBonus < 0n)
    throw new RangeError('A bet’s amounts cannot be negative.');
  if (fromBonus > stake || toBonus > payout)
    throw new RangeError(`A bonus split (${fromBonus}/${toBonus}) cannot exceed the bet (${stake}/${payout}).`);
  return { staked: stake - fromBonus, paid: payout - toBonus };
}
