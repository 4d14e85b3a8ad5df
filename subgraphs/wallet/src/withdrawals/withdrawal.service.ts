import { withTenant, withTenantTransaction } from '@casinox/db';
import { cursorTime, decodeCursor, type Page, toPage, CodedError } from '@casinox/graphql';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { AssetSpec } from '../assets/asset-catalogue.js';
import { ledgerErrorFromDatabase } from '../ledger/ledger.errors.js';
import { recordWithdrawalRequested } from '../events/record-wallet-event.js';
import { assertBalanced, planWithdrawalForfeit } from '../ledger/plan-transfer.js';
import { requestHash } from '../ledger/request-hash.js';
import type { PaymentEvent } from '../payments/payment-event.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { withdrawalSettleKey } from '../payments/settlement-keys.js';
import { readWalletSettings } from '../settings/wallet-settings.js';
import { onceByKey } from '../shared/once-by-key.js';
import { readIdempotencyKey } from '../shared/read-idempotency-key.js';
import { assertOffered } from '../shared/assert-offered.js';
import { readMoneyInput } from '../shared/read-money-input.js';
import type { TenantCurrencies } from '@casinox/events';
import { decideWithdrawalApproval } from './decide-withdrawal-approval.js';
import { decideWithdrawalRequest } from './decide-withdrawal-request.js';
import {
  ok,
  refused,
  toWithdrawalView,
  WITHDRAWAL_OUTCOME,
  type WithdrawalOutcome,
  type WithdrawalRow,
  type WithdrawalView,
} from './withdrawal-view.js';

export type { WithdrawalOutcome, WithdrawalProblem, WithdrawalView } from './withdrawal-view.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new CodedError('WITHDRAWAL_NOT_FOUND', 'No such withdrawal.');

type PageArgs = { first: number; after?: string | null };

/**
 * Withdrawals: the money is held at once (available falls), checked against the tenant's daily
 * limit, approved by two different FINANCE operators above the threshold, then paid out through
 * the provider — the hold is posted when the provider's signed webhook says paid, voided when it
 * fails, is rejected or is cancelled. Per player, requests serialise on an advisory lock, so the
 * limit and the balance are checked against everything before them.
 *
 * Every action is idempotent by the caller's key (scoped to the caller): the first answer — a
 * success or a typed refusal — is stored with the change in one transaction and replayed as is.
 */
