import type { PlayerRegisteredEvent } from '@casinox/events';
import type pg from 'pg';

/**
 * A player identity announced: bound to their tenant in wallet.ledger_player (as a first posting
 * would), so operator inputs can tell a real player from an unknown id before any money moved.
 * Idempotent: a player is bound once, to the tenant they registered in.
 */
export async function registerPlayer(pool: pg.Pool, event: PlayerRegisteredEvent): Promise<void> {
  await pool.query(
    `insert into wallet.ledger_player (player_id, tenant_id, created_at) values ($1, $2, now()) on conflict (player_id) do nothing`,
    [event.playerId, event.tenantId],
  );
}
