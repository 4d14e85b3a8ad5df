import { withTenantTransaction } from '@casinox/db';
import type { BonusWageringEvent } from '@casinox/events';
import type pg from 'pg';

/**
 * Keeps games.player_bet_cap (max bet, spend order, bonus games) in step with the bonus subgraph's
 * bonus.wagering events. Idempotent
 * and order-free: a row changes only for a newer seq, so redelivered or late events change nothing.
 */
export class BonusWageringConsumer {
  constructor(private readonly pool: pg.Pool) {}

  async handle(event: BonusWageringEvent): Promise<void> {
    await withTenantTransaction(this.pool, event.tenantId, (client) =>
      client.query(
        `insert into games.player_bet_cap (tenant_id, player_id, grant_id, asset, max_stake, active, spend_order, bonus_games, seq, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
         on conflict (tenant_id, player_id, grant_id) do update
           set asset = excluded.asset, max_stake = excluded.max_stake, active = excluded.active, spend_order = excluded.spend_order,
               bonus_games = excluded.bonus_games, seq = excluded.seq, updated_at = now()
           where games.player_bet_cap.seq < excluded.seq`,
        [
          event.tenantId,
          event.playerId,
          event.grantId,
          event.asset,
          event.maxBet,
          event.active,
          // Absent = the grant's bonus money is not staked (cash only).
          event.spendOrder ?? null,
          event.bonusGames === null || event.bonusGames === undefined ? null : JSON.stringify(event.bonusGames),
          event.seq,
        ],
      ),
    );
  }
}
