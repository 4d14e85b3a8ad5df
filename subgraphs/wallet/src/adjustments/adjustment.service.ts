import { withTenant, withTenantTransaction } from '@casinox/db';
import { cursorTime, decodeCursor, type Page, toPage, CodedError } from '@casinox/graphql';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { ledgerErrorFromDatabase } from '../ledger/ledger.errors.js';
import { requestHash } from '../ledger/request-hash.js';
import { onceByKey } from '../shared/once-by-key.js';
import { assertOffered } from '../shared/assert-offered.js';
import { readIdempotencyKey } from '../shared/read-idempotency-key.js';
import type { TenantCurrencies } from '@casinox/events';
import {
  ADJUSTMENT_OUTCOME,
  type AdjustmentOutcome,
  type AdjustmentRow,
  type AdjustmentView,
  ok,
  refused,
  toAdjustmentView,
} from './adjustment-view.js';
import type { AdjustmentStatus } from './adjustment.entity.js';
import { decideAdjustmentApproval } from './decide-adjustment-approval.js';
import { readAdjustmentInput } from './read-adjustment-input.js';

export type { AdjustmentOutcome, AdjustmentProblem, AdjustmentView } from './adjustment-view.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = () => new CodedError('ADJUSTMENT_NOT_FOUND', 'No such adjustment.');

/** Which adjustments a list shows, and in which order. */
export interface AdjustmentListing {
  status?: AdjustmentStatus | null;
  playerId?: string | null;
  /** The work queue reads oldest first; the history newest first. */
  order: 'OLDEST_FIRST' | 'NEWEST_FIRST';
}

/**
 * Manual adjustments, four-eyes: an operator requests a signed change to a player's cash
 * (nothing moves), a different FINANCE operator approves it and one ADJUSTMENT transfer between
 * the player's cash and the house is posted in the same transaction that marks it APPROVED. The
 * row lock serialises concurrent approvals and the transfer's idempotency key (one per
 * adjustment) makes a second posting impossible even so. Approvals and rejections are idempotent
 * by the operator's key: the first answer, refusals included, is stored and replayed.
 */
