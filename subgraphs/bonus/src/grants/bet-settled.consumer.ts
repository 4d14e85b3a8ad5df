import { withTenantTransaction } from '@casinox/db';
import type { BetSettledEvent } from '@casinox/events';
import type pg from 'pg';
import { applyBet, transitionGrant, type ContributionWeights } from '../domain/index.js';
import type { GrantLifecycle } from './grant-lifecycle.js';
import type { GrantRow } from './grant-row.js';

/**
 * Wagering from `bet.settled` (at least once, in any order). For the player's ACTIVE grant the bet
 * is applied once: its grant_wager row is inserted ON CONFLICT DO NOTHING in the same transaction
 * as the progress update, so a redelivered event finds the row and adds nothing. A bet settled
 * before the grant was activated, or after it expired, does not count. The bet that meets the
 * requirement moves the grant to ELIGIBLE and makes its task due; the conversion follows at once
 * (or from the sweep if the wallet does not answer).
 */
export class BetSettledConsumer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly lifecycle: GrantLifecycle,
  ) {}

  async handle(event: BetSettledEvent): Promise<void> {
    const settledAt = new Date(event.settledAt);
    const eligible = await withTenantTransaction(this.pool, event.tenantId, async (client) => {
      const { rows } = await client.query<GrantRow>(
        `select * from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and state = 'ACTIVE' for update`,
        [event.tenantId, event.playerId],
      );
      const grant = rows[0];
      if (!grant?.activated_at || settledAt < grant.activated_at || (grant.expires_at && settledAt >= grant.expires_at)) return null;
      const applied = applyBet(
        { required: BigInt(grant.wagering_required), wagered: BigInt(grant.wagered) },
        { game: event.game, asset: event.asset, stake: BigInt(event.stake) },
        { asset: grant.asset, contributionWeights: grant.weights as ContributionWeights },
      );
      const inserted = await client.query(
        `insert into bonus.grant_wager (grant_id, bet_id, tenant_id, game, asset, stake, contributed, created_at) values ($1, $2, $3, $4, $5, $6, $7, now())
         on conflict (grant_id, bet_id) do nothing`,
        [grant.id, event.betId, event.tenantId, event.game, event.asset, event.stake, applied.contributed.toString()],
      );
      if (inserted.rowCount === 0) return null;
      const move = applied.met ? transitionGrant('ACTIVE', 'WAGERING_MET') : null;
      await client.query(`update bonus.bonus_grant set wagered = wagered + $3, state = coalesce($4, state), updated_at = now() where tenant_id = $1 and id = $2`, [
        event.tenantId,
        grant.id,
        applied.contributed.toString(),
        move?.ok ? move.to : null,
      ]);
      if (!move?.ok) return null;
      await this.lifecycle.schedule(client, event.tenantId, grant.id, new Date());
      return grant.id;
    });
    if (eligible) await this.lifecycle.advance(event.tenantId, eligible);
  }
}