export class WithdrawalService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly provider: PaymentProvider,
    private readonly currencies: TenantCurrencies,
  ) {}

  /**
   * `forfeitBonus`: the player confirmed losing their bonus money in the asset. Without it, a player
   * holding bonus money is refused with BONUS_FORFEIT_CONFIRMATION_REQUIRED (nothing written, the
   * key stays free); with it, the bonus balance goes to the house in the request's transaction.
   */
  async request(
    tenantId: string,
    playerId: string,
    input: { asset: string; amount: bigint; idempotencyKey: string; forfeitBonus?: boolean | null },
  ): Promise<WithdrawalOutcome> {
    const { asset, amount, key: clientKey } = readMoneyInput(input);
    await assertOffered(this.currencies, tenantId, asset);
    const key = `withdrawal:${playerId}:${clientKey}`;
    const forfeitBonus = input.forfeitBonus === true;
    // Absent when false: keys claimed before the flag existed keep their hash.
    const request = { playerId, asset: asset.code, amount, forfeitBonus: forfeitBonus || undefined };
    const { outcome, replayed } = await this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, (client) =>
        onceByKey(client, { tenantId, key, operation: 'withdrawal.request', request }, WITHDRAWAL_OUTCOME, () =>
          this.place(client, tenantId, playerId, key, asset, amount, forfeitBonus),
        ),
      ),
    );
    if (!replayed && outcome.withdrawal?.status === 'PROCESSING') await this.startPayout(tenantId, outcome.withdrawal);
    if (replayed && outcome.problem === null && !outcome.withdrawal) {
      // Recorded before outcomes were kept whole (only the withdrawal's id): answer with the withdrawal as it is.
      const rows = await withTenant(this.pool, tenantId, (client) =>
        client.query<WithdrawalRow>(`select *, amount::text from wallet.withdrawal where idempotency_key = $1`, [key]),
      );
      return ok(toWithdrawalView(rows.rows[0]!));
    }
    return outcome;
  }

  /** A FINANCE operator's approval; the second different operator's releases the payout. */
  async approve(tenantId: string, operatorId: string, id: string, idempotencyKey: string): Promise<WithdrawalOutcome> {
    const key = `withdrawal.approve:${operatorId}:${readIdempotencyKey(idempotencyKey)}`;
    if (!UUID.test(id)) throw notFound();
    const { outcome, replayed } = await this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, (client) =>
        onceByKey(
          client,
          { tenantId, key, operation: 'withdrawal.approve', request: { id: id.toLowerCase() } },
          WITHDRAWAL_OUTCOME,
          async () => {
            const row = await this.lock(client, tenantId, id);
            const decision = decideWithdrawalApproval({
              status: row.status,
              approvedBy: row.approvals.map((a) => a.operatorId),
              required: row.approvals_required,
              operatorId,
            });
            if (decision === 'NOT_PENDING')
              return refused(
                'NOT_PENDING',
                `The withdrawal is ${row.status}, not awaiting approval.`,
                toWithdrawalView(row),
              );
            if (decision === 'ALREADY_APPROVED')
              return refused(
                'ALREADY_APPROVED',
                'You already approved this withdrawal; another FINANCE operator must approve it.',
                toWithdrawalView(row),
              );
            await client.query(
              `update wallet.withdrawal set approvals = approvals || $2::jsonb, status = $3, updated_at = now() where id = $1`,
              [
                row.id,
                JSON.stringify([{ operatorId, at: new Date().toISOString() }]),
                decision === 'FULLY_APPROVED' ? 'PROCESSING' : 'PENDING_APPROVAL',
              ],
            );
            return ok(toWithdrawalView(await this.lock(client, tenantId, id)));
          },
        ),
      ),
    );
    if (!replayed && outcome.problem === null && outcome.withdrawal?.status === 'PROCESSING')
      await this.startPayout(tenantId, outcome.withdrawal);
    return outcome;
  }

  /** A FINANCE operator refuses it: the hold is voided and the money is available again. */
  async reject(
    tenantId: string,
    operatorId: string,
    id: string,
    reason: string,
    idempotencyKey: string,
  ): Promise<WithdrawalOutcome> {
    const text = reason.trim();
    if (!text || text.length > 500)
      throw new CodedError('INVALID_REQUEST', 'reason must be 1–500 characters.', { field: 'reason' });
    const key = `withdrawal.reject:${operatorId}:${readIdempotencyKey(idempotencyKey)}`;
    return this.release(tenantId, id, {
      key,
      operation: 'withdrawal.reject',
      playerId: null,
      status: 'REJECTED',
      reason: text,
      actor: `reject:${operatorId}`,
    });
  }

  /** The player withdraws their request while it awaits approval. */
  async cancel(tenantId: string, playerId: string, id: string, idempotencyKey: string): Promise<WithdrawalOutcome> {
    const key = `withdrawal.cancel:${playerId}:${readIdempotencyKey(idempotencyKey)}`;
    return this.release(tenantId, id, {
      key,
      operation: 'withdrawal.cancel',
      playerId,
      status: 'CANCELLED',
      reason: null,
      actor: 'cancel',
    });
  }

  async find(tenantId: string, playerId: string | null, id: string): Promise<WithdrawalView | null> {
    if (!UUID.test(id)) return null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<WithdrawalRow>(
        `select *, amount::text from wallet.withdrawal where id = $1 and ($2::uuid is null or player_id = $2)`,
        [id, playerId],
      ),
    );
    return rows.rows[0] ? toWithdrawalView(rows.rows[0]) : null;
  }

  /** The player's own withdrawals, newest first. */
  async listMine(tenantId: string, playerId: string, page: PageArgs): Promise<Page<WithdrawalView>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<WithdrawalRow & { at: string }>(
        `select *, amount::text, ${cursorTime('created_at')} as at from wallet.withdrawal
          where tenant_id = $1 and player_id = $2 and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
          order by created_at desc, id desc limit $5`,
        [tenantId, playerId, after?.at ?? null, after?.id ?? null, page.first + 1],
      ),
    );
    return toPage(rows.rows, page.first, toWithdrawalView);
  }

  /** The tenant's withdrawals awaiting approval, oldest first (the work queue). */
  async approvalQueue(tenantId: string, page: PageArgs): Promise<Page<WithdrawalView>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<WithdrawalRow & { at: string }>(
        `select *, amount::text, ${cursorTime('created_at')} as at from wallet.withdrawal
          where tenant_id = $1 and status = 'PENDING_APPROVAL' and ($2::timestamptz is null or (created_at, id) > ($2::timestamptz, $3::uuid))
          order by created_at, id limit $4`,
        [tenantId, after?.at ?? null, after?.id ?? null, page.first + 1],
      ),
    );
    return toPage(rows.rows, page.first, toWithdrawalView);
  }

  /** The provider's verdict on a payout: post the hold when paid, void it when not. Idempotent. */
  async applyPayoutEvent(event: PaymentEvent): Promise<string> {
    const tenantId = event.data.metadata.tenantId!;
    return this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        const rows = await client.query<WithdrawalRow>(
          `select *, amount::text from wallet.withdrawal where tenant_id = $1 and id = $2 for update`,
          [tenantId, event.data.merchantReference],
        );
        const row = rows.rows[0];
        if (!row) return 'UNKNOWN_PAYMENT';
        if (row.asset !== event.data.asset || BigInt(row.amount) !== event.data.amount)
          throw new CodedError('PAYMENT_MISMATCH', `Payout ${event.data.id} does not match withdrawal ${row.id}.`);
        if (row.status !== 'PROCESSING' || (event.type !== 'payout.succeeded' && event.type !== 'payout.failed'))
          return 'IGNORED';
        const paid = event.type === 'payout.succeeded';
        await client.query(`select wallet.resolve_hold($1, $2, $3, $4, $5)`, [
          tenantId,
          withdrawalSettleKey(row.id),
          requestHash('withdrawal.settle', { id: row.id, paid }),
          row.hold_id,
          paid,
        ]);
        await client.query(
          `update wallet.withdrawal set status = $2, reason = $3, provider_payout_id = $4, updated_at = now() where id = $1`,
          [
            row.id,
            paid ? 'PAID' : 'FAILED',
            paid ? null : 'The payment provider could not pay this out.',
            event.data.id,
          ],
        );
        return paid ? 'PAID' : 'FAILED';
      }),
    );
  }

  /**
   * Asks the provider for a withdrawal's payout (again). The provider is idempotent by our
   * withdrawal id, so asking twice pays once; a payout it already settled has its verdict sent
   * again. A provider that cannot be reached leaves the withdrawal PROCESSING with its hold: the
   * payout sweep asks again later, so nothing is lost and no error reaches the player.
   */
  async startPayout(
    tenantId: string,
    withdrawal: Pick<WithdrawalView, 'id' | 'playerId' | 'asset' | 'amount'>,
  ): Promise<boolean> {
    try {
      const payout = await this.provider.createPayout({
        reference: withdrawal.id,
        asset: withdrawal.asset.code,
        amount: withdrawal.amount,
        metadata: { tenantId, playerId: withdrawal.playerId },
      });
      await withTenantTransaction(this.pool, tenantId, (client) =>
        client.query(
          `update wallet.withdrawal set provider_payout_id = coalesce(provider_payout_id, $2), payout_requested_at = now(), payout_attempts = payout_attempts + 1 where id = $1`,
          [withdrawal.id, payout.payoutId],
        ),
      );
      return true;
    } catch (error) {
      console.error(`[wallet] payout of withdrawal ${withdrawal.id} not requested; the sweep will retry`, error);
      return false;
    }
  }

  /** Everything the hold can be released for: a rejection (operator) or a cancellation (player). */
  private async release(
    tenantId: string,
    id: string,
    action: {
      key: string;
      operation: string;
      playerId: string | null;
      status: 'REJECTED' | 'CANCELLED';
      reason: string | null;
      actor: string;
    },
  ): Promise<WithdrawalOutcome> {
    if (!UUID.test(id)) throw notFound();
    const request = { id: id.toLowerCase(), reason: action.reason ?? undefined };
    const { outcome } = await this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, (client) =>
        onceByKey(
          client,
          { tenantId, key: action.key, operation: action.operation, request },
          WITHDRAWAL_OUTCOME,
          async () => {
            const row = await this.lock(client, tenantId, id);
            if (action.playerId && row.player_id !== action.playerId) throw notFound();
            if (row.status !== 'PENDING_APPROVAL')
              return refused(
                'NOT_PENDING',
                `The withdrawal is ${row.status}, not awaiting approval.`,
                toWithdrawalView(row),
              );
            await client.query(`select wallet.resolve_hold($1, $2, $3, $4, false)`, [
              tenantId,
              `withdrawal-release:${row.id}`,
              requestHash('withdrawal.release', { id: row.id, actor: action.actor }),
              row.hold_id,
            ]);
            await client.query(
              `update wallet.withdrawal set status = $2, reason = $3, updated_at = now() where id = $1`,
              [row.id, action.status, action.reason],
            );
            return ok(toWithdrawalView(await this.lock(client, tenantId, id)));
          },
        ),
      ),
    );
    return outcome;
  }

  /**
   * A new request, inside its keyed transaction: limit and balance checks, the bonus confirmation,
   * then the hold, the row, the bonus forfeit and the `wallet.withdrawal-requested` event.
   */
  private async place(
    client: pg.PoolClient,
    tenantId: string,
    playerId: string,
    key: string,
    asset: AssetSpec,
    amount: bigint,
    forfeitBonus: boolean,
  ): Promise<WithdrawalOutcome> {
    await client.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`withdrawal:${tenantId}:${playerId}`]);
    const settings = await readWalletSettings(client, tenantId);
    // Cash, then bonus (below): the order the bet path locks them in, so the two never deadlock.
    const funds = await client.query<{ available: string }>(
      `select (a.balance - a.held)::text as available from wallet.account a join wallet.asset s on s.id = a.asset_id
        where a.tenant_id = $1 and a.holder = $2 and a.type = 'PLAYER_CASH' and s.code = $3 for update of a`,
      [tenantId, playerId, asset.code],
    );
    const today = await client.query<{ total: string }>(
      `select coalesce(sum(amount), 0)::text as total from wallet.withdrawal
        where tenant_id = $1 and player_id = $2 and asset = $3 and status not in ('REJECTED', 'CANCELLED', 'FAILED')
          and created_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'`,
      [tenantId, playerId, settings.mainCurrency],
    );
    const decision = decideWithdrawalRequest({
      asset: asset.code,
      amount,
      available: BigInt(funds.rows[0]?.available ?? '0'),
      withdrawnToday: BigInt(today.rows[0]!.total),
      settings,
    });
    const insufficient = () => refused('INSUFFICIENT_FUNDS', 'The available balance does not cover this withdrawal.');
    if (decision.outcome === 'INSUFFICIENT_FUNDS') return insufficient();
    if (decision.outcome === 'LIMIT_REACHED') {
      if (settings.dailyWithdrawalLimit === 0n)
        return refused('LIMIT_REACHED', 'Withdrawals are switched off at this casino for now.');
      return refused(
        'LIMIT_REACHED',
        `The daily withdrawal limit allows ${decision.remaining} more ${settings.mainCurrency} minor units today.`,
      );
    }
    // The bonus row stays locked to the end: a bet cannot add bonus money between this read and the forfeit.
    const bonus = await client.query<{ available: string }>(
      `select (a.balance - a.held)::text as available from wallet.account a join wallet.asset s on s.id = a.asset_id
        where a.tenant_id = $1 and a.holder = $2 and a.type = 'PLAYER_BONUS' and s.code = $3 for update of a`,
      [tenantId, playerId, asset.code],
    );
    const bonusMoney = BigInt(bonus.rows[0]?.available ?? '0');
    if (bonusMoney > 0n && !forfeitBonus) {
      // Thrown, not a stored refusal: the transaction rolls back, so the player may confirm with the same key.
      throw new CodedError(
        'BONUS_FORFEIT_CONFIRMATION_REQUIRED',
        `Withdrawing forfeits your bonus money (${bonusMoney} ${asset.code} minor units); confirm to go ahead.`,
        {
          forfeitAmount: bonusMoney.toString(),
          asset: asset.code,
        },
      );
    }
    // A hold placed meanwhile by another path (a tournament entry) can still win the race.
    await client.query('savepoint place_hold');
    let holdId: string;
    try {
      const hold = await client.query<{ result: { holdId: string } }>(
        `select wallet.place_hold($1, $2, $3, $4, $5, 'PLAYER_CASH', $6, 'PROVIDER_CLEARING', '') as result`,
        [
          tenantId,
          `hold:${key}`,
          requestHash('withdrawal.request', { playerId, asset: asset.code, amount }),
          playerId,
          asset.code,
          amount.toString(),
        ],
      );
      holdId = hold.rows[0]!.result.holdId;
    } catch (error) {
      if (ledgerErrorFromDatabase(error)?.code !== 'INSUFFICIENT_FUNDS') throw error;
      await client.query('rollback to savepoint place_hold');
      return insufficient();
    }
    const id = randomUUID();
    await client.query(
      `insert into wallet.withdrawal (id, tenant_id, player_id, asset, amount, status, idempotency_key, hold_id, approvals_required, approvals, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, '[]', now(), now())`,
      [
        id,
        tenantId,
        playerId,
        asset.code,
        amount.toString(),
        decision.approvalsRequired > 0 ? 'PENDING_APPROVAL' : 'PROCESSING',
        key,
        holdId,
        decision.approvalsRequired,
      ],
    );
    if (bonusMoney > 0n) {
      const plan = planWithdrawalForfeit({ playerId, asset: asset.code, amount: bonusMoney, withdrawalId: id });
      assertBalanced(plan.legs);
      await client.query(
        `select wallet.post_transfer($1, $2, $3, 'withdrawal.forfeit', $4, $5, $6, $7, $8, $9, $10, $11::bigint[])`,
        [
          tenantId,
          plan.key,
          requestHash('withdrawal.forfeit', { withdrawalId: id, amount: bonusMoney }),
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
    const withdrawal = toWithdrawalView(await this.lock(client, tenantId, id));
    await recordWithdrawalRequested(client, tenantId, {
      playerId,
      withdrawalId: id,
      asset: asset.code,
      amount: amount.toString(),
      bonusForfeited: bonusMoney.toString(),
      requestedAt: withdrawal.createdAt.toISOString(),
    });
    return ok(withdrawal);
  }

  private async lock(client: pg.PoolClient, tenantId: string, id: string): Promise<WithdrawalRow> {
    if (!UUID.test(id)) throw notFound();
    const rows = await client.query<WithdrawalRow>(
      `select *, amount::text from wallet.withdrawal where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!rows.rows[0]) throw notFound();
    return rows.rows[0];
  }

  private async mapped<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw ledgerErrorFromDatabase(error) ?? error;
    }
  }
}
