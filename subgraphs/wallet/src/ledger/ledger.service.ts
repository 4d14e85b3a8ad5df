import { randomUUID } from 'node:crypto';
import { AfterCommitNotifier, type BatchAnswer, Batcher, batchItemError, inKeyOrder, statement } from '@casinox/db';
import type pg from 'pg';
import { AccountDirectory, knownPosting } from './account-directory.js';
import { type GroupItem, knownGroups } from './known-group.js';
import type { AccountType, TransferKind } from './account-types.js';
import { ledgerErrorFromDatabase } from './ledger.errors.js';
import { assertBalanced, type BetSplit, betKey, type JackpotContribution, type TransferPlan } from './plan-transfer.js';
import type { SpendOrder } from './split-stake.js';
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
  /** bet, bet-win and win: how the stake and the win were split between cash and bonus money. */
  split?: BetSplit;
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
 * The posting path: each method is ONE SQL statement (a PL/pgSQL function in sql/) on a plain pg pool, so the idempotency key, the entries and the balance change
 * commit together in one round trip, without the ORM's unit of work on the hot path.
 * Each function sets the RLS tenant for its own transaction (set_config … is_local).
 */
export class LedgerService {
  private readonly notifier: AfterCommitNotifier;
  /** The ids of the accounts postings go to (see sql/account_directory.sql, sql/post_known_transfer.sql). */
  private readonly accounts: AccountDirectory;
  /** Group commit of the internal API's postings (see sql/post_transfers_notify_after_commit.sql). */
  private readonly posting: Batcher<GroupItem, { answer: BatchAnswer<RawResult>; xact: number }>;

  constructor(private readonly pool: pg.Pool) {
    this.notifier = new AfterCommitNotifier(pool, (error) =>
      console.error('[wallet] live balance notification lost', error),
    );
    this.accounts = new AccountDirectory(pool);
    // Up to 4 groups of up to 8 postings in flight (as games' bet steps), each in player order:
    // groups in flight lock player accounts in the same order.
    const byPlayer = (item: GroupItem) => `${item.tenantId}|${item.playerId ?? ''}`;
    this.posting = new Batcher((items) => inKeyOrder(items, byPlayer, (ordered) => this.postGroup(ordered)), {
      maxBatch: 8,
      concurrency: 4,
    });
  }

  /** Sends the live notifications still queued (before the pool closes). */
  drainNotifications(): Promise<void> {
    return this.notifier.drain();
  }

  /**
   * Posts a planned transfer, idempotently: `request` is what the key is bound to. The players'
   * live balance notifications follow the commit (sql/post_transfers_notify_after_commit.sql), with the
   * payload the balance trigger would have sent.
   */
  async post(tenantId: string, operation: string, request: unknown, plan: TransferPlan): Promise<LedgerResult> {
    assertBalanced(plan.legs);
    // Known accounts post by id; a posting that opens an account goes by name (post_transfer opens it).
    const accounts = await this.accounts.resolve(tenantId, plan.legs);
    const item: GroupItem = {
      tenantId,
      key: plan.key,
      hash: requestHash(operation, request),
      operation,
      kind: plan.kind,
      playerId: plan.playerId ?? undefined,
      reference: plan.reference ?? undefined,
      metadata: plan.metadata,
      ...(accounts
        ? knownPosting(plan.legs, accounts)
        : {
            assets: plan.legs.map((leg) => leg.asset),
            types: plan.legs.map((leg) => leg.type),
            holders: plan.legs.map((leg) => leg.holder),
            amounts: plan.legs.map((leg) => leg.amount.toString()),
          }),
    };
    let answer: BatchAnswer<RawResult>;
    let xact: number;
    for (let attempt = 1; ; attempt += 1) {
      try {
        ({ answer, xact } = await this.posting.submit(item));
      } catch (error) {
        throw ledgerErrorFromDatabase(error) ?? error;
      }
      if (!('error' in answer)) break;
      // A deadlock inside the group undid this posting only: it goes again, like a lone call would.
      if ((answer.error === '40P01' || answer.error === '40001') && attempt < MAX_ATTEMPTS) continue;
      const error = batchItemError(answer);
      throw ledgerErrorFromDatabase(error) ?? error;
    }
    const raw = answer.ok;
    if (raw.replayed !== true) {
      const players = new Set(
        plan.legs.filter((leg) => leg.type === 'PLAYER_CASH' || leg.type === 'PLAYER_BONUS').map((leg) => leg.holder),
      );
      for (const playerId of players) this.notifier.notify('cx_balance_changed', { tenantId, playerId, seq: xact });
    }
    return { ...raw, balances: Object.values(raw.balances ?? {}), replayed: raw.replayed === true };
  }

  /**
   * One group of postings in one transaction: as ONE statement per tenant when every account is known
   * (sql/post_group.sql, sql/post_known_group.sql), else — or when that does not go through whole — posting by posting.
   * A deadlock with another writer retries the group.
   */
  private async postGroup(items: GroupItem[]): Promise<{ answer: BatchAnswer<RawResult>; xact: number }[]> {
    const groups = knownGroups(items, randomUUID);
    const { answers, xact } = await this.queryRetryingDeadlocks<{ answers: BatchAnswer<RawResult>[]; xact: number }>(
      'select wallet.post_group($1::jsonb, $2::jsonb) as result',
      [JSON.stringify(items), groups && JSON.stringify(groups)],
    );
    return answers.map((answer) => ({ answer, xact }));
  }

