import { withTenant, withTenantTransaction } from '@casinox/db';
import type pg from 'pg';
import { findAsset } from '../assets/asset-catalogue.js';
import type { WithdrawalService } from './withdrawal.service.js';

export interface PayoutSweepOptions {
  /** A PROCESSING withdrawal with no verdict this long after its payout was (last) asked for is stuck. */
  stuckAfterMs: number;
  /** At most this many payouts are re-driven per sweep, so one sweep stays short however much is stuck. */
  batchSize: number;
}

interface StuckRow {
  id: string;
  player_id: string;
  asset: string;
  amount: string;
}

/**
 * Re-drives payouts that went quiet: a withdrawal in PROCESSING whose payout request failed, or
 * whose verdict (the provider's webhook) never arrived. Each one is claimed first (its
 * `payout_requested_at` moves forward, in a transaction that only succeeds while it is still
 * PROCESSING and still stuck), so two wallet replicas never re-drive the same one in one round,
 * then asked of the provider again under the same reference: the provider pays at most once and
 * re-sends the verdict of a payout it already settled, which the webhook applies once.
 */
export class PayoutSweep {
  constructor(
    private readonly pool: pg.Pool,
    private readonly withdrawals: WithdrawalService,
    private readonly options: PayoutSweepOptions,
  ) {}

  /** One bounded pass over every tenant (at most `batchSize` re-drives); stops early when `signal` aborts (shutdown). */
  async sweep(options: { signal?: AbortSignal; batchSize?: number } = {}): Promise<{ redriven: string[] }> {
    const { signal } = options;
    const batchSize = options.batchSize ?? this.options.batchSize;
    const redriven: string[] = [];
    // ledger_tenant has no row-level security: the list of tenants with a ledger.
    const tenants = await this.pool.query<{ tenant_id: string }>(
      'select tenant_id from wallet.ledger_tenant order by tenant_id',
    );
    for (const { tenant_id: tenantId } of tenants.rows) {
      if (signal?.aborted || redriven.length >= batchSize) break;
      const stuck = await withTenant(this.pool, tenantId, (client) =>
        client.query<StuckRow>(
          `select id, player_id, asset, amount::text from wallet.withdrawal
            where tenant_id = $1 and status = 'PROCESSING' and coalesce(payout_requested_at, updated_at) < now() - make_interval(secs => $2::double precision / 1000)
            order by coalesce(payout_requested_at, updated_at), id limit $3`,
          [tenantId, this.options.stuckAfterMs, batchSize - redriven.length],
        ),
      );
      for (const row of stuck.rows) {
        if (signal?.aborted) break;
        if (!(await this.claim(tenantId, row.id))) continue;
        await this.withdrawals.startPayout(tenantId, {
          id: row.id,
          playerId: row.player_id,
          asset: findAsset(row.asset)!,
          amount: BigInt(row.amount),
        });
        redriven.push(row.id);
      }
    }
    return { redriven };
  }

  /** Moves the attempt's clock forward while the withdrawal is still stuck; false when another sweep (or the verdict) got there first. */
  private async claim(tenantId: string, id: string): Promise<boolean> {
    const claimed = await withTenantTransaction(this.pool, tenantId, (client) =>
      client.query(
        `update wallet.withdrawal set payout_requested_at = now()
          where tenant_id = $1 and id = $2 and status = 'PROCESSING' and coalesce(payout_requested_at, updated_at) < now() - make_interval(secs => $3::double precision / 1000)`,
        [tenantId, id, this.options.stuckAfterMs],
      ),
    );
    return (claimed.rowCount ?? 0) === 1;
  }
}
