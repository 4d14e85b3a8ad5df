import { CodedError } from '@casinox/graphql';
import type { AccountType, TransferKind } from './account-types.js';
import type { WinSplit } from './split-win.js';

/** One leg of a planned transfer: a signed amount on the account (type, holder) in an asset. */
export interface Leg {
  asset: string;
  type: AccountType;
  /** Player id for player accounts; '' or a pool/escrow reference for tenant accounts. */
  holder: string;
  amount: bigint;
}

export interface TransferPlan {
  kind: TransferKind;
  /** The idempotency key, derived from the caller's id so a retry finds the first attempt. */
  key: string;
  playerId: string | null;
  reference: string | null;
  legs: Leg[];
  metadata: Record<string, unknown>;
}

/**
 * Proves a plan is a valid double entry before it reaches the database (which proves it again at
 * commit): at least two legs, no zero legs, and the legs of every asset sum to zero.
 */
export function assertBalanced(legs: readonly Leg[]): void {
  if (legs.length < 2) throw new CodedError('UNBALANCED', 'A transfer needs at least two entries.');
  const totals = new Map<string, bigint>();
  for (const leg of legs) {
    if (leg.amount === 0n) throw new CodedError('UNBALANCED', 'A transfer entry cannot be zero.');
    totals.set(leg.asset, (totals.get(leg.asset) ?? 0n) + leg.amount);
  }
  for (const [asset, total] of totals) {
    if (total !== 0n) throw new CodedError('UNBALANCED', `The ${asset} entries sum to ${total}, not zero.`);
  }
}

const HOUSE = (asset: string): Omit<Leg, 'amount'> => ({ asset, type: 'HOUSE', holder: '' });
const CASH = (asset: string, playerId: string): Omit<Leg, 'amount'> => ({
  asset,
  type: 'PLAYER_CASH',
  holder: playerId,
});
const BONUS = (asset: string, playerId: string): Omit<Leg, 'amount'> => ({
  asset,
  type: 'PLAYER_BONUS',
  holder: playerId,
});
const POOL = (asset: string, pool: string): Omit<Leg, 'amount'> => ({ asset, type: 'JACKPOT_POOL', holder: pool });

export interface JackpotContribution {
  /** Which pool: the pool's holder in the ledger, `<jackpotId>:<tierCode>` for the jackpot engine's tiers. */
  pool: string;
  amount: bigint;
}

/** At most this many pools share one stake (a bet qualifies for a few jackpots, each with a few tiers). */
export const MAX_CONTRIBUTIONS = 16;

/**
 * The jackpot contributions of one stake, checked and in canonical form (what the bet's key is
 * bound to): at most MAX_CONTRIBUTIONS items, no pool twice (INVALID_REQUEST), zero amounts dropped,
 * sorted by pool, and together no more than the stake (INVALID_AMOUNT: more would be house money in
 * disguise).
 */
export function normaliseContributions(
  stake: bigint,
  contributions: readonly JackpotContribution[],
): JackpotContribution[] {
  if (contributions.length > MAX_CONTRIBUTIONS) {
    throw new CodedError('INVALID_REQUEST', `jackpots may list at most ${MAX_CONTRIBUTIONS} pools.`, {
      field: 'jackpots',
    });
  }
  const seen = new Set<string>();
  let total = 0n;
  for (const contribution of contributions) {
    if (seen.has(contribution.pool))
      throw new CodedError('INVALID_REQUEST', `jackpots lists pool "${contribution.pool}" twice.`, {
        field: 'jackpots',
      });
    if (contribution.amount < 0n)
      throw new CodedError('INVALID_AMOUNT', 'A jackpot contribution cannot be negative.', { field: 'jackpots' });
    seen.add(contribution.pool);
    total += contribution.amount;
  }
  if (total > stake)
    throw new CodedError('INVALID_AMOUNT', 'The jackpot contributions together cannot exceed the stake.', {
      field: 'jackpots',
    });
  return contributions
    .filter((contribution) => contribution.amount > 0n)
    .map((contribution) => ({ pool: contribution.pool, amount: contribution.amount }))
    .sort((a, b) => (a.pool < b.pool ? -1 : a.pool > b.pool ? 1 : 0));
}