  /**
   * Posts a planned transfer like `post`, with `note` kept in the stored result: a replay answers
   * it too (the win's split, which depends on the bet's transfer rather than on the request).
   */
  async postNoting(
    tenantId: string,
    operation: string,
    request: unknown,
    plan: TransferPlan,
    note: Record<string, unknown>,
  ): Promise<LedgerResult> {
    assertBalanced(plan.legs);
    return this.call(
      `select wallet.post_transfer_noting($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::bigint[], $13) as result`,
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
        note,
      ],
    );
  }

  /**
   * A bet (win null) or bet+win whose stake draws on bonus money: ONE statement claims the key,
   * locks the player's cash and bonus rows, splits the stake in `order` against those balances and
   * the win in proportion, and writes the transfer (sql/post_split_bet.sql). `jackpots` are
   * already normalised (checked, zeros dropped).
   */
  async postSplitBet(
    tenantId: string,
    operation: string,
    request: unknown,
    input: {
      kind: 'BET' | 'BET_WIN';
      playerId: string;
      asset: string;
      betId: string;
      order: SpendOrder;
      stake: bigint;
      win: bigint | null;
      jackpots: readonly JackpotContribution[];
    },
  ): Promise<LedgerResult> {
    const result = await this.call(
      `select wallet.post_split_bet($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::bigint[]) as result`,
      [
        tenantId,
        betKey(input.betId),
        requestHash(operation, request),
        operation,
        input.kind,
        input.playerId,
        input.betId,
        {},
        input.asset,
        input.order,
        input.stake.toString(),
        input.win === null ? null : input.win.toString(),
        input.jackpots.map((jackpot) => jackpot.pool),
        input.jackpots.map((jackpot) => jackpot.amount.toString()),
      ],
    );
    // A bet paid and won in bonus money alone leaves the cash account untouched, so the posting
    // reports no cash balance; the caller (the bet's answer to the player) still needs both.
    if (result.balances.some((balance) => balance.accountType === 'PLAYER_CASH' && balance.asset === input.asset))
      return result;
    return { ...result, balances: await this.balances(tenantId, input.playerId, input.asset) };
  }

  /** How the stake of bet `betId` was paid by the player (0 and 0 when no such bet was posted). */
  async betStakeSplit(
    tenantId: string,
    betId: string,
    playerId: string,
  ): Promise<{ fromCash: bigint; fromBonus: bigint }> {
    const result = await this.pool.query<{ from_cash: string; from_bonus: string }>({
      ...statement(`select from_cash::text, from_bonus::text from wallet.bet_stake_split($1, $2, $3)`),
      values: [tenantId, betKey(betId), playerId],
    });
    const row = result.rows[0];
    return { fromCash: BigInt(row?.from_cash ?? '0'), fromBonus: BigInt(row?.from_bonus ?? '0') };
  }

  /** The player's cash and bonus accounts: every asset's, or one asset's. */
  async balances(tenantId: string, playerId: string, asset: string | null): Promise<BalanceAfter[]> {
    const result = await this.pool.query<{ balances: BalanceAfter[] }>({
      ...statement(`select wallet.player_balances($1, $2, $3) as balances`),
      values: [tenantId, playerId, asset],
    });
    return result.rows[0]?.balances ?? [];
  }

  /** The derived balance of each jackpot pool (by holder) in `asset`, in the order asked. */
  async poolBalances(
    tenantId: string,
    asset: string,
    pools: readonly string[],
  ): Promise<{ pool: string; balance: string }[]> {
    const result = await this.pool.query<{ pools: { pool: string; balance: string }[] }>({
      ...statement(`select wallet.pool_balances($1, $2, $3) as pools`),
      values: [tenantId, asset, pools],
    });
    return result.rows[0]?.pools ?? [];
  }

  /** Reverses a transfer (by id, or by the idempotency key it was posted with) at most once. */
  async reverse(
    tenantId: string,
    operation: string,
    request: unknown,
    input: {
      key: string;
      kind: 'ROLLBACK' | 'REVERSAL';
      originalId?: string;
      originalKey?: string;
      metadata?: Record<string, unknown>;
    },
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
    return this.call(`select wallet.rollback_bet($1, $2, $3, $4) as result`, [
      tenantId,
      `rollback:${betId}`,
      requestHash('rollback', request),
      betKey(betId),
    ]);
  }

  async placeHold(
    tenantId: string,
    request: unknown,
    input: {
      key: string;
      playerId: string;
      asset: string;
      accountType: AccountType;
      amount: bigint;
      destinationType: AccountType;
      destinationHolder: string;
    },
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

  async resolveHold(
    tenantId: string,
    request: unknown,
    input: { key: string; holdId: string; post: boolean },
  ): Promise<LedgerResult> {
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
    if (!raw) throw new Error('The ledger returned no result.');
    return { ...raw, balances: Object.values(raw.balances ?? {}), replayed: raw.replayed === true };
  }

  /**
   * Opening accounts on first use inserts directory and account rows in the order of the legs, so
   * two first-time transfers of one tenant can deadlock (40P01) on each other's uncommitted keys.
   * Postgres rolls the victim back whole (key, entries and balance together), so running the
   * same statement again is safe: it either posts or replays the winner's result.
   */
  private async queryRetryingDeadlocks<T = RawResult>(sql: string, params: unknown[]): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.pool.query<{ result: T }>({ ...statement(sql), values: params });
        return result.rows[0]!.result;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= MAX_ATTEMPTS || (code !== '40P01' && code !== '40001')) throw error;
        await new Promise((resolve) => setTimeout(resolve, attempt * 5));
      }
    }
  }
}
