import { withTenantTransaction } from '@casinox/db';
import type { BonusWageringEvent } from '@casinox/events';
import type pg from 'pg';

/**
 * Keeps games.player_bet_cap in step with the bonus subgraph's bonus.wagering events. Idempotent
 * and order-free: a row changes only for a newer seq, so redelivered or late events change nothing.
 */
export class BonusWageringConsumer {
  constructor(private readonly pool: pg.Pool) {}

  async handle(event: BonusWageringEvent): Promise<void> {
    await withTenantTransaction(this.pool, event.tenantId, (client) =>
      client.query(
        `insert into games.player_bet_cap (tenant_id, player_id, grant_id, asset, max_stake, active, seq, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, now())
         on conflict (tenant_id, player_id, grant_id) do update
           set asset = excluded.asset, max_stake = excluded.max_stake, active = excluded.active, seq = excluded.seq, updated_at = now()
           where games.player_bet_cap.seq < excluded.seq`,
        [event.tenantId, event.playerId, event.grantId, event.asset, event.maxBet, event.active, event.seq],
      ),
    );
  }
}