export class AdjustmentService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly currencies: TenantCurrencies,
  ) {}

  async request(
    tenantId: string,
    operatorId: string,
    input: { playerId: string; asset: string; amount: bigint; reason: string; idempotencyKey: string },
  ): Promise<AdjustmentOutcome> {
    const { playerId, asset, amount, reason, key: clientKey } = readAdjustmentInput(input);
    await assertOffered(this.currencies, tenantId, asset);
    // Keys are the requesting operator's own: two operators may use the same key independently.
    const key = `adjustment:${operatorId}:${clientKey}`;
    const hash = requestHash('adjustment.request', { playerId, asset: asset.code, amount, reason });
    return this.mapped(() =>
      withTenantTransaction(this.pool, tenantId, async (client) => {
        const claimed = await client.query<{ result: { adjustmentId: string } | null }>(
          `select wallet.claim_idempotency_key($1, $2, $3, 'adjustment.request') as result`,
          [tenantId, key, hash],
        );
        const replay = claimed.rows[0]?.result;
        if (replay) return ok(toAdjustmentView(await this.lock(client, tenantId, replay.adjustmentId)));
        // ledger_player has no row-level security: it is how a player bound to another tenant is told apart.
        // Identity's player.registered events fill it too, so a player who never moved money is known.
        const bound = await client.query<{ tenant_id: string }>(
          `select tenant_id from wallet.ledger_player where player_id = $1`,
          [playerId],
        );
        if (!bound.rows[0])
          throw new CodedError('PLAYER_NOT_FOUND', 'No such player in this tenant.', { field: 'playerId' });
        if (bound.rows[0].tenant_id !== tenantId)
          throw new CodedError('PLAYER_TENANT_MISMATCH', 'No such player in this tenant.', { field: 'playerId' });
        const id = randomUUID();
        await client.query(
          `insert into wallet.adjustment (id, tenant_id, player_id, asset, amount, reason, status, idempotency_key, requested_by, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, 'PENDING', $7, $8, now(), now())`,
          [id, tenantId, playerId, asset.code, amount.toString(), reason, key, operatorId],
        );
        await client.query(`update wallet.idempotency_record set result = $3 where tenant_id = $1 and key = $2`, [
          tenantId,
          key,
          { adjustmentId: id },
        ]);
        return ok(toAdjustmentView(await this.lock(client, tenantId, id)));
      }),
    );
  }

  /** A different FINANCE operator's approval posts the adjustment; a debit the balance cannot cover stays pending. */
  async approve(tenantId: string, operatorId: string, id: string, idempotencyKey: string): Promise<AdjustmentOutcome> {
    const key = `adjustment.approve:${operatorId}:${readIdempotencyKey(idempotencyKey)}`;
    if (!UUID.test(id)) throw notFound();
    return this.keyed(
      tenantId,
      { key, operation: 'adjustment.approve', request: { id: id.toLowerCase() } },
      async (client) => {
        const row = await this.lock(client, tenantId, id);
        const decision = decideAdjustmentApproval({ status: row.status, requestedBy: row.requested_by, operatorId });
        if (decision === 'NOT_PENDING')
          return refused('NOT_PENDING', `The adjustment is ${row.status}, not pending.`, toAdjustmentView(row));
        if (decision === 'SAME_OPERATOR')
          return refused(
            'SAME_OPERATOR',
            'You requested this adjustment; a different FINANCE operator must approve it.',
            toAdjustmentView(row),
          );
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
          return refused(
            'INSUFFICIENT_FUNDS',
            'The player’s available balance does not cover this debit; it stays pending.',
            toAdjustmentView(row),
          );
        }
        await client.query(
          `update wallet.adjustment set status = 'APPROVED', decided_by = $2, transfer_id = $3, decided_at = now(), updated_at = now() where id = $1`,
          [row.id, operatorId, transferId],
        );
        return ok(toAdjustmentView(await this.lock(client, tenantId, id)));
      },
    );
  }

  /** Any FINANCE operator (the requester too: withdrawing one's own request moves nothing) refuses it. */
  async reject(
    tenantId: string,
    operatorId: string,
    id: string,
    reason: string,
    idempotencyKey: string,
  ): Promise<AdjustmentOutcome> {
    const text = reason.trim();
    if (!text || text.length > 500)
      throw new CodedError('INVALID_REQUEST', 'reason must be 1–500 characters.', { field: 'reason' });
    const key = `adjustment.reject:${operatorId}:${readIdempotencyKey(idempotencyKey)}`;
    if (!UUID.test(id)) throw notFound();
    return this.keyed(
      tenantId,
      { key, operation: 'adjustment.reject', request: { id: id.toLowerCase(), reason: text } },
      async (client) => {
        const row = await this.lock(client, tenantId, id);
        if (row.status !== 'PENDING')
          return refused('NOT_PENDING', `The adjustment is ${row.status}, not pending.`, toAdjustmentView(row));
        await client.query(
          `update wallet.adjustment set status = 'REJECTED', decided_by = $2, decision_reason = $3, decided_at = now(), updated_at = now() where id = $1`,
          [row.id, operatorId, text],
        );
        return ok(toAdjustmentView(await this.lock(client, tenantId, id)));
      },
    );
  }

  /** The tenant's adjustments, narrowed by status and player, one keyset page. */
  async list(
    tenantId: string,
    listing: AdjustmentListing,
    page: { first: number; after?: string | null },
  ): Promise<Page<AdjustmentView>> {
    const after = page.after ? decodeCursor(page.after) : null;
    if (listing.playerId && !UUID.test(listing.playerId)) return { items: [], hasNextPage: false, endCursor: null };
    const [direction, beyond] = listing.order === 'OLDEST_FIRST' ? ['asc', '>'] : ['desc', '<'];
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<AdjustmentRow & { at: string }>(
        `select *, amount::text, ${cursorTime('created_at')} as at from wallet.adjustment
          where tenant_id = $1 and ($2::text is null or status = $2) and ($3::uuid is null or player_id = $3)
            and ($4::timestamptz is null or (created_at, id) ${beyond} ($4::timestamptz, $5::uuid))
          order by created_at ${direction}, id ${direction} limit $6`,
        [
          tenantId,
          listing.status ?? null,
          listing.playerId ?? null,
          after?.at ?? null,
          after?.id ?? null,
          page.first + 1,
        ],
      ),
    );
    return toPage(rows.rows, page.first, toAdjustmentView);
  }

  private keyed(
    tenantId: string,
    request: { key: string; operation: string; request: unknown },
    work: (client: pg.PoolClient) => Promise<AdjustmentOutcome>,
  ): Promise<AdjustmentOutcome> {
    return this.mapped(async () => {
      const { outcome } = await withTenantTransaction(this.pool, tenantId, (client) =>
        onceByKey(client, { tenantId, ...request }, ADJUSTMENT_OUTCOME, () => work(client)),
      );
      return outcome;
    });
  }

  private async lock(client: pg.PoolClient, tenantId: string, id: string): Promise<AdjustmentRow> {
    if (!UUID.test(id)) throw notFound();
    const rows = await client.query<AdjustmentRow>(
      `select *, amount::text from wallet.adjustment where tenant_id = $1 and id = $2 for update`,
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
