import { withTenantTransaction } from '@casinox/db';
import type { BetSettledEvent } from '@casinox/events';
import type pg from 'pg';
import { applyBet, countRealMoney, transitionGrant, type ContributionWeights } from '../domain/index.js';
import type { GrantLifecycle } from './grant-lifecycle.js';
import type { GrantRow } from './grant-row.js';

/**
 * Wagering from `bet.settled` (at least once, in any order). For the player's ACTIVE grant the bet
 * is applied once: its grant_wager row is inserted ON CONFLICT DO NOTHING in the same transaction
 * as the progress update, so a redelivered event finds the row and adds nothing. A bet settled
 * before the grant was activated, or after it expired, does not count. The bet that meets the
 * requirement moves the grant to ELIGIBLE and makes its task due; the conversion follows at once
 * (or from the sweep if the wallet does not answer). In the same transaction the bet feeds the
 * cashback read model (countForCashback). A losing bet that staked bonus money may have spent the
 * last of it: then the bonus ends (GrantLifecycle.endIfBonusSpent).
 */
/** Whether the bet's stake drew on bonus money (and did not win any back). */
const spentBonus = (event: BetSettledEvent) =>
  !!event.bonusSplit && BigInt(event.bonusSplit.stakeFromBonus) > 0n && BigInt(event.bonusSplit.winToBonus) === 0n;

export class BetSettledConsumer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly lifecycle: GrantLifecycle,
  ) {}

  async handle(event: BetSettledEvent): Promise<void> {
    const settledAt = new Date(event.settledAt);
    const eligible = await withTenantTransaction(this.pool, event.tenantId, async (client) => {
      await this.countForCashback(client, event, settledAt);
      const { rows } = await client.query<GrantRow>(
        `select * from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and state = 'ACTIVE' for update`,
        [event.tenantId, event.playerId],
      );
      const grant = rows[0];
      if (!grant?.activated_at || settledAt < grant.activated_at || (grant.expires_at && settledAt >= grant.expires_at))
        return null;
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
      await client.query(
        `update bonus.bonus_grant set wagered = wagered + $3, state = coalesce($4, state), updated_at = now() where tenant_id = $1 and id = $2`,
        [event.tenantId, grant.id, applied.contributed.toString(), move?.ok ? move.to : null],
      );
      if (!move?.ok) return spentBonus(event) ? { grantId: grant.id, met: false } : null;
      await this.lifecycle.schedule(client, event.tenantId, grant.id, new Date());
      return { grantId: grant.id, met: true };
    });
    if (eligible?.met) await this.lifecycle.advance(event.tenantId, eligible.grantId);
    // A bet that staked bonus money without meeting the wagering may have spent the last of it.
    else if (eligible) await this.lifecycle.endIfBonusSpent(event.tenantId, eligible.grantId);
  }

  /**
   * Cashback's read model: a player enrolled in a cashback campaign (before the bet settled) has
   * the bet's real money (countRealMoney: the bonus-money part of the stake and win left out) added
   * to their day's totals, once per bet id (cashback_bet, in the same transaction).
   */
  private async countForCashback(client: pg.PoolClient, event: BetSettledEvent, settledAt: Date): Promise<void> {
    const { rowCount: enrolled } = await client.query(
      'select 1 from bonus.cashback_enrolment where tenant_id = $1 and player_id = $2 and enrolled_at <= $3 limit 1',
      [event.tenantId, event.playerId, settledAt],
    );
    if (!enrolled) return;
    const counted = await client.query(
      'insert into bonus.cashback_bet (tenant_id, bet_id, created_at) values ($1, $2, now()) on conflict do nothing',
      [event.tenantId, event.betId],
    );
    if (counted.rowCount === 0) return;
    const split = event.bonusSplit
      ? { stakeFromBonus: BigInt(event.bonusSplit.stakeFromBonus), winToBonus: BigInt(event.bonusSplit.winToBonus) }
      : null;
    const { staked, paid } = countRealMoney({
      stake: BigInt(event.stake),
      payout: BigInt(event.payout),
      bonusSplit: split,
    });
    await client.query(
      `insert into bonus.player_net_loss (tenant_id, player_id, asset, day, staked, paid) values ($1, $2, $3, $4::date, $5, $6)
       on conflict (tenant_id, player_id, asset, day) do update set staked = player_net_loss.staked + excluded.staked, paid = player_net_loss.paid + excluded.paid`,
      [
        event.tenantId,
        event.playerId,
        event.asset,
        settledAt.toISOString().slice(0, 10),
        staked.toString(),
        paid.toString(),
      ],
    );
  }
}
