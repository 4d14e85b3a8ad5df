import { randomUUID } from 'node:crypto';
import { withTenantTransaction } from '@casinox/db';
import type { BetSettledEvent } from '@casinox/events';
import type pg from 'pg';
import { calculateContribution, checkMustDrop, dropClientSeed, type Jackpot, planWinPayout } from '../domain/index.js';
import { jackpotFromRow, type JackpotRow, mustDropTier, type TierRow } from '../jackpots/jackpot.mapping.js';
import { seedTier } from '../jackpots/seed-tier.js';
import type { PoolLedger } from './pool-ledger.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The jackpot engine's side of `bet.settled` (ARCHITECTURE §4, phase 9): at-least-once and in any
 * order, so everything is keyed by the bet.
 *
 * 1. One transaction under the tenant's RLS: for each ACTIVE contributing jackpot (PROGRESSIVE,
 *    MUST_DROP) of the bet's asset the bet qualifies for (check-qualifying-bet.ts; opt-in as the
 *    player has it now), record each tier's part (calculate-contribution.ts) once — the
 *    contribution's primary key (jackpot, bet, tier) makes a redelivery add nothing — and add it to
 *    the tier's pool read model. The tier rows are locked, so a tier's contributions apply one at a
 *    time. For MUST_DROP, the bet whose part makes the pool reach the hidden drop value wins
 *    (check-must-drop.ts): the win is recorded with the seeding's revealed seed, and the tier is
 *    reseeded at once (new secret seed, new committed drop value, pool = seed; plan-win-payout.ts),
 *    so the next contribution already counts towards the next drop.
 * 2. Then, outside the transaction, the ledger catches up (pool-ledger.ts): contributions and the
 *    reseed are funded house → pool, the win is paid pool → player, each under its own key. A
 *    failure throws, the bus redelivers, step 1 is a no-op the second time and step 2 finishes.
 *
 * PROGRESSIVE tiers take contributions here but are never won yet: their wins are decided from the
 * winning bet's own fair stream (decide-progressive-win.ts), which needs seed material games does
 * not publish yet.
 */
