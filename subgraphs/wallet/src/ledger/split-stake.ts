/**
 * Whether a stake draws on the player's real (cash) or bonus money first. Absent on a request, the
 * stake is paid from cash only (the hot path, no bonus account involved).
 */
export const SPEND_ORDERS = ['REAL_FIRST', 'BONUS_FIRST'] as const;
export type SpendOrder = (typeof SPEND_ORDERS)[number];

/**
 * How a stake is paid from the player's cash and bonus money (moved here from the bonus subgraph:
 * the wallet executes it, inside the posting statement — `wallet.split_stake` (sql/split_stake.sql)
 * is its SQL twin, and an integration test proves the two agree).
 *
 * - REAL_FIRST: cash pays as much as it can, bonus money the rest.
 * - BONUS_FIRST: bonus money pays as much as it can, cash the rest.
 * - `fromCash + fromBonus === stake` always; when cash + bonus cannot cover the stake the bet is
 *   refused with INSUFFICIENT_FUNDS and what is available, and nothing is split.
 * - `cash` and `bonus` are what is available (balance minus held) at the moment of posting.
 * - The stake must be positive and balances non-negative (a negative balance is a ledger bug).
 */
export interface StakeInput {
  stake: bigint;
  cash: bigint;
  bonus: bigint;
  order: SpendOrder;
}

export type StakeSplit =
  { ok: true; fromCash: bigint; fromBonus: bigint } | { ok: false; code: 'INSUFFICIENT_FUNDS'; available: bigint };

export function splitStake({ stake, cash, bonus, order }: StakeInput): StakeSplit {
  if (stake <= 0n) throw new RangeError(`A stake must be positive, got ${stake}.`);
  if (cash < 0n || bonus < 0n)
    throw new RangeError(`Balances cannot be negative, got cash ${cash} and bonus ${bonus}.`);
  const available = cash + bonus;
  if (available < stake) return { ok: false, code: 'INSUFFICIENT_FUNDS', available };
  if (order === 'REAL_FIRST') {
    const fromCash = cash < stake ? cash : stake;
    return { ok: true, fromCash, fromBonus: stake - fromCash };
  }
  const fromBonus = bonus < stake ? bonus : stake;
  return { ok: true, fromCash: stake - fromBonus, fromBonus };
}
