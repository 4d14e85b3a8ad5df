import type { SpendOrder } from './campaign.js';

/**
 * How a stake is paid from the player's cash and bonus money.
 *
 * - REAL_FIRST: cash pays as much as it can, bonus money the rest.
 * - BONUS_FIRST: bonus money pays as much as it can, cash the rest.
 * - `fromCash + fromBonus === stake` always; when cash + bonus cannot cover the stake the bet is
 *   refused with INSUFFICIENT_FUNDS and what is available, and nothing is split.
 * - No active bonus: pass `bonus: 0n` and the stake is all cash whatever the order. Bonus money is
 *   only spendable while its grant is ACTIVE; the caller passes 0 otherwise.
 * - The stake must be positive and balances non-negative (a negative balance is a ledger bug).
 */

export interface SpendInput {
  stake: bigint;
  cash: bigint;
  bonus: bigint;
  order: SpendOrder;
}

export type SpendSplit = { ok: true; fromCash: bigint; fromBonus: bigint } | { ok: false; code: 'INSUFFICIENT_FUNDS'; available: bigint };

export function splitSpend({ stake, cash, bonus, order }: SpendInput): SpendSplit {
  if (stake <= 0n) throw new RangeError(`A stake must be positive, got ${stake}.`);
  if (cash < 0n || bonus < 0n) throw new RangeError(`Balances cannot be negative, got cash ${cash} and bonus ${bonus}.`);
  const available = cash + bonus;
  if (available < stake) return { ok: false, code: 'INSUFFICIENT_FUNDS', available };
  if (order === 'REAL_FIRST') {
    const fromCash = cash < stake ? cash : stake;
    return { ok: true, fromCash, fromBonus: stake - fromCash };
  }
  const fromBonus = bonus < stake ? bonus : stake;
  return { ok: true, fromCash: stake - fromBonus, fromBonus };
}
