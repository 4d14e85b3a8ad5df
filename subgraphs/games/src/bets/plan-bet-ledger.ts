import type { SpendOrder } from '@casinox/wallet-client';
import { computeJackpotRound, type JackpotRound } from '../jackpots/compute-jackpot-round.js';
import { type ContributionRule, splitContribution } from '../jackpots/split-contribution.js';

/** The wallet takes at most this many pools per stake (its MAX_CONTRIBUTIONS). */
export const MAX_POOLS = 16;

/**
 * What a bet's wallet call carries besides stake and win, stored on the bet when it is recorded
 * (games.bet.ledger) so that the recovery re-drive sends exactly the same request — the wallet
 * binds the bet id's key to the request. Amounts as decimal strings (it lives in jsonb and goes
 * into the bet.settled event as is).
 */
export interface BetLedger {
  jackpots: { jackpotId: string; tierCode: string; pool: string; amount: string }[];
  rounds: JackpotRound[];
  spendOrder: SpendOrder | null;
}

/**
 * The bet's ledger from what place_bet answered: the pool parts of every qualifying contributing
 * jackpot (split-contribution.ts), the round block of every qualifying PROGRESSIVE jackpot
 * (compute-jackpot-round.ts), and the bonus spend order. Null when none applies: most bets stay as before.
 * Pure.
 */
export function planBetLedger(input: {
  stake: bigint;
  rules: readonly ContributionRule[] | null;
  spendOrder: SpendOrder | null;
  seeds: { serverSeed: string; clientSeed: string; nonce: number };
}): BetLedger | null {
  const rules = input.rules ?? [];
  const jackpots: BetLedger['jackpots'] = [];
  let pooled = 0n;
  for (const rule of rules) {
    const parts = splitContribution(rule, input.stake);
    const total = parts.reduce((sum, part) => sum + part.amount, 0n);
    // The wallet refuses more than MAX_POOLS pools or contributions above the stake (house money in
    // disguise): a jackpot that would cross either limit is left out rather than the bet refused.
    if (jackpots.length + parts.length > MAX_POOLS || pooled + total > input.stake) continue;
    pooled += total;
    for (const part of parts) jackpots.push({ ...part, amount: part.amount.toString() });
  }
  // A progressive without a slot cannot be decided from the stream; the jackpot subgraph always sets one.
  // Each round carries the odds in force when the bet was placed, so a later edit of the jackpot never changes its decision.
  const rounds = rules
    .filter((rule) => rule.type === 'PROGRESSIVE' && rule.fairnessSlot !== null)
    .map((rule) => ({
      ...computeJackpotRound(rule.jackpotId, rule.fairnessSlot!, input.seeds),
      odds: rule.tiers
        .filter((tier) => typeof tier.hitOneIn === 'number')
        .map((tier) => ({ code: tier.code, hitOneIn: tier.hitOneIn! })),
    }));
  if (jackpots.length === 0 && rounds.length === 0 && !input.spendOrder) return null;
  return { jackpots, rounds, spendOrder: input.spendOrder };
}

/** The wallet's `jackpots` and `spendOrder` for a stored ledger (the same values on every attempt). */
export function walletExtras(ledger: BetLedger | null): {
  jackpots?: { pool: string; amount: bigint }[];
  spendOrder?: SpendOrder;
} {
  if (!ledger) return {};
  return {
    ...(ledger.jackpots.length > 0
      ? { jackpots: ledger.jackpots.map((part) => ({ pool: part.pool, amount: BigInt(part.amount) })) }
      : {}),
    ...(ledger.spendOrder ? { spendOrder: ledger.spendOrder } : {}),
  };
}
