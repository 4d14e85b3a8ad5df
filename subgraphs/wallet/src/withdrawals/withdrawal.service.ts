import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { LedgerError, ledgerErrorFromDatabase } from '../ledger/ledger.errors.js';
import { requestHash } from '../ledger/request-hash.js';
import type { PaymentEvent } from '../payments/payment-event.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { readWalletSettings } from '../settings/wallet-settings.js';
import { readMoneyInput } from '../shared/read-money-input.js';
import { withTenant, withTenantTransaction } from '../shared/with-tenant.js';
import { decideWithdrawalApproval } from './decide-withdrawal-approval.js';
import { decideWithdrawalRequest } from './decide-withdrawal-request.js';
import type { WithdrawalApproval, WithdrawalStatus } from './withdrawal.entity.js';

export interface WithdrawalView {
  id: string;
  playerId: string;
  asset: AssetSpec;
  amount: bigint;
  status: WithdrawalStatus;
  approvalsRequired: number;
  approvedBy: string[];
  reason: string | null;
  createdAt: Date;
}

/** Expected refusals, returned as typed results (never thrown to the client). */
export type WithdrawalProblem = 'INSUFFICIENT_FUNDS' | 'LIMIT_REACHED' | 'NOT_PENDING' | 'ALREADY_APPROVED';

export interface WithdrawalOutcome {
  problem: WithdrawalProblem | null;
  message: string | null;
  withdrawal: WithdrawalView | null;
}

