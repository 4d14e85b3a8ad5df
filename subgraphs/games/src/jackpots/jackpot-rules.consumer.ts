import { withTenantTransaction } from '@casinox/db';
import type { JackpotRulesEvent } from '@casinox/events';
import type pg from 'pg';

/**
 * Keeps games.jackpot_rule in step with the jackpot subgraph's jackpot.rules events (off the bet's
 * synchronous path: no call to jackpot per bet). Idempotent and order-free: a row changes only for
 * a newer seq, so redelivered or late events change nothing.
 */
export class JackpotRulesConsumer {
  constructor(private readonly pool: pg.Pool) {}

  async handle(event: JackpotRulesEvent): Promise<void> {
    const tiers = event.tiers.map((tier) => ({
      code: tier.code,
      pool: tier.pool,
      shareBasisPoints: tier.shareBasisPoints,
      hitOneIn: tier.hitOneIn ?? null,
    }));
    await withTenantTransaction(this.pool, event.tenantId, (client) =>
      client.query(
        `insert into games.jackpot_rule (tenant_id, jackpot_id, seq, type, active, asset, game_codes, opt_in, contribution_basis_points, fairness_slot, tiers, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         on conflict (tenant_id, jackpot_id) do update
           set seq = excluded.seq, type = excluded.type, active = excluded.active, asset = excluded.asset, game_codes = excluded.game_codes,
               opt_in = excluded.opt_in, contribution_basis_points = excluded.contribution_basis_points, fairness_slot = excluded.fairness_slot,
               tiers = excluded.tiers, updated_at = now()
           where games.jackpot_rule.seq < excluded.seq`,
        [
          event.tenantId,
          event.jackpotId,
          event.seq,
          event.type,
          event.active,
          event.asset,
          event.gameCodes === null || event.gameCodes === undefined ? null : JSON.stringify(event.gameCodes),
          event.optIn,
          event.contributionBasisPoints,
          event.fairnessSlot ?? null,
          JSON.stringify(tiers),
        ],
      ),
    );
  }
}