/** House money to a player: a welcome credit, a tournament prize, an operator grant. */
export function planGrant(input: {
  playerId: string;
  asset: string;
  amount: bigint;
  key: string;
  wallet: 'CASH' | 'BONUS';
  reason: string | null;
}): TransferPlan {
  const to: Omit<Leg, 'amount'> = {
    asset: input.asset,
    type: input.wallet === 'BONUS' ? 'PLAYER_BONUS' : 'PLAYER_CASH',
    holder: input.playerId,
  };
  return {
    kind: 'GRANT',
    key: `grant:${input.key}`,
    playerId: input.playerId,
    reference: input.key,
    legs: [
      { ...HOUSE(input.asset), amount: -input.amount },
      { ...to, amount: input.amount },
    ],
    metadata: input.reason ? { reason: input.reason } : {},
  };
}

/**
 * The stake leaves the player's cash: each pool takes its contribution, the house the rest
 * (stake − Σ contributions; no house leg when the pools take it all).
 */
function stakeLegs(asset: string, playerId: string, stake: bigint, jackpots: readonly JackpotContribution[]): Leg[] {
  const contributions = normaliseContributions(stake, jackpots);
  const pooled = contributions.reduce((total, contribution) => total + contribution.amount, 0n);
  const legs: Leg[] = [{ ...CASH(asset, playerId), amount: -stake }];
  if (stake - pooled > 0n) legs.push({ ...HOUSE(asset), amount: stake - pooled });
  for (const contribution of contributions)
    legs.push({ ...POOL(asset, contribution.pool), amount: contribution.amount });
  return legs;
}

/** The idempotency key of bet `betId` (a rollback that arrives first tombstones it). */
export const betKey = (betId: string) => `bet:${betId}`;

/** Bets and bet+wins share the key `bet:<betId>`: one bet id moves the stake once, whichever call. */
export function planBet(input: {
  playerId: string;
  asset: string;
  betId: string;
  stake: bigint;
  jackpots: readonly JackpotContribution[];
}): TransferPlan {
  return {
    kind: 'BET',
    key: betKey(input.betId),
    playerId: input.playerId,
    reference: input.betId,
    legs: stakeLegs(input.asset, input.playerId, input.stake, input.jackpots),
    metadata: {},
  };
}

/**
 * A multi-step round's win. `split` says where it goes (splitWin, in proportion to how the bet's
 * stake was paid); without one it is all cash.
 */
export function planWin(input: {
  playerId: string;
  asset: string;
  betId: string;
  winId: string;
  amount: bigint;
  split?: WinSplit;
}): TransferPlan {
  const split = input.split ?? { toCash: input.amount, toBonus: 0n };
  if (split.toCash + split.toBonus !== input.amount || split.toCash < 0n || split.toBonus < 0n) {
    throw new CodedError('UNBALANCED', `A win of ${input.amount} cannot be split ${split.toCash} + ${split.toBonus}.`);
  }
  const legs: Leg[] = [{ ...HOUSE(input.asset), amount: -input.amount }];
  if (split.toCash > 0n) legs.push({ ...CASH(input.asset, input.playerId), amount: split.toCash });
  if (split.toBonus > 0n) legs.push({ ...BONUS(input.asset, input.playerId), amount: split.toBonus });
  return {
    kind: 'WIN',
    key: `win:${input.betId}:${input.winId}`,
    playerId: input.playerId,
    reference: input.betId,
    legs,
    metadata: { winId: input.winId },
  };
}

/**
 * An instant game in one transfer: the stake is debited first (the player must afford it
 * without counting the win), then the win is credited. A win of 0 adds no legs.
 */
export function planBetWin(input: {
  playerId: string;
  asset: string;
  betId: string;
  stake: bigint;
  win: bigint;
  jackpots: readonly JackpotContribution[];
}): TransferPlan {
  const legs = stakeLegs(input.asset, input.playerId, input.stake, input.jackpots);
  if (input.win > 0n)
    legs.push(
      { ...HOUSE(input.asset), amount: -input.win },
      { ...CASH(input.asset, input.playerId), amount: input.win },
    );
  return {
    kind: 'BET_WIN',
    key: betKey(input.betId),
    playerId: input.playerId,
    reference: input.betId,
    legs,
    metadata: {},
  };
}

