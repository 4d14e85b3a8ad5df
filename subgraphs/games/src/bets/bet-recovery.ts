import { withTenant } from '@casinox/db';
import type pg from 'pg';
import type { BetRow } from './bet-row.js';
import type { BetService } from './bet.service.js';

/**
 * Re-drives bets left half-done — PENDING (stake not confirmed) or CASHING (win not confirmed) for
 * longer than one wallet call may take — with the same wallet key, until each is SETTLED or
 * REJECTED. After a crash it finishes what the dead process started; a bet still in flight in a
 * live process is not yet old enough to be picked. Bounded per run; each bet read under its
 * tenant's row-level security.
 */
export class BetRecovery {
  constructor(
    private readonly pool: pg.Pool,
    private readonly bets: BetService,
    private readonly afterMs: number,
    private readonly batch = 200,
  ) {}

  /** One sweep; returns how many bets it re-drove and how they ended. */
  async runOnce(): Promise<{ redriven: number; statuses: Record<string, number> }> {
    // Settling does not delete a bet's marker (see sql/forget_finished_markers.sql): the finished
    // bets' markers go here, in bulk, before the unfinished ones are looked for.
    await this.pool.query(`select games.forget_finished_markers(now() - make_interval(secs => $1::float8 / 1000))`, [
      this.afterMs,
    ]);
    const { rows: due } = await this.pool.query<{ bet_id: string; tenant_id: string }>(
      `select bet_id, tenant_id from games.unsettled_bet where since < now() - make_interval(secs => $1::float8 / 1000) order by since limit $2`,
      [this.afterMs, this.batch],
    );
    const statuses: Record<string, number> = {};
    for (const { bet_id: betId, tenant_id: tenantId } of due) {
      const row = await withTenant(this.pool, tenantId, async (client) => {
        const { rows } = await client.query<BetRow>(
          `select * from games.bet where tenant_id = $1 and id = $2 and status in ('PENDING', 'CASHING')`,
          [tenantId, betId],
        );
        return rows[0];
      });
      if (!row) continue;
      try {
        const status = await this.bets.redrive(row);
        statuses[status] = (statuses[status] ?? 0) + 1;
      } catch (error) {
        // Still no answer from the wallet: the next sweep tries again.
        const code = (error as { extensions?: { code?: string } }).extensions?.code ?? (error as Error).name;
        statuses[code] = (statuses[code] ?? 0) + 1;
      }
    }
    return { redriven: due.length, statuses };
  }
}
