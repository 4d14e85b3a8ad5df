import type { AccountType, TransferKind } from './account-types.js';
import { LedgerError } from './ledger.errors.js';

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
  if (legs.length < 2) throw new LedgerError('UNBALANCED', 'A transfer needs at least two entries.');
  const totals = new Map<string, bigint>();
  for (const leg of legs) {
    if (leg.amount === 0n) throw new LedgerError('UNBALANCED', 'A transfer entry cannot be zero.');
    totals.set(leg.asset, (totals.get(leg.asset) ?? 0n) + leg.amount);
  }
  for (const [asset, total] of totals) {
    if (total !== 0n) throw new LedgerError('UNBALANCED', `The ${asset} entries sum to ${total}, not zero.`);
  }
}

const HOUSE = (asset: string): Omit<Leg, 'amount'> => ({ asset, type: 'HOUSE', holder: '' });
const CASH = (asset: string, playerId: string): Omit<Leg, 'amount'> => ({ asset, type: 'PLAYER_CASH', holder: playerId });

export interface JackpotContribution {
  /** Which pool (the jackpot's id in the jackpot subgraph). */
  pool: string;
  amount: bigint;
}

/** House money to a player: a welcome credit, a tournament prize, an operator grant. */
export function planGrant(input: { playerId: string; asset: string; amount: bigint; key: string; wallet: 'CASH' | 'BONUS'; reason: string | null }): TransferPlan {
  const to: Omit<Leg, 'amount'> = { asset: input.asset, type: input.wallet === 'BONUS' ? 'PLAYER_BONUS' : 'PLAYER_CASH', holder: input.playerId };
  return {
    kind: 'GRANT',
    key: `grant:${input.key}`,
    playerId: input.playerId,
    reference: input.key,
    legs: [{ ...HOUSE(input.asset), amount: -input.amount }, { ...to, amount: input.amount }],
    metadata: input.reason ? { reason: input.reason } : {},
  };
}

/**
 * The stake leaves the player: the house takes it, less the jackpot contribution that goes to
 * the pool. A contribution larger than the stake is refused (it would be house money in disguise).
 */
function stakeLegs(asset: string, playerId: string, stake: bigint, jackpot: JackpotContribution | null): Leg[] {
  const contribution = jackpot?.amount ?? 0n;
  if (contribution > stake) throw new LedgerError('INVALID_AMOUNT', 'The jackpot contribution cannot exceed the stake.', { field: 'jackpot.amount' });
  const legs: Leg[] = [{ ...CASH(asset, playerId), amount: -stake }];
  if (stake - contribution > 0n) legs.push({ ...HOUSE(asset), amount: stake - contribution });
  if (jackpot && contribution > 0n) legs.push({ asset, type: 'JACKPOT_POOL', holder: jackpot.pool, amount: contribution });
  return legs;
}

/** The idempotency key of bet `betId` (a rollback that arrives first tombstones it). */
export const betKey = (betId: string) => `bet:${betId}`;

/** Bets and bet+wins share the key `bet:<betId>`: one bet id moves the stake once, whichever call. */
export function planBet(input: { playerId: string; asset: string; betId: string; stake: bigint; jackpot: JackpotContribution | null }): TransferPlan {
  return {
    kind: 'BET',
    key: betKey(input.betId),
    playerId: input.playerId,
    reference: input.betId,
    legs: stakeLegs(input.asset, input.playerId, input.stake, input.jackpot),
    metadata: {},
  };
}

export function planWin(input: { playerId: string; asset: string; betId: string; winId: string; amount: bigint }): TransferPlan {
  return {
    kind: 'WIN',
    key: `win:${input.betId}:${input.winId}`,
    playerId: input.playerId,
    reference: input.betId,
    legs: [{ ...HOUSE(input.asset), amount: -input.amount }, { ...CASH(input.asset, input.playerId), amount: input.amount }],
    metadata: { winId: input.winId },
  };
}

/**
 * An instant game in one transfer: the stake is debited first (the player must afford it
 * without counting the win), then the win is credited. A win of 0 adds no legs.
 */
export function planBetWin(input: { playerId: string; asset: string; betId: string; stake: bigint; win: bigint; jackpot: JackpotContribution | null }): TransferPlan {
  const legs = stakeLegs(input.asset, input.playerId, input.stake, input.jackpot);
  if (input.win > 0n) legs.push({ ...HOUSE(input.asset), amount: -input.win }, { ...CASH(input.asset, input.playerId), amount: input.win });
  return { kind: 'BET_WIN', key: betKey(input.betId), playerId: input.playerId, reference: input.betId, legs, metadata: {} };
}

const BONUS = (asset: string, playerId: string): Omit<Leg, 'amount'> => ({ asset, type: 'PLAYER_BONUS', holder: playerId });
const POOL = (asset: string, pool: string): Omit<Leg, 'amount'> => ({ asset, type: 'JACKPOT_POOL', holder: pool });

/** A completed bonus: (part of) the player's bonus money becomes cash (the bonus engine caps it at max cash-out). */
export function planBonusConversion(input: { playerId: string; asset: string; amount: bigint; key: string; grantId: string }): TransferPlan {
  return {
    kind: 'BONUS_CONVERSION',
    key: `bonus-convert:${input.key}`,
    playerId: input.playerId,
    reference: input.grantId,
    legs: [{ ...BONUS(input.asset, input.playerId), amount: -input.amount }, { ...CASH(input.asset, input.playerId), amount: input.amount }],
    metadata: { grantId: input.grantId },
  };
}

/** An expired, cancelled or over-the-cap bonus: the bonus money goes back to the house. */
export function planBonusForfeit(input: { playerId: string; asset: string; amount: bigint; key: string; grantId: string; reason: string | null }): TransferPlan {
  return {
    kind: 'BONUS_FORFEIT',
    key: `bonus-forfeit:${input.key}`,
    playerId: input.playerId,
    reference: input.grantId,
    legs: [{ ...BONUS(input.asset, input.playerId), amount: -input.amount }, { ...HOUSE(input.asset), amount: input.amount }],
    metadata: { grantId: input.grantId, ...(input.reason ? { reason: input.reason } : {}) },
  };
}

/** A jackpot win: the pool pays the player (the win id makes a replayed drop pay once). */
export function planJackpotWin(input: { playerId: string; asset: string; pool: string; amount: bigint; winId: string }): TransferPlan {
  return {
    kind: 'JACKPOT_WIN',
    key: `jackpot-win:${input.winId}`,
    playerId: input.playerId,
    reference: input.winId,
    legs: [{ ...POOL(input.asset, input.pool), amount: -input.amount }, { ...CASH(input.asset, input.playerId), amount: input.amount }],
    metadata: { pool: input.pool },
  };
}

/** House money into a pool: a seed, a reseed after a win, a sponsor's funding. */
export function planJackpotFunding(input: { asset: string; pool: string; amount: bigint; key: string; reason: string | null }): TransferPlan {
  return {
    kind: 'JACKPOT_FUNDING',
    key: `jackpot-fund:${input.key}`,
    playerId: null,
    reference: input.pool,
    legs: [{ ...HOUSE(input.asset), amount: -input.amount }, { ...POOL(input.asset, input.pool), amount: input.amount }],
    metadata: input.reason ? { reason: input.reason } : {},
  };
}