export class BetSettledConsumer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ledger: PoolLedger,
  ) {}

  async handle(event: BetSettledEvent): Promise<void> {
    // A malformed event can never succeed: dropping it beats retrying it into the dead-letter queue.
    if (!UUID.test(event.tenantId) || !UUID.test(event.betId) || !UUID.test(event.playerId) || !/^\d+$/.test(event.stake)) {
      console.error('[jackpot] ignored a malformed bet.settled event', event.betId);
      return;
    }
    const touched = await this.record(event);
    for (const { jackpotId, tierCode } of touched) await this.ledger.drive(event.tenantId, jackpotId, tierCode);
  }

  /** Step 1; returns every tier the bet contributes to (recorded now or by an earlier delivery). */
  private record(event: BetSettledEvent): Promise<{ jackpotId: string; tierCode: string }[]> {
    const { tenantId, betId, playerId } = event;
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows: jackpots } = await client.query<JackpotRow>(
        `select id, type, config from jackpot.jackpot
          where tenant_id = $1 and status = 'ACTIVE' and type in ('PROGRESSIVE', 'MUST_DROP') and asset = $2 order by id`,
        [tenantId, event.asset],
      );
      if (jackpots.length === 0) return [];
      const { rows: optIns } = await client.query<{ jackpot_id: string }>(`select jackpot_id from jackpot.player_opt_in where tenant_id = $1 and player_id = $2 and opted_in`, [tenantId, playerId]);
      const optedIn = new Set(optIns.map((row) => row.jackpot_id));
      const touched: { jackpotId: string; tierCode: string }[] = [];
      for (const row of jackpots) {
        const jackpot = jackpotFromRow(row);
        const contribution = calculateContribution(jackpot, { gameCode: event.game, asset: event.asset, stake: BigInt(event.stake), playerOptedIn: optedIn.has(jackpot.id) });
        const parts = contribution.parts.filter((part) => part.amount > 0n);
        if (parts.length === 0) continue;
        const { rows: tiers } = await client.query<TierRow>(
          `select jackpot_id, code, position, pool, seeding, drop_commitment, drop_server_seed, drop_value from jackpot.jackpot_tier
            where tenant_id = $1 and jackpot_id = $2 order by position for update`,
          [tenantId, jackpot.id],
        );
        for (const part of parts) {
          const tier = tiers.find((candidate) => candidate.code === part.tierCode);
          if (!tier) throw new Error(`jackpot ${jackpot.id} has no tier row ${part.tierCode}`);
          touched.push({ jackpotId: jackpot.id, tierCode: tier.code });
          const poolAfter = BigInt(tier.pool) + part.amount;
          const inserted = await client.query(
            `insert into jackpot.contribution (tenant_id, jackpot_id, bet_id, tier_code, player_id, amount, pool_after, created_at)
             values ($1, $2, $3, $4, $5, $6, $7, now()) on conflict do nothing`,
            [tenantId, jackpot.id, betId, tier.code, playerId, part.amount.toString(), poolAfter.toString()],
          );
          if (inserted.rowCount === 0) continue; // counted by an earlier delivery
          await this.applyContribution(client, tenantId, jackpot, tier, part.amount, event);
        }
      }
      return touched;
    });
  }

  private async applyContribution(client: pg.PoolClient, tenantId: string, jackpot: Jackpot, tier: TierRow, amount: bigint, event: BetSettledEvent): Promise<void> {
    const config = mustDropTier(jackpot, tier.code);
    const poolBefore = BigInt(tier.pool);
    if (!config || tier.drop_value === null || tier.drop_server_seed === null) {
      await client.query(`update jackpot.jackpot_tier set pool = pool + $4, updated_at = now() where tenant_id = $1 and jackpot_id = $2 and code = $3`, [tenantId, jackpot.id, tier.code, amount.toString()]);
      tier.pool = (poolBefore + amount).toString();
      return;
    }
    const check = checkMustDrop({ poolBefore, contribution: amount, dropValue: BigInt(tier.drop_value) });
    if (!check.drops) {
      await client.query(`update jackpot.jackpot_tier set pool = $4, updated_at = now() where tenant_id = $1 and jackpot_id = $2 and code = $3`, [tenantId, jackpot.id, tier.code, check.poolAfter.toString()]);
      tier.pool = check.poolAfter.toString();
      return;
    }
    // The tier row is locked, so the pool the win finds is the pool now: nothing carries over.
    const plan = planWinPayout({ jackpotType: jackpot.type, tier: config, poolAtWin: check.poolAfter, poolNow: check.poolAfter });
    const winId = randomUUID();
    await client.query(
      `insert into jackpot.jackpot_win (id, tenant_id, jackpot_id, tier_code, bet_id, player_id, asset, amount, status, seeding, server_seed, commitment, client_seed,
          drop_value, min_drop_value, max_drop_value, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', $9, $10, $11, $12, $13, $14, $15, now())`,
      [
        winId,
        tenantId,
        jackpot.id,
        tier.code,
        event.betId,
        event.playerId,
        jackpot.asset,
        check.poolAfter.toString(),
        tier.seeding,
        tier.drop_server_seed,
        tier.drop_commitment,
        dropClientSeed(jackpot.id, tier.code, tier.seeding),
        tier.drop_value,
        config.minDropValue.toString(),
        config.maxDropValue.toString(),
      ],
    );
    const next = seedTier(jackpot.id, config, tier.seeding + 1);
    await client.query(
      `update jackpot.jackpot_tier set pool = $4, seeding = $5, drop_commitment = $6, drop_server_seed = $7, drop_value = $8, updated_at = now()
        where tenant_id = $1 and jackpot_id = $2 and code = $3`,
      [tenantId, jackpot.id, tier.code, plan.poolAfter.toString(), next.seeding, next.dropCommitment, next.dropServerSeed, next.dropValue?.toString() ?? null],
    );
    if (plan.kind === 'PAY' && plan.reseedFromHouse > 0n) {
      await client.query(`insert into jackpot.pool_funding (tenant_id, key, jackpot_id, tier_code, kind, amount, created_at) values ($1, $2, $3, $4, 'RESEED', $5, now())`, [
        tenantId,
        `reseed:${winId}`,
        jackpot.id,
        tier.code,
        plan.reseedFromHouse.toString(),
      ]);
    }
    Object.assign(tier, { pool: plan.poolAfter.toString(), seeding: next.seeding, drop_commitment: next.dropCommitment, drop_server_seed: next.dropServerSeed, drop_value: next.dropValue?.toString() ?? null });
  }
}
