import { type BatchAnswer, statement } from '@casinox/db';
import type pg from 'pg';
import type { GameCode } from '../math/game-model.js';
import type { BetView } from './bet-row.js';
import type { BetLedger } from './plan-bet-ledger.js';

export interface BetRequest {
  tenantId: string;
  playerId: string;
  game: GameCode;
  asset: string;
  stake: bigint;
  params: unknown;
  idempotencyKey: string;
}

/** A bet as it stands after the call, with the player's balance in its asset when the wallet just reported it. */
export interface BetOutcome {
  bet: BetView;
  balanceAfter: bigint | null;
  /** True when the key had been used before: this is the first call's bet. */
  replayed: boolean;
}

/** The money movement of a bet as the wallet calls need it. */
export interface BetMoney {
  id: string;
  tenantId: string;
  playerId: string;
  asset: string;
  stake: bigint;
  ledger: BetLedger | null;
}

/** JSON for jsonb columns and hashes: bigints (roulette amounts) as decimal strings. */
export const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

export const BET_COLUMNS = 'b.*';

/** Group commit: up to 4 groups of up to 8 bets in flight per step (bench:bets: more, smaller groups beat fewer, bigger ones). */
export const GROUPS = { maxBatch: 8, concurrency: 4 };

/** One group function call: the items, and whether the group may go at once (one statement per tenant). */
export async function callGroup<T>(
  pool: pg.Pool,
  sql: string,
  items: Record<string, unknown>[],
  atOnce: boolean,
): Promise<BatchAnswer<T>[]> {
  const { rows } = await pool.query<{ answers: BatchAnswer<T>[] }>({
    ...statement(sql),
    values: [JSON.stringify(items), atOnce],
  });
  return rows[0]!.answers;
}