interface Row {
  id: string;
  player_id: string;
  asset: string;
  amount: string;
  status: WithdrawalStatus;
  hold_id: string;
  approvals_required: number;
  approvals: WithdrawalApproval[];
  reason: string | null;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toView = (row: Row): WithdrawalView => ({
  id: row.id,
  playerId: row.player_id,
  asset: findAsset(row.asset)!,
  amount: BigInt(row.amount),
  status: row.status,
  approvalsRequired: row.approvals_required,
  approvedBy: row.approvals.map((a) => a.operatorId),
  reason: row.reason,
  createdAt: row.created_at,
});
const ok = (withdrawal: WithdrawalView): WithdrawalOutcome => ({ problem: null, message: null, withdrawal });
const refused = (problem: WithdrawalProblem, message: string, withdrawal: WithdrawalView | null = null): WithdrawalOutcome => ({ problem, message, withdrawal });

/** Thrown inside a transaction to roll it back and answer with a typed refusal. */
class Refusal extends Error {
  constructor(readonly outcome: WithdrawalOutcome) {
    super(outcome.message ?? 'refused');
  }
}

/**
 * Withdrawals: the money is held at once (available falls), checked against the tenant's daily
 * limit, approved by two different FINANCE operators above the threshold, then paid out through
 * the provider — the hold is posted when the provider's signed webhook says paid, voided when it
 * fails, is rejected or is cancelled. Per player, requests serialise on an advisory lock, so the
 * limit and the balance are checked against everything before them.
 */
export class WithdrawalService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly provider: PaymentProvider,
  ) {}

  async request(tenantId: string, playerId: string, input: { asset: string; amount: bigint; idempotencyKey: string }): Promise<WithdrawalOutcome> {
    const { asset, amount, key: clientKey } = readMoneyInput(input);
    const key = `withdrawal:${playerId}:${clientKey}`;
    const hash = requestHash('withdrawal.request', { playerId, asset: asset.code, amount });
    let outcome: WithdrawalOutcome;
    try {
      outcome = await this.mapped(() =>
        withTenantTransaction(this.pool, tenantId, async (client) => {
          const claimed = await client.query<{ result: { withdrawalId: string } | null }>(`select wallet.claim_idempotency_key($1, $2, $3, 'withdrawal.request') as result`, [tenantId, key, hash]);
          const replay = claimed.rows[0]?.result;
          if (replay) return ok(toView(await this.lock(client, tenantId, replay.withdrawalId)));
          await client.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`withdrawal:${tenantId}:${playerId}`]);
          const settings = await readWalletSettings(client, tenantId);
          const funds = await client.query<{ available: string }>(
            `select (a.balance - a.held)::text as available from wallet.account a join wallet.asset s on s.id = a.asset_id
              where a.tenant_id = $1 and a.holder = $2 and a.type = 'PLAYER_CASH' and s.code = $3`,
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
          if (decision.outcome === 'INSUFFICIENT_FUNDS') throw new Refusal(refused('INSUFFICIENT_FUNDS', 'The available balance does not cover this withdrawal.'));
          if (decision.outcome === 'LIMIT_REACHED') {
            throw new Refusal(refused('LIMIT_REACHED', `The daily withdrawal limit allows ${decision.remaining} more ${settings.mainCurrency} minor units today.`));
          }
          const id = randomUUID();
          const hold = await client.query<{ result: { holdId: string } }>(`select wallet.place_hold($1, $2, $3, $4, $5, 'PLAYER_CASH', $6, 'PROVIDER_CLEARING', '') as result`, [
            tenantId,
            `hold:${key}`,
            hash,
            playerId,
            asset.code,
            amount.toString(),
          ]);
          await client.query(
            `insert into wallet.withdrawal (id, tenant_id, player_id, asset, amount, status, idempotency_key, hold_id, approvals_required, approvals, created_at, updated_at)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, '[]', now(), now())`,
            [id, tenantId, playerId, asset.code, amount.toString(), decision.approvalsRequired > 0 ? 'PENDING_APPROVAL' : 'PROCESSING', key, hold.rows[0]!.result.holdId, decision.approvalsRequired],
          );
          await client.query(`update wallet.idempotency_record set result = $3 where tenant_id = $1 and key = $2`, [tenantId, key, { withdrawalId: id }]);
          return ok(toView(await this.lock(client, tenantId, id)));
        }),
      );
    } catch (error) {
      if (error instanceof Refusal) return error.outcome;
      if (error instanceof LedgerError && error.code === 'INSUFFICIENT_FUNDS') return refused('INSUFFICIENT_FUNDS', 'The available balance does not cover this withdrawal.');
      throw error;
    }
    if (outcome.withdrawal?.status === 'PROCESSING') await this.startPayout(tenantId, outcome.withdrawal);
    return outcome;
  }

  /** A FINANCE operator's approval; the second different operator's releases the payout. */
  async approve(tenantId: string, operatorId: string, id: string): Promise<WithdrawalOutcome> {
    const outcome = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const row = await this.lock(client, tenantId, id);
      const decision = decideWithdrawalApproval({ status: row.status, approvedBy: row.approvals.map((a) => a.operatorId), required: row.approvals_required, operatorId });
      if (decision === 'NOT_PENDING') return refused('NOT_PENDING', `The withdrawal is ${row.status}, not awaiting approval.`, toView(row));
      if (decision === 'ALREADY_APPROVED') return refused('ALREADY_APPROVED', 'You already approved this withdrawal; another FINANCE operator must approve it.', toView(row));
      await client.query(`update wallet.withdrawal set approvals = approvals || $2::jsonb, status = $3, updated_at = now() where id = $1`, [
        id,
        JSON.stringify([{ operatorId, at: new Date().toISOString() }]),
        decision === 'FULLY_APPROVED' ? 'PROCESSING' : 'PENDING_APPROVAL',
      ]);
      return ok(toView(await this.lock(client, tenantId, id)));
    });
    if (outcome.problem === null && outcome.withdrawal?.status === 'PROCESSING') await this.startPayout(tenantId, outcome.withdrawal);
    return outcome;
  }

  /** A FINANCE operator refuses it: the hold is voided and the money is available again. */
  async reject(tenantId: string, operatorId: string, id: string, reason: string): Promise<WithdrawalOutcome> {
    const text = reason.trim();
    if (!text || text.length > 500) throw new LedgerError('INVALID_REQUEST', 'reason must be 1–500 characters.', { field: 'reason' });
    return this.release(tenantId, id, null, 'REJECTED', text, `reject:${operatorId}`);
  }

  /** The player withdraws their request while it awaits approval. */
  async cancel(tenantId: string, playerId: string, id: string): Promise<WithdrawalOutcome> {
    return this.release(tenantId, id, playerId, 'CANCELLED', null, 'cancel');
  }

  async find(tenantId: string, playerId: string | null, id: string): Promise<WithdrawalView | null> {
    if (!UUID.test(id)) return null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<Row>(`select *, amount::text from wallet.withdrawal where id = $1 and ($2::uuid is null or player_id = $2)`, [id, playerId]),
    );
    return rows.rows[0] ? toView(rows.rows[0]) : null;
  }

  /** The tenant's withdrawals awaiting approval, oldest first. */
  async approvalQueue(tenantId: string, limit: number): Promise<WithdrawalView[]> {
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<Row>(`select *, amount::text from wallet.withdrawal where tenant_id = $1 and status = 'PENDING_APPROVAL' order by created_at, id limit $2`, [tenantId, limit]),
    );
    return rows.rows.map(toView);
  }

  /** The provider's verdict on a payout: post the hold when paid, void it when not. Idempotent. */
  async applyPayoutEvent(event: PaymentEvent): Promise<string> {
    const tenantId = event.data.metadata.tenantId!;
    return this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        const rows = await client.query<Row>(`select *, amount::text from wallet.withdrawal where tenant_id = $1 and id = $2 for update`, [tenantId, event.data.merchantReference]);
        const row = rows.rows[0];
        if (!row) return 'UNKNOWN_PAYMENT';
        if (row.asset !== event.data.asset || BigInt(row.amount) !== event.data.amount) throw new LedgerError('PAYMENT_MISMATCH', `Payout ${event.data.id} does not match withdrawal ${row.id}.`);
        if (row.status !== 'PROCESSING' || (event.type !== 'payout.succeeded' && event.type !== 'payout.failed')) return 'IGNORED';
        const paid = event.type === 'payout.succeeded';
        await client.query(`select wallet.resolve_hold($1, $2, $3, $4, $5)`, [tenantId, `withdrawal-settle:${row.id}`, requestHash('withdrawal.settle', { id: row.id, paid }), row.hold_id, paid]);
        await client.query(`update wallet.withdrawal set status = $2, reason = $3, provider_payout_id = $4, updated_at = now() where id = $1`, [
          row.id,
          paid ? 'PAID' : 'FAILED',
          paid ? null : 'The payment provider could not pay this out.',
          event.data.id,
        ]);
        return paid ? 'PAID' : 'FAILED';
      }),
    );
  }

  private async release(tenantId: string, id: string, playerId: string | null, status: 'REJECTED' | 'CANCELLED', reason: string | null, actor: string): Promise<WithdrawalOutcome> {
    if (!UUID.test(id)) throw new LedgerError('WITHDRAWAL_NOT_FOUND', 'No such withdrawal.');
    return this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        const row = await this.lock(client, tenantId, id);
        if (playerId && row.player_id !== playerId) throw new LedgerError('WITHDRAWAL_NOT_FOUND', 'No such withdrawal.');
        if (row.status !== 'PENDING_APPROVAL') return refused('NOT_PENDING', `The withdrawal is ${row.status}, not awaiting approval.`, toView(row));
        await client.query(`select wallet.resolve_hold($1, $2, $3, $4, false)`, [tenantId, `withdrawal-release:${row.id}`, requestHash('withdrawal.release', { id: row.id, actor }), row.hold_id]);
        await client.query(`update wallet.withdrawal set status = $2, reason = $3, updated_at = now() where id = $1`, [row.id, status, reason]);
        return ok(toView(await this.lock(client, tenantId, id)));
      }),
    );
  }

  private async startPayout(tenantId: string, withdrawal: WithdrawalView): Promise<void> {
    // After commit: the provider is idempotent by reference, and an unpaid PROCESSING withdrawal
    // keeps its hold, so a failure here loses nothing (a retry sweep can re-send it).
    const payout = await this.provider.createPayout({ reference: withdrawal.id, asset: withdrawal.asset.code, amount: withdrawal.amount, metadata: { tenantId, playerId: withdrawal.playerId } });
    await withTenantTransaction(this.pool, tenantId, (client) =>
      client.query(`update wallet.withdrawal set provider_payout_id = $2 where id = $1 and provider_payout_id is null`, [withdrawal.id, payout.payoutId]),
    );
  }

  private async lock(client: pg.PoolClient, tenantId: string, id: string): Promise<Row> {
    if (!UUID.test(id)) throw new LedgerError('WITHDRAWAL_NOT_FOUND', 'No such withdrawal.');
    const rows = await client.query<Row>(`select *, amount::text from wallet.withdrawal where tenant_id = $1 and id = $2 for update`, [tenantId, id]);
    if (!rows.rows[0]) throw new LedgerError('WITHDRAWAL_NOT_FOUND', 'No such withdrawal.');
    return rows.rows[0];
  }

  private async mapped<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw ledgerErrorFromDatabase(error) ?? error;
    }
  }
}
