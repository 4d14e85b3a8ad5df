import { randomUUID } from 'node:crypto';
import { withTenantTransaction } from '@casinox/db';
import type pg from 'pg';
import { type CampaignRow, toCampaignView } from '../campaigns/campaign-row.js';
import { calculateCashback, calculateWageringRequired, findCashbackPeriod, transitionGrant } from '../domain/index.js';
import type { GrantLifecycle } from '../grants/grant-lifecycle.js';
import { insertGrant } from '../grants/insert-grant.js';

/** Enrolments closed per campaign in one transaction; the rest wait for the next run. */
const PLAYERS_PER_STEP = 200;

/**
 * Closes finished cashback periods (scheduled, bounded). For each CASHBACK campaign whose oldest
 * open period has ended (cashback_schedule), every enrolled player who was enrolled before the
 * period ended and has not had it closed: the real-money net loss of the period in the campaign's
 * asset (player_net_loss, fed by the bet.settled consumer), `calculateCashback`, and when that is
 * above zero a GRANTED grant keyed by the period (one per campaign, player and period: the unique
 * key and idempotency key `cashback:<campaign>:<period>` make a re-run grant nothing twice). The
 * enrolment's `closedThrough` moves in the same transaction. When every enrolment is closed the
 * campaign's schedule moves on to the next period, or is removed once the campaign has ENDED
 * (the period in progress when it ended is the last one). Grants made then take their turn
 * (activateNext, advance).
 */
export class CashbackCloser {
  constructor(
    private readonly pool: pg.Pool,
    private readonly lifecycle: GrantLifecycle,
  ) {}

  /** One run over due campaigns across tenants; returns how many campaign steps it took. */
  async run(signal?: AbortSignal, now = new Date(), batch = 20): Promise<number> {
    const { rows } = await this.pool.query<{ campaign_id: string; tenant_id: string }>(
      'select campaign_id, tenant_id from bonus.cashback_schedule where due_at <= $1 order by due_at limit $2',
      [now, batch],
    );
    for (const row of rows) {
      if (signal?.aborted) break;
      await this.close(row.tenant_id, row.campaign_id, now).catch((error: unknown) =>
        console.error(`[bonus] cashback ${row.campaign_id} failed`, error),
      );
    }
    return rows.length;
  }

  private async close(tenantId: string, campaignId: string, now: Date): Promise<void> {
    const granted = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows: due } = await client.query<{ due_at: Date }>(
        'select due_at from bonus.cashback_schedule where campaign_id = $1 and due_at <= $2 for update skip locked',
        [campaignId, now],
      );
      if (!due[0]) return [];
      const row = (
        await client.query<CampaignRow>('select * from bonus.campaign where tenant_id = $1 and id = $2', [
          tenantId,
          campaignId,
        ])
      ).rows[0];
      const campaign = row && toCampaignView(row);
      if (!campaign || campaign.terms.kind !== 'CASHBACK') {
        await client.query('delete from bonus.cashback_schedule where campaign_id = $1', [campaignId]);
        return [];
      }
      const { terms } = campaign;
      const window = findCashbackPeriod(terms.period, new Date(due[0].due_at.getTime() - 1));
      const { rows: enrolled } = await client.query<{ player_id: string }>(
        `select player_id from bonus.cashback_enrolment where tenant_id = $1 and campaign_id = $2 and closed_through < $3 and enrolled_at < $3
          order by player_id limit $4 for update skip locked`,
        [tenantId, campaignId, window.end, PLAYERS_PER_STEP],
      );
      const players: string[] = [];
      const state = transitionGrant('PENDING', 'GRANT');
      if (!state.ok) throw new Error(state.error.message);
      for (const { player_id: playerId } of enrolled) {
        const { rows: sums } = await client.query<{ staked: string; paid: string }>(
          `select coalesce(sum(staked), 0)::text as staked, coalesce(sum(paid), 0)::text as paid from bonus.player_net_loss
            where tenant_id = $1 and player_id = $2 and asset = $3 and day >= $4::date and day < $5::date`,
          [
            tenantId,
            playerId,
            campaign.eligibility.asset,
            window.start.toISOString().slice(0, 10),
            window.end.toISOString().slice(0, 10),
          ],
        );
        const amount = calculateCashback({
          staked: BigInt(sums[0]!.staked),
          paid: BigInt(sums[0]!.paid),
          percentBp: terms.percentBp,
          cap: terms.cap,
        });
        if (amount > 0n) {
          const inserted = await insertGrant(client, {
            id: randomUUID(),
            tenantId,
            playerId,
            campaign,
            state: state.to,
            amount,
            wageringRequired: calculateWageringRequired(amount, campaign.wageringMultiplier),
            idempotencyKey: `cashback:${campaignId}:${window.key}`,
            grantedAt: now,
            periodKey: window.key,
          });
          if (inserted) players.push(playerId);
        }
        await client.query(
          'update bonus.cashback_enrolment set closed_through = $4 where tenant_id = $1 and campaign_id = $2 and player_id = $3',
          [tenantId, campaignId, playerId, window.end],
        );
      }
      if (enrolled.length < PLAYERS_PER_STEP) {
        if (campaign.status === 'ENDED')
          await client.query('delete from bonus.cashback_schedule where campaign_id = $1', [campaignId]);
        else
          await client.query('update bonus.cashback_schedule set due_at = $2 where campaign_id = $1', [
            campaignId,
            findCashbackPeriod(terms.period, window.end).end,
          ]);
      }
      return players;
    });
    for (const playerId of granted) {
      const activated = await this.lifecycle.activateNext(tenantId, playerId);
      if (activated) await this.lifecycle.advance(tenantId, activated);
    }
  }
}
