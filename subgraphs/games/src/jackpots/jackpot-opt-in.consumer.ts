import { withTenantTransaction } from '@casinox/db';
import type { JackpotOptInEvent } from '@casinox/events';
import type pg from 'pg';

/** Keeps games.jackpot_opt_in in step with jackpot.opt-in events: the player's latest choice (highest seq) wins. */
export class JackpotOptInConsumer {
  constructor(private readonly pool: pg.Pool) {}

  async handle(event: JackpotOptInEvent): Promise<void> {
    await withTenantTransaction(this.pool, event.tenantId, (client) =>
      client.query(
        `insert into games.jackpot_opt_in (tenant_id, jackpot_id, player_id, opted_in, seq, updated_at)
         values ($1, $2, $3, $4, $5, now())
         on conflict (tenant_id, jackpot_id, player_id) do update
           set opted_in = excluded.opted_in, seq = excluded.seq, updated_at = now()
           where games.jackpot_opt_in.seq < excluded.seq`,
        [event.tenantId, event.jackpotId, event.playerId, event.optedIn, event.seq],
      ),
    );
  }
}
