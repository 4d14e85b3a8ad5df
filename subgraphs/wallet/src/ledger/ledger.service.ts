import { statement } from '@casinox/db';
import type pg from 'pg';
import type { AccountType, TransferKind } from './account-types.js';
import { LedgerError, ledgerErrorFromDatabase } from './ledger.errors.js';
import { assertBalanced, betKey, type TransferPlan } from './plan-transfer.js';
import { requestHash } from './request-hash.js';

export interface BalanceAfter {
  accountType: AccountType;
  asset: string;
  /** Minor units, as decimal strings (JSON has no bigint). */
  balance: string;
  available: string;
}

/** What a money-moving call returns, the first time and on every replay. */
export interface LedgerResult {
  transferId?: string;
  holdId?: string;
  status?: string;
  kind?: TransferKind;
  reversesId?: string;
  createdAt?: string;
  /** The player's balances the call touched, right after it. */
  balances: BalanceAfter[];
  /** True when an earlier call with the same key produced this result. */
  replayed: boolean;
}

const MAX_ATTEMPTS = 4;

interface RawResult extends Omit<LedgerResult, 'balances'> {
  balances?: Record<string, BalanceAfter>;
}

/**
 * The posting path: each method is ONE SQL statement (a PL/pgSQL function from the ledger
 * migration) on a plain pg pool, so the idempotency key, the entries and the balance change
 * commit together in one round trip, without the ORM's unit of work on the hot path.
 * Each function sets the RLS tenant for its own transaction (set_config … is_local).
 */
export class LedgerService {
  constructor(private readonly pool: pg.Pool) {}

  /** Posts a planned transfer, idempotently: `request` is what the key is bound to. */
  async post(tenantId: string, operation: string, request: unknown, plan: TransferPlan): Promise<LedgerResult> {
    assertBalanced(plan.legs);
    return this.call(
      `select wallet.post_transfer($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::bigint[]) as result`,
      [
        tenantId,
        plan.key,
        requestHash(operation, request),
        operation,
        plan.kind,
        plan.playerId,
        plan.reference,
        plan.metadata,
        plan.legs.map((leg) => leg.asset),
        plan.legs.map((leg) => leg.type),
        plan.legs.map((leg) => leg.holder),
        plan.legs.map((leg) => leg.amount.toString()),
      ],
    );
  }

  /** Reverses a transfer (by id, or by the idempotency key it was posted with) at most once. */
  async reverse(
    tenantId: string,
    operation: string,
    request: unknown,
    input: { key: string; kind: 'ROLLBACK' | 'REVERSAL'; originalId?: string; originalKey?: string; metadata?: Record<string, unknown> },
  ): Promise<LedgerResult> {
    return this.call(`select wallet.reverse_transfer($1, $2, $3, $4, $5, $6, $7, $8) as result`, [
      tenantId,
      input.key,
      requestHash(operation, request),
      operation,
      input.kind,
      input.originalId ?? null,
      input.originalKey ?? null,
      input.metadata ?? {},
    ]);
  }

  /**
   * A game's rollback of bet `betId`: reverses the bet when it was posted; when it was not (yet),
   * tombstones the bet's key so the bet, arriving late, is refused with BET_ROLLED_BACK.
   */
  async rollbackBet(tenantId: string, request: unknown, betId: string): Promise<LedgerResult> {
    return this.call(`select wallet.rollback_bet($1, $2, $3, $4) as result`, [tenantId, `rollback:${betId}`, requestHash('rollback', request), betKey(betId)]);
  }

  async placeHold(
    tenantId: string,
    request: unknown,
    input: { key: string; playerId: string; asset: string; accountType: AccountType; amount: bigint; destinationType: AccountType; destinationHolder: string },
  ): Promise<LedgerResult> {
    return this.call(`select wallet.place_hold($1, $2, $3, $4, $5, $6, $7, $8, $9) as result`, [
      tenantId,
      input.key,
      requestHash('hold.place', request),
      input.playerId,
      input.asset,
      input.accountType,
      input.amount.toString(),
      input.destinationType,
      input.destinationHolder,
    ]);
  }

  async resolveHold(tenantId: string, request: unknown, input: { key: string; holdId: string; post: boolean }): Promise<LedgerResult> {
    return this.call(`select wallet.resolve_hold($1, $2, $3, $4, $5) as result`, [
      tenantId,
      input.key,
      requestHash(input.post ? 'hold.post' : 'hold.void', request),
      input.holdId,
      input.post,
    ]);
  }

  private async call(sql: string, params: unknown[]): Promise<LedgerResult> {
    let raw: RawResult;
    try {
      raw = await this.queryRetryingDeadlocks(sql, params);
    } catch (error) {
      const mapped = ledgerErrorFromDatabase(error);
      if (mapped) throw mapped;
      throw error;
    }
    if (!raw) throw new LedgerError('INTERNAL_SERVER_ERROR', 'The ledger returned no result.');
    return { ...raw, balances: Object.values(raw.balances ?? {}), replayed: raw.replayed === true };
  }

  /**
   * Opening accounts on first use inserts directory and account rows in the order of the legs, so
   * two first-time transfers of one tenant can deadlock (40P01) on each other's uncommitted keys.
   * Postgres rolls the victim back whole (key, entries and balance together), so running the
   * same statement again is safe: it either posts or replays the winner's result.
   */
  private async queryRetryingDeadlocks(sql: string, params: unknown[]): Promise<RawResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.pool.query<{ result: RawResult }>({ ...statement(sql), values: params });
        return result.rows[0]!.result;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= MAX_ATTEMPTS || (code !== '40P01' && code !== '40001')) throw error;
        await new Promise((resolve) => setTimeout(resolve, attempt * 5));
      }
    }
  }
}
