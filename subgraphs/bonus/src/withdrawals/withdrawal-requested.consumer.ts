import { withTenantTransaction } from '@casinox/db';
import type { WithdrawalRequestedEvent } from '@casinox/events';
import type pg from 'pg';
import { transitionGrant } from '../domain/index.js';
import type { GrantLifecycle } from '../grants/grant-lifecycle.js';
import { PLAYER_LOCK } from '../grants/grant-row.js';

/**
 * A withdrawal that forfeited bonus money (`wallet.withdrawal-requested` with bonusForfeited > 0):
 * the wallet already moved that money to the house in the withdrawal's own transfer, so the
 * player's ACTIVE grant in the asset ends CANCELLED with `forfeited` recorded and its ending
 * already settled: no second wallet move. Then the player's next bonus starts. Once per
 * withdrawal id (withdrawal_forfeit, in the same transaction). A grant that is not ACTIVE (GRANTED
 * waits with no money; ELIGIBLE has been earned and its conversion, reading the now-empty balance,
 * converts nothing) is left alone.
 */
export class WithdrawalRequestedConsumer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly lifecycle: GrantLifecycle,
  ) {}

  async handle(event: WithdrawalRequestedEvent): Promise<void> {
    const forfeited = BigInt(event.bonusForfeited);
    if (forfeited <= 0n) return;
    const cancelled = await withTenantTransaction(this.pool, event.tenantId, async (client) => {
      await client.query(PLAYER_LOCK, [event.tenantId, event.playerId]);
      const recorded = await client.query(
        `insert into bonus.withdrawal_forfeit (tenant_id, withdrawal_id, player_id, asset, amount, created_at) values ($1, $2, $3, $4, $5, now()) on conflict do nothing`,
        [event.tenantId, event.withdrawalId, event.playerId, event.asset, forfeited.toString()],
      );
      if (recorded.rowCount === 0) return null;
      const { rows } = await client.query<{ id: string }>(
        `select id from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and asset = $3 and state = 'ACTIVE' for update`,
        [event.tenantId, event.playerId, event.asset],
      );
      const grant = rows[0];
      if (!grant) return null;
      const move = transitionGrant('ACTIVE', 'CANCEL');
      if (!move.ok) throw new Error(move.error.message);
      await client.query(
        `update bonus.bonus_grant set state = $3, end_reason = 'WITHDRAWAL', forfeited = forfeited + $4, planned_to_cash = 0, planned_forfeit = $4, ended_at = now(), settled_at = now(), updated_at = now()
          where tenant_id = $1 and id = $2 and state = 'ACTIVE'`,
        [event.tenantId, grant.id, move.to, forfeited.toString()],
      );
      await client.query(
        'update bonus.withdrawal_forfeit set grant_id = $3 where tenant_id = $1 and withdrawal_id = $2',
        [event.tenantId, event.withdrawalId, grant.id],
      );
      await this.lifecycle.schedule(client, event.tenantId, grant.id, new Date());
      return grant.id;
    });
    // Removes the task and starts the player's next bonus.
    if (cancelled) await this.lifecycle.advance(event.tenantId, cancelled);
  }
}
