import { randomUUID } from 'node:crypto';
import { withTenantTransaction } from '@casinox/db';
import type { BetContribution, BetSettledEvent, JackpotRound } from '@casinox/events';
import type pg from 'pg';
import {
  checkMustDrop,
  checkQualifyingBet,
  decideProgressiveTiers,
  dropClientSeed,
  type Jackpot,
  planWinPayout,
  type ProgressiveDecision,
  progressiveRound,
} from '../domain/index.js';
import {
  jackpotFromRow,
  type JackpotRow,
  mustDropTier,
  poolHolder,
  type TierRow,
} from '../jackpots/jackpot.mapping.js';
import { seedTier } from '../jackpots/seed-tier.js';
import type { PoolLedger } from './pool-ledger.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AMOUNT = /^[1-9]\d{0,18}$/;

type StoredJackpot = { jackpot: Jackpot; status: JackpotRow['status'] };
type TierKey = { jackpotId: string; tierCode: string };

/**
 * The jackpot engine's side of `bet.settled` (docs/architecture.md §4, phase 9): at-least-once and in any
 * order, so everything is keyed by the bet. Games moved the bet's contributions from the stake into
 * the pools inside the bet's own wallet transfer (phase 7) and lists them in the event; this
 * consumer only records what the ledger already holds.
 *
 * One transaction under the tenant's RLS:
 * 1. Contributions: each `event.contributions` item becomes a contribution row, funded already
 *    (funded_at = now), once — the primary key (jackpot, bet, tier) makes a redelivery add nothing —
 *    and is added to the tier's pool read model. The event's amounts are the truth even when the
 *    jackpot is paused by now: the money is in the pool. The tier rows are locked, so a tier's
 *    contributions apply one at a time. MUST_DROP: while the jackpot is ACTIVE, the bet whose part
 *    makes the pool reach the hidden drop value wins (check-must-drop.ts): the win is recorded with
 *    the seeding's revealed seed and the tier reseeded at once (new secret seed, new committed drop
 *    value, pool = seed; plan-win-payout.ts). A paused jackpot drops nothing: the next contribution
 *    after it resumes finds the pool at or past the value and wins.
 * 2. Progressive hits: for each `event.jackpotRounds` item, the tiers are decided from the block
 *    games computed from the bet's fair stream (decide-progressive-win.ts). A hit records a win of
 *    the pool at that moment (this bet's own contribution included) with the round, byte offset,
 *    word and odds, and reseeds the tier from the house. One win per bet and tier (a unique key), so
 *    a redelivery records nothing. Honoured even when the jackpot is paused by now: games decided
 *    the bet qualified when it settled, and a hit cannot be deferred like a drop.
 * 3. Draw entries: the bet enters the open draw of each tier of every ACTIVE FIXED or SPONSORED
 *    jackpot it qualifies for (check-qualifying-bet.ts, opt-ins as they are now), once per bet and
 *    tier ever. The draw row is share-locked, so a closing draw never misses an entry it counted.
 * Then, outside the transaction, the ledger pays each win recorded (pool → player, keyed by the win)
 * and moves its reseed (house → pool); a failure throws, the bus redelivers, step 1–3 add nothing
 * and the payment finishes (the bet's PENDING wins are driven again).
 */
