import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type AssetSpec, findAsset } from '../assets/asset-catalogue.js';
import { LedgerError, ledgerErrorFromDatabase } from '../ledger/ledger.errors.js';
import { requestHash } from '../ledger/request-hash.js';
import { withTenant, withTenantTransaction } from '../shared/with-tenant.js';
import type { AdjustmentStatus } from './adjustment.entity.js';
import { decideAdjustmentApproval } from './decide-adjustment-approval.js';
import { readAdjustmentInput } from './read-adjustment-input.js';

export interface AdjustmentView {
  id: string;
  playerId: string;
  asset: AssetSpec;
  amount: bigint;
  reason: string;
  status: AdjustmentStatus;
  requestedBy: string;
  decidedBy: string | null;
  decisionReason: string | null;
  transferId: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

/** Expected refusals, returned as typed results (never thrown to the client). */
export type AdjustmentProblem = 'INSUFFICIENT_FUNDS' | 'SAME_OPERATOR' | 'NOT_PENDING';

export interface AdjustmentOutcome {
  problem: AdjustmentProblem | null;
  message: string | null;
  adjustment: AdjustmentView | null;
}

interface Row {
  id: string;
  player_id: string;
  asset: string;
  amount: string;
  reason: string;
  status: AdjustmentStatus;
  requested_by: string;
  decided_by: string | null;
  decision_reason: string | null;
  transfer_id: string | null;
  decided_at: Date | null;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const toView = (row: Row): AdjustmentView => ({
  id: row.id,
  playerId: row.player_id,
  asset: findAsset(row.asset)!,
  amount: BigInt(row.amount),
  reason: row.reason,
  status: row.status,
  requestedBy: row.requested_by,
  decidedBy: row.decided_by,
  decisionReason: row.decision_reason,
  transferId: row.transfer_id,
  decidedAt: row.decided_at,
  createdAt: row.created_at,
});
const ok = (adjustment: AdjustmentView): AdjustmentOutcome => ({ problem: null, message: null, adjustment });
const refused = (problem: AdjustmentProblem, message: string, adjustment: AdjustmentView): AdjustmentOutcome => ({ problem, message, adjustment });

/**
 * Manual adjustments, four-eyes: a FINANCE operator requests a signed change to a player's cash
 * (nothing moves), a different FINANCE operator approves it and one ADJUSTMENT transfer between
 * the player's cash and the house is posted in the same transaction that marks it APPROVED. The
 * row lock serialises concurrent approvals and the transfer's idempotency key (one per
 * adjustment) makes a second posting impossible even so.
 */
export class AdjustmentService {
  constructor(private readonly pool: pg.Pool) {}