/** A completed bonus: (part of) the player's bonus money becomes cash (the bonus engine caps it at max cash-out). */
export function planBonusConversion(input: {
  playerId: string;
  asset: string;
  amount: bigint;
  key: string;
  grantId: string;
}): TransferPlan {
  return {
    kind: 'BONUS_CONVERSION',
    key: `bonus-convert:${input.key}`,
    playerId: input.playerId,
    reference: input.grantId,
    legs: [
      { ...BONUS(input.asset, input.playerId), amount: -input.amount },
      { ...CASH(input.asset, input.playerId), amount: input.amount },
    ],
    metadata: { grantId: input.grantId },
  };
}

/** An expired, cancelled or over-the-cap bonus: the bonus money goes back to the house. */
export function planBonusForfeit(input: {
  playerId: string;
  asset: string;
  amount: bigint;
  key: string;
  grantId: string;
  reason: string | null;
}): TransferPlan {
  return {
    kind: 'BONUS_FORFEIT',
    key: `bonus-forfeit:${input.key}`,
    playerId: input.playerId,
    reference: input.grantId,
    legs: [
      { ...BONUS(input.asset, input.playerId), amount: -input.amount },
      { ...HOUSE(input.asset), amount: input.amount },
    ],
    metadata: { grantId: input.grantId, ...(input.reason ? { reason: input.reason } : {}) },
  };
}

/**
 * A withdrawal the player confirmed despite bonus money: the whole bonus balance goes back to the
 * house, once per withdrawal, in the withdrawal's own transaction.
 */
export function planWithdrawalForfeit(input: {
  playerId: string;
  asset: string;
  amount: bigint;
  withdrawalId: string;
}): TransferPlan {
  return {
    kind: 'BONUS_FORFEIT',
    key: `withdrawal-forfeit:${input.withdrawalId}`,
    playerId: input.playerId,
    reference: input.withdrawalId,
    legs: [
      { ...BONUS(input.asset, input.playerId), amount: -input.amount },
      { ...HOUSE(input.asset), amount: input.amount },
    ],
    metadata: { withdrawalId: input.withdrawalId, reason: 'withdrawal' },
  };
}

/** A jackpot win: the pool pays the player (the win id makes a replayed drop pay once). */
export function planJackpotWin(input: {
  playerId: string;
  asset: string;
  pool: string;
  amount: bigint;
  winId: string;
}): TransferPlan {
  return {
    kind: 'JACKPOT_WIN',
    key: `jackpot-win:${input.winId}`,
    playerId: input.playerId,
    reference: input.winId,
    legs: [
      { ...POOL(input.asset, input.pool), amount: -input.amount },
      { ...CASH(input.asset, input.playerId), amount: input.amount },
    ],
    metadata: { pool: input.pool },
  };
}

/** House money into a pool: a seed, a reseed after a win, a sponsor's funding. */
export function planJackpotFunding(input: {
  asset: string;
  pool: string;
  amount: bigint;
  key: string;
  reason: string | null;
}): TransferPlan {
  return {
    kind: 'JACKPOT_FUNDING',
    key: `jackpot-fund:${input.key}`,
    playerId: null,
    reference: input.pool,
    legs: [
      { ...HOUSE(input.asset), amount: -input.amount },
      { ...POOL(input.asset, input.pool), amount: input.amount },
    ],
    metadata: input.reason ? { reason: input.reason } : {},
  };
}

/** How a bet's stake and win were split between the player's cash and bonus accounts (minor units, decimal strings). */
export interface BetSplit {
  stakeFromCash: string;
  stakeFromBonus: string;
  winToCash: string;
  winToBonus: string;
}

/**
 * The split of a cash-only bet (no spendOrder): a pure function of the request the bet's key is
 * bound to, so the hot path stores nothing for it and a replay derives the same answer.
 */
export const cashOnlySplit = (stake: bigint, win: bigint): BetSplit => ({
  stakeFromCash: stake.toString(),
  stakeFromBonus: '0',
  winToCash: win.toString(),
  winToBonus: '0',
});