export class BetSettledConsumer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ledger: PoolLedger,
  ) {}

  async handle(event: BetSettledEvent): Promise<void> {
    // A malformed event can never succeed: dropping it beats retrying it into the dead-letter queue.
    if (
      !UUID.test(event.tenantId) ||
      !UUID.test(event.betId) ||
      !UUID.test(event.playerId) ||
      !/^\d+$/.test(event.stake)
    ) {
      console.error('[jackpot] ignored a malformed bet.settled event', event.betId);
      return;
    }
    const toDrive = await this.record(event);
    for (const { jackpotId, tierCode } of toDrive) await this.ledger.drive(event.tenantId, jackpotId, tierCode);
  }

  /** Steps 1–3; returns the tiers with a win of this bet the ledger has not paid yet. */
  private record(event: BetSettledEvent): Promise<TierKey[]> {
    const { tenantId, betId } = event;
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      const jackpots = new Map<string, StoredJackpot | null>();
      const load = async (jackpotId: string): Promise<StoredJackpot | null> => {
        if (!jackpots.has(jackpotId)) {
          const { rows } = UUID.test(jackpotId)
            ? await client.query<JackpotRow>(
                `select id, type, status, config from jackpot.jackpot where tenant_id = $1 and id = $2`,
                [tenantId, jackpotId],
              )
            : { rows: [] };
          jackpots.set(jackpotId, rows[0] ? { jackpot: jackpotFromRow(rows[0]), status: rows[0].status } : null);
        }
        return jackpots.get(jackpotId)!;
      };
      const tiersByJackpot = new Map<string, TierRow[]>();
      const lockTiers = async (jackpotId: string): Promise<TierRow[]> => {
        if (!tiersByJackpot.has(jackpotId)) {
          const { rows } = await client.query<TierRow>(
            `select jackpot_id, code, position, pool, seeding, drop_commitment, drop_server_seed, drop_value, drop_min_value, drop_max_value from jackpot.jackpot_tier
              where tenant_id = $1 and jackpot_id = $2 order by position for update`,
            [tenantId, jackpotId],
          );
          tiersByJackpot.set(jackpotId, rows);
        }
        return tiersByJackpot.get(jackpotId)!;
      };

      // Jackpots in id order, so two bets lock the same tiers in the same order.
      const contributions = groupBy(event.contributions ?? [], (item) => item.jackpotId);
      for (const [jackpotId, items] of contributions) {
        const stored = await load(jackpotId);
        if (!stored) {
          console.error(
            `[jackpot] bet ${betId} names unknown jackpot ${jackpotId}: its contribution stays in the ledger pool unrecorded`,
          );
          continue;
        }
        const tiers = await lockTiers(jackpotId);
        for (const item of items) await this.recordContribution(client, event, stored, tiers, item);
      }

      for (const [jackpotId, rounds] of groupBy(event.jackpotRounds ?? [], (round) => round.jackpotId)) {
        const stored = await load(jackpotId);
        const decision = stored && decide(stored.jackpot, rounds[0]!, betId);
        if (!stored || !decision || decision.won.length === 0) continue;
        const tiers = await lockTiers(jackpotId);
        for (const code of decision.won) await this.recordHit(client, event, stored.jackpot, tiers, decision, code);
      }

      await this.enterDraws(client, event);

      const { rows: pending } = await client.query<{ jackpot_id: string; tier_code: string }>(
        `select distinct jackpot_id, tier_code from jackpot.jackpot_win where tenant_id = $1 and bet_id = $2 and status = 'PENDING' order by jackpot_id, tier_code`,
        [tenantId, betId],
      );
      return pending.map((row) => ({ jackpotId: row.jackpot_id, tierCode: row.tier_code }));
    });
  }

  private async recordContribution(
    client: pg.PoolClient,
    event: BetSettledEvent,
    stored: StoredJackpot,
    tiers: TierRow[],
    item: BetContribution,
  ): Promise<void> {
    const { tenantId, betId, playerId } = event;
    const { jackpot } = stored;
    const tier = tiers.find((candidate) => candidate.code === item.tierCode);
    if (!tier || !AMOUNT.test(item.amount) || item.pool !== poolHolder(jackpot.id, item.tierCode)) {
      console.error(
        `[jackpot] bet ${betId}: ignored a malformed contribution to ${item.jackpotId}:${item.tierCode}`,
        item,
      );
      return;
    }
    const amount = BigInt(item.amount);
    const poolAfter = BigInt(tier.pool) + amount;
    const inserted = await client.query(
      `insert into jackpot.contribution (tenant_id, jackpot_id, bet_id, tier_code, player_id, amount, pool_after, created_at, funded_at)
       values ($1, $2, $3, $4, $5, $6, $7, now(), now()) on conflict do nothing`,
      [tenantId, jackpot.id, betId, tier.code, playerId, amount.toString(), poolAfter.toString()],
    );
    if (inserted.rowCount === 0) return; // counted by an earlier delivery
    await this.applyContribution(client, tenantId, stored, tier, amount, event);
  }

  private async applyContribution(
    client: pg.PoolClient,
    tenantId: string,
    stored: StoredJackpot,
    tier: TierRow,
    amount: bigint,
    event: BetSettledEvent,
  ): Promise<void> {
    const { jackpot } = stored;
    const config = mustDropTier(jackpot, tier.code);
    const poolBefore = BigInt(tier.pool);
    const check =
      config && stored.status === 'ACTIVE' && tier.drop_value !== null && tier.drop_server_seed !== null
        ? checkMustDrop({ poolBefore, contribution: amount, dropValue: BigInt(tier.drop_value) })
        : null;
    if (!config || !check?.drops) {
      await client.query(
        `update jackpot.jackpot_tier set pool = pool + $4, updated_at = now() where tenant_id = $1 and jackpot_id = $2 and code = $3`,
        [tenantId, jackpot.id, tier.code, amount.toString()],
      );
      tier.pool = (poolBefore + amount).toString();
      return;
    }
    // The tier row is locked, so the pool the win finds is the pool now: nothing carries over.
    const plan = planWinPayout({
      jackpotType: jackpot.type,
      tier: config,
      poolAtWin: check.poolAfter,
      poolNow: check.poolAfter,
    });
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
        // The range this seeding's drop value was drawn in (an edit since applies from the next seeding).
        tier.drop_min_value ?? config.minDropValue.toString(),
        tier.drop_max_value ?? config.maxDropValue.toString(),
      ],
    );
    const next = seedTier(jackpot.id, config, tier.seeding + 1);
    await client.query(
      `update jackpot.jackpot_tier set pool = $4, seeding = $5, drop_commitment = $6, drop_server_seed = $7, drop_value = $8, drop_min_value = $9, drop_max_value = $10, updated_at = now()
        where tenant_id = $1 and jackpot_id = $2 and code = $3`,
      [
        tenantId,
        jackpot.id,
        tier.code,
        plan.poolAfter.toString(),
        next.seeding,
        next.dropCommitment,
        next.dropServerSeed,
        next.dropValue?.toString() ?? null,
        next.dropMinValue?.toString() ?? null,
        next.dropMaxValue?.toString() ?? null,
      ],
    );
    if (plan.kind === 'PAY' && plan.reseedFromHouse > 0n)
      await recordReseed(client, tenantId, jackpot.id, tier.code, winId, plan.reseedFromHouse);
    Object.assign(tier, {
      pool: plan.poolAfter.toString(),
      seeding: next.seeding,
      drop_commitment: next.dropCommitment,
      drop_server_seed: next.dropServerSeed,
      drop_value: next.dropValue?.toString() ?? null,
      drop_min_value: next.dropMinValue?.toString() ?? null,
      drop_max_value: next.dropMaxValue?.toString() ?? null,
    });
  }

  private async recordHit(
    client: pg.PoolClient,
    event: BetSettledEvent,
    jackpot: Jackpot,
    tiers: TierRow[],
    decision: ProgressiveDecision,
    code: string,
  ): Promise<void> {
    const tier = tiers.find((candidate) => candidate.code === code);
    const config = jackpot.tiers.find((candidate) => candidate.code === code);
    const word = decision.tiers.find((candidate) => candidate.tierCode === code)!;
    if (!tier || !config) throw new Error(`jackpot ${jackpot.id} has no tier row ${code}`);
    const poolAtWin = BigInt(tier.pool);
    // An empty pool pays nothing (a tier seeded at 0 hit before any contribution): no win to record.
    const plan = planWinPayout({ jackpotType: jackpot.type, tier: config, poolAtWin, poolNow: poolAtWin });
    if (plan.kind === 'NOTHING_TO_PAY') return;
    const winId = randomUUID();
    const inserted = await client.query(
      `insert into jackpot.jackpot_win (id, tenant_id, jackpot_id, tier_code, bet_id, player_id, asset, amount, status, seeding, round, byte_offset, word, hit_one_in, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', $9, $10, $11, $12, $13, now()) on conflict do nothing`,
      [
        winId,
        event.tenantId,
        jackpot.id,
        code,
        event.betId,
        event.playerId,
        jackpot.asset,
        poolAtWin.toString(),
        tier.seeding,
        decision.round,
        word.byteOffset,
        word.word,
        word.hitOneIn,
      ],
    );
    if (inserted.rowCount === 0) return; // recorded by an earlier delivery
    await client.query(
      `update jackpot.jackpot_tier set pool = $4, seeding = seeding + 1, updated_at = now() where tenant_id = $1 and jackpot_id = $2 and code = $3`,
      [event.tenantId, jackpot.id, code, plan.poolAfter.toString()],
    );
    if (plan.reseedFromHouse > 0n)
      await recordReseed(client, event.tenantId, jackpot.id, code, winId, plan.reseedFromHouse);
    Object.assign(tier, { pool: plan.poolAfter.toString(), seeding: tier.seeding + 1 });
  }

  private async enterDraws(client: pg.PoolClient, event: BetSettledEvent): Promise<void> {
    const stake = BigInt(event.stake);
    if (stake <= 0n) return; // a zero stake holds no ticket
    const { tenantId, betId, playerId } = event;
    const { rows } = await client.query<JackpotRow>(
      `select id, type, status, config from jackpot.jackpot where tenant_id = $1 and status = 'ACTIVE' and type in ('FIXED', 'SPONSORED') and asset = $2 order by id`,
      [tenantId, event.asset],
    );
    if (rows.length === 0) return;
    const { rows: optIns } = await client.query<{ jackpot_id: string }>(
      `select jackpot_id from jackpot.player_opt_in where tenant_id = $1 and player_id = $2 and opted_in`,
      [tenantId, playerId],
    );
    const optedIn = new Set(optIns.map((row) => row.jackpot_id));
    for (const row of rows) {
      const jackpot = jackpotFromRow(row);
      const check = checkQualifyingBet(jackpot, {
        gameCode: event.game,
        asset: event.asset,
        stake,
        playerOptedIn: optedIn.has(jackpot.id),
      });
      if (!check.qualifies) continue;
      const { rows: draws } = await client.query<{ id: string; tier_code: string }>(
        `select id, tier_code from jackpot.jackpot_draw where tenant_id = $1 and jackpot_id = $2 and status = 'OPEN' order by tier_code for share`,
        [tenantId, jackpot.id],
      );
      for (const draw of draws) {
        await client.query(
          `insert into jackpot.draw_entry (tenant_id, draw_id, bet_id, jackpot_id, tier_code, player_id, stake, created_at) values ($1, $2, $3, $4, $5, $6, $7, now()) on conflict do nothing`,
          [tenantId, draw.id, betId, jackpot.id, draw.tier_code, playerId, stake.toString()],
        );
      }
    }
  }
}