  async request(
    tenantId: string,
    operatorId: string,
    input: { playerId: string; asset: string; amount: bigint; reason: string; idempotencyKey: string },
  ): Promise<AdjustmentOutcome> {
    const { playerId, asset, amount, reason, key: clientKey } = readAdjustmentInput(input);
    // Keys are the requesting operator's own: two operators may use the same key independently.
    const key = `adjustment:${operatorId}:${clientKey}`;
    const hash = requestHash('adjustment.request', { playerId, asset: asset.code, amount, reason });
    return this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        const claimed = await client.query<{ result: { adjustmentId: string } | null }>(`select wallet.claim_idempotency_key($1, $2, $3, 'adjustment.request') as result`, [tenantId, key, hash]);
        const replay = claimed.rows[0]?.result;
        if (replay) return ok(toView(await this.lock(client, tenantId, replay.adjustmentId)));
        // ledger_player has no row-level security: it is how a player bound to another tenant is told apart.
        const bound = await client.query<{ tenant_id: string }>(`select tenant_id from wallet.ledger_player where player_id = $1`, [playerId]);
        if (bound.rows[0] && bound.rows[0].tenant_id !== tenantId) throw new LedgerError('PLAYER_TENANT_MISMATCH', 'No such player in this tenant.', { field: 'playerId' });
        const id = randomUUID();
        await client.query(
          `insert into wallet.adjustment (id, tenant_id, player_id, asset, amount, reason, status, idempotency_key, requested_by, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, 'PENDING', $7, $8, now(), now())`,
          [id, tenantId, playerId, asset.code, amount.toString(), reason, key, operatorId],
        );
        await client.query(`update wallet.idempotency_record set result = $3 where tenant_id = $1 and key = $2`, [tenantId, key, { adjustmentId: id }]);
        return ok(toView(await this.lock(client, tenantId, id)));
      }),
    );
  }

  /** A different FINANCE operator's approval posts the adjustment; a debit the balance cannot cover stays pending. */
  async approve(tenantId: string, operatorId: string, id: string): Promise<AdjustmentOutcome> {
    return this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        const row = await this.lock(client, tenantId, id);
        const decision = decideAdjustmentApproval({ status: row.status, requestedBy: row.requested_by, operatorId });
        if (decision === 'NOT_PENDING') return refused('NOT_PENDING', `The adjustment is ${row.status}, not pending.`, toView(row));
        if (decision === 'SAME_OPERATOR') return refused('SAME_OPERATOR', 'You requested this adjustment; a different FINANCE operator must approve it.', toView(row));
        const amount = BigInt(row.amount);
        await client.query('savepoint post_adjustment');
        let transferId: string;
        try {
          const posted = await client.query<{ result: { transferId: string } }>(
            `select wallet.post_transfer($1, $2, $3, 'adjustment.post', 'ADJUSTMENT', $4, $5, $6, $7, $8, $9, $10::bigint[]) as result`,
            [
              tenantId,
              `adjustment-post:${row.id}`,
              requestHash('adjustment.post', { id: row.id, amount, asset: row.asset }),
              row.player_id,
              row.id,
              { adjustmentId: row.id, requestedBy: row.requested_by, approvedBy: operatorId },
              [row.asset, row.asset],
              ['PLAYER_CASH', 'HOUSE'],
              [row.player_id, ''],
              [amount.toString(), (-amount).toString()],
            ],
          );
          transferId = posted.rows[0]!.result.transferId;
        } catch (error) {
          if (ledgerErrorFromDatabase(error)?.code !== 'INSUFFICIENT_FUNDS') throw error;
          await client.query('rollback to savepoint post_adjustment');
          return refused('INSUFFICIENT_FUNDS', 'The player’s available balance does not cover this debit; it stays pending.', toView(row));
        }
        await client.query(`update wallet.adjustment set status = 'APPROVED', decided_by = $2, transfer_id = $3, decided_at = now(), updated_at = now() where id = $1`, [
          row.id,
          operatorId,
          transferId,
        ]);
        return ok(toView(await this.lock(client, tenantId, id)));
      }),
    );
  }

  /** Any FINANCE operator (the requester too: withdrawing one's own request moves nothing) refuses it. */
  async reject(tenantId: string, operatorId: string, id: string, reason: string): Promise<AdjustmentOutcome> {
    const text = reason.trim();
    if (!text || text.length > 500) throw new LedgerError('INVALID_REQUEST', 'reason must be 1–500 characters.', { field: 'reason' });
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      const row = await this.lock(client, tenantId, id);
      if (row.status !== 'PENDING') return refused('NOT_PENDING', `The adjustment is ${row.status}, not pending.`, toView(row));
      await client.query(`update wallet.adjustment set status = 'REJECTED', decided_by = $2, decision_reason = $3, decided_at = now(), updated_at = now() where id = $1`, [
        row.id,
        operatorId,
        text,
      ]);
      return ok(toView(await this.lock(client, tenantId, id)));
    });
  }

  /** The tenant's adjustments awaiting approval, oldest first. */
  async queue(tenantId: string, limit: number): Promise<AdjustmentView[]> {
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<Row>(`select *, amount::text from wallet.adjustment where tenant_id = $1 and status = 'PENDING' order by created_at, id limit $2`, [tenantId, limit]),
    );
    return rows.rows.map(toView);
  }

  private async lock(client: pg.PoolClient, tenantId: string, id: string): Promise<Row> {
    if (!UUID.test(id)) throw new LedgerError('ADJUSTMENT_NOT_FOUND', 'No such adjustment.');
    const rows = await client.query<Row>(`select *, amount::text from wallet.adjustment where tenant_id = $1 and id = $2 for update`, [tenantId, id]);
    if (!rows.rows[0]) throw new LedgerError('ADJUSTMENT_NOT_FOUND', 'No such adjustment.');
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