/** The progressive decision of a round, or null (logged) when the round does not belong to the jackpot. */
function decide(jackpot: Jackpot, round: JackpotRound, betId: string): ProgressiveDecision | null {
  if (jackpot.type !== 'PROGRESSIVE' || round.round !== progressiveRound(jackpot.fairnessSlot)) {
    console.error(
      `[jackpot] bet ${betId}: ignored round ${round.round} for jackpot ${jackpot.id} (not its progressive round)`,
    );
    return null;
  }
  try {
    // The odds in force when the bet was placed (games sends them with the round); the current ones for older events.
    const odds = new Map((round.odds ?? []).map((tier) => [tier.code, tier.hitOneIn]));
    return decideProgressiveTiers(
      { ...jackpot, tiers: jackpot.tiers.map((tier) => ({ ...tier, hitOneIn: odds.get(tier.code) ?? tier.hitOneIn })) },
      round.block,
    );
  } catch (error) {
    console.error(
      `[jackpot] bet ${betId}: ignored a malformed round block for jackpot ${jackpot.id}`,
      error instanceof Error ? error.message : error,
    );
    return null;
  }
}

async function recordReseed(
  client: pg.PoolClient,
  tenantId: string,
  jackpotId: string,
  tierCode: string,
  winId: string,
  amount: bigint,
): Promise<void> {
  await client.query(
    `insert into jackpot.pool_funding (tenant_id, key, jackpot_id, tier_code, kind, amount, created_at) values ($1, $2, $3, $4, 'RESEED', $5, now())`,
    [tenantId, `reseed:${winId}`, jackpotId, tierCode, amount.toString()],
  );
}

/** Items grouped by key, the keys in ascending order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
