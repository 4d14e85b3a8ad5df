import { randomUUID } from 'node:crypto';
import { withTenant, withTenantTransaction } from '@casinox/db';
import { CodedError, cursorTime, decodeCursor, isUuid, type Page, toPage } from '@casinox/graphql';
import { hashServerSeed, newServerSeed } from '@casinox/fairness';
import { WalletRefusal, WalletUnavailable } from '@casinox/wallet-client';
import type pg from 'pg';
import type { PoolLedger } from '../contributions/pool-ledger.js';
import {
  closeDrawPeriod,
  type DrawPeriod,
  DRAWN_TYPES,
  drawWinner,
  type Jackpot,
  planWinPayout,
  scheduleDrawPeriod,
} from '../domain/index.js';
import { jackpotFromRow, type JackpotRow } from '../jackpots/jackpot.mapping.js';
import type { DrawStatus } from './jackpot-draw.entity.js';

/** A draw as the graph may show it: the server seed only once the draw is closed. */
export interface DrawView {
  id: string;
  jackpotId: string;
  tierCode: string;
  status: DrawStatus;
  commitment: string;
  serverSeed: string | null;
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
  entries: number;
  totalTickets: bigint | null;
  entriesDigest: string | null;
  ticket: bigint | null;
  winnerBetId: string | null;
  winnerPlayerId: string | null;
  winId: string | null;
  prize: bigint | null;
}

export interface DrawEntryView {
  betId: string;
  playerId: string;
  stake: bigint;
}

interface DrawRow {
  id: string;
  jackpot_id: string;
  tier_code: string;
  status: DrawStatus;
  server_seed: string;
  commitment: string;
  opened_at: Date;
  closes_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
  entry_count: number | null;
  total_tickets: string | null;
  entries_digest: string | null;
  ticket: string | null;
  winner_bet_id: string | null;
  winner_player_id: string | null;
  win_id: string | null;
  prize: string | null;
  live_entries?: string;
}

const big = (value: string | null) => (value === null ? null : BigInt(value));

function toView(row: DrawRow): DrawView {
  const open = row.status === 'OPEN';
  return {
    id: row.id,
    jackpotId: row.jackpot_id,
    tierCode: row.tier_code,
    status: row.status,
    commitment: row.commitment,
    // The seed is the draw's secret until it is closed; after, it is the proof.
    serverSeed: open ? null : row.server_seed,
    openedAt: row.opened_at,
    closesAt: row.closes_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    entries: open ? Number(row.live_entries ?? 0) : (row.entry_count ?? 0),
    totalTickets: big(row.total_tickets),
    entriesDigest: row.entries_digest,
    ticket: big(row.ticket),
    winnerBetId: row.winner_bet_id,
    winnerPlayerId: row.winner_player_id,
    winId: row.win_id,
    prize: big(row.prize),
  };
}

const DRAW_COLUMNS = `d.id, d.jackpot_id, d.tier_code, d.status, d.server_seed, d.commitment, d.opened_at, d.closes_at, d.closed_at, d.closed_by, d.entry_count,
  d.total_tickets, d.entries_digest, d.ticket, d.winner_bet_id, d.winner_player_id, d.win_id, d.prize,
  case when d.status = 'OPEN' then (select count(*) from jackpot.draw_entry e where e.tenant_id = d.tenant_id and e.draw_id = d.id) end as live_entries`;

// A sponsored jackpot stored before it had a schedule closes at midnight UTC.
const resetMinuteOf = (jackpot: Jackpot): number =>
  jackpot.type === 'FIXED' || jackpot.type === 'SPONSORED' ? (jackpot.resetMinuteUtc ?? 0) : 0;

/**
 * Opens a draw period of one tier inside the caller's transaction: a fresh CSPRNG server seed,
 * kept secret, and its commitment, public at once — before any entry can exist — plus the task
 * that closes it when the period ends.
 */
export async function openDrawPeriod(
  client: pg.PoolClient,
  tenantId: string,
  jackpotId: string,
  tierCode: string,
  period: DrawPeriod,
): Promise<string> {
  const id = randomUUID();
  const serverSeed = newServerSeed();
  await client.query(
    `insert into jackpot.jackpot_draw (id, tenant_id, jackpot_id, tier_code, status, server_seed, commitment, opened_at, closes_at, created_at)
     values ($1, $2, $3, $4, 'OPEN', $5, $6, $7, $8, now())`,
    [id, tenantId, jackpotId, tierCode, serverSeed, hashServerSeed(serverSeed), period.opensAt, period.closesAt],
  );
  await client.query(
    `insert into jackpot.draw_task (draw_id, kind, tenant_id, jackpot_id, tier_code, due_at) values ($1, 'CLOSE', $2, $3, $4, $5)`,
    [id, tenantId, jackpotId, tierCode, period.closesAt],
  );
  return id;
}

/** The first period of every tier of a new FIXED or SPONSORED jackpot (create's transaction). */
export async function openFirstDraws(
  client: pg.PoolClient,
  tenantId: string,
  jackpot: Jackpot,
  now: Date,
): Promise<void> {
  if (!DRAWN_TYPES.includes(jackpot.type)) return;
  const period = scheduleDrawPeriod({ opensAt: now, resetMinuteUtc: resetMinuteOf(jackpot) });
  for (const tier of jackpot.tiers) await openDrawPeriod(client, tenantId, jackpot.id, tier.code, period);
}

/**
 * The scheduled draws of FIXED and SPONSORED jackpots (draw-winner.ts, schedule-draw-period.ts).
 * Closing a draw is one transaction under the tenant's RLS: lock the OPEN draw, draw the winner
 * among its entries with the committed seed (client seed = the draw id), record the win of the
 * tier's pool (FIXED: the prize; SPONSORED: what the operator funded) with the draw's proof, top a
 * FIXED prize up from the house (plan-win-payout.ts), reveal the seed, and open the next period.
 * A draw without tickets rolls over (recorded, no winner; the prize stays). The ledger then pays the
 * win (pool → player, keyed by the win id: exactly once) and moves the top-up; until the wallet
 * confirmed, a DRIVE task keeps the schedule retrying.
 */
export class DrawService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ledger: PoolLedger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One run of the schedule: the tasks due now, at most `limit` of them, across tenants. */
  async runDue(signal?: AbortSignal, limit = 100): Promise<number> {
    const { rows } = await this.pool.query<{
      draw_id: string;
      kind: 'CLOSE' | 'DRIVE';
      tenant_id: string;
      jackpot_id: string;
      tier_code: string;
    }>(
      `select draw_id, kind, tenant_id, jackpot_id, tier_code from jackpot.draw_task where due_at <= $1 order by due_at limit $2`,
      [this.now(), limit],
    );
    for (const task of rows) {
      if (signal?.aborted) break;
      try {
        if (task.kind === 'CLOSE') await this.close(task.tenant_id, task.draw_id, false);
        else await this.drive(task.tenant_id, task.draw_id, task.jackpot_id, task.tier_code);
      } catch (error) {
        console.error(`[jackpot] draw ${task.draw_id} (${task.kind}) failed`, error);
      }
    }
    return rows.length;
  }

  /** An operator closes the current period of a jackpot's tiers (or one tier) at once. */
  async drawNow(tenantId: string, jackpotId: string, tierCode: string | null): Promise<DrawView[]> {
    const jackpot = isUuid(jackpotId) ? await this.jackpot(tenantId, jackpotId) : null;
    if (!jackpot) throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    if (!DRAWN_TYPES.includes(jackpot.type))
      throw new CodedError('NOT_DRAWN', 'Only fixed and sponsored jackpots are won in draws.');
    if (tierCode != null && !jackpot.tiers.some((tier) => tier.code === tierCode)) {
      throw new CodedError('BAD_USER_INPUT', 'This jackpot has no such tier.', {
        fields: [{ field: 'tierCode', problems: ['is not a tier of this jackpot'] }],
      });
    }
    const open = await withTenant(
      this.pool,
      tenantId,
      async (client) =>
        (
          await client.query<{ id: string }>(
            `select id from jackpot.jackpot_draw where tenant_id = $1 and jackpot_id = $2 and status = 'OPEN' and ($3::text is null or tier_code = $3) order by tier_code`,
            [tenantId, jackpotId, tierCode],
          )
        ).rows,
    );
    const closed: DrawView[] = [];
    for (const { id } of open) {
      const view = await this.close(tenantId, id, true);
      if (view) closed.push(view);
    }
    return closed;
  }

  /** The OPEN draw of each tier of these jackpots (the commitment of the period running now). */
  async openDraws(tenantId: string, jackpotIds: string[]): Promise<DrawView[]> {
    if (jackpotIds.length === 0) return [];
    return withTenant(this.pool, tenantId, async (client) =>
      (
        await client.query<DrawRow>(
          `select ${DRAW_COLUMNS} from jackpot.jackpot_draw d where d.tenant_id = $1 and d.jackpot_id = any($2::uuid[]) and d.status = 'OPEN'`,
          [tenantId, jackpotIds.filter(isUuid)],
        )
      ).rows.map(toView),
    );
  }

  /** A jackpot's draws, newest period first. */
  async history(
    tenantId: string,
    options: { jackpotId: string | null; drawId?: string | null; first: number; after: string | null },
  ): Promise<Page<DrawView>> {
    if (
      (options.jackpotId != null && !isUuid(options.jackpotId)) ||
      (options.drawId != null && !isUuid(options.drawId))
    )
      return { items: [], hasNextPage: false, endCursor: null };
    const after = options.after ? decodeCursor(options.after) : null;
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const values: unknown[] = [tenantId, options.first + 1];
      let where = 'd.tenant_id = $1';
      if (options.jackpotId) {
        values.push(options.jackpotId);
        where += ` and d.jackpot_id = $${values.length}`;
      }
      if (options.drawId) {
        values.push(options.drawId);
        where += ` and d.id = $${values.length}`;
      }
      if (after) {
        values.push(after.at, after.id);
        where += ` and (d.opened_at, d.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`;
      }
      return (
        await client.query<DrawRow & { at: string }>(
          `select ${DRAW_COLUMNS}, ${cursorTime('d.opened_at')} as at from jackpot.jackpot_draw d where ${where} order by d.opened_at desc, d.id desc limit $2`,
          values,
        )
      ).rows;
    });
    return toPage(rows, options.first, toView);
  }

  /** A closed draw's entries in canonical order (what verify-draw.ts needs); null while it is open. */
  async entries(tenantId: string, drawId: string): Promise<DrawEntryView[] | null> {
    if (!isUuid(drawId)) return null;
    return withTenant(this.pool, tenantId, async (client) => {
      const draw = await client.query<{ status: DrawStatus }>(
        `select status from jackpot.jackpot_draw where tenant_id = $1 and id = $2`,
        [tenantId, drawId],
      );
      if (!draw.rows[0] || draw.rows[0].status === 'OPEN') return null;
      const { rows } = await client.query<{ bet_id: string; player_id: string; stake: string }>(
        `select bet_id, player_id, stake from jackpot.draw_entry where tenant_id = $1 and draw_id = $2`,
        [tenantId, drawId],
      );
      return rows
        .map((row) => ({ betId: row.bet_id, playerId: row.player_id, stake: BigInt(row.stake) }))
        .sort((a, b) => (a.betId < b.betId ? -1 : a.betId > b.betId ? 1 : 0));
    });
  }

  /** Closes one OPEN draw (when its period is over, or at once when `manual`); null when there is nothing to close. */
  private async close(tenantId: string, drawId: string, manual: boolean): Promise<DrawView | null> {
    const closed = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<DrawRow & { config: Record<string, unknown> }>(
        `select d.*, j.config from jackpot.jackpot_draw d join jackpot.jackpot j on j.tenant_id = d.tenant_id and j.id = d.jackpot_id
          where d.tenant_id = $1 and d.id = $2 for update of d`,
        [tenantId, drawId],
      );
      const draw = rows[0];
      if (!draw || draw.status !== 'OPEN') {
        await client.query(`delete from jackpot.draw_task where draw_id = $1 and kind = 'CLOSE'`, [drawId]);
        return null;
      }
      const jackpot = jackpotFromRow({ id: draw.jackpot_id, config: draw.config });
      const now = this.now();
      // The period closes when it said it would, even if the reset minute was edited since (updateJackpot).
      const period = closeDrawPeriod({
        openedAt: draw.opened_at,
        closesAt: draw.closes_at,
        now,
        resetMinuteUtc: resetMinuteOf(jackpot),
        manual,
      });
      if (!period.closes) {
        // Due early (a clock moved): come back when the period really ends.
        await client.query(`update jackpot.draw_task set due_at = $2 where draw_id = $1 and kind = 'CLOSE'`, [
          drawId,
          period.closesAt,
        ]);
        return null;
      }
      const { rows: entryRows } = await client.query<{ bet_id: string; player_id: string; stake: string }>(
        `select bet_id, player_id, stake from jackpot.draw_entry where tenant_id = $1 and draw_id = $2`,
        [tenantId, drawId],
      );
      const result = drawWinner({
        serverSeed: draw.server_seed,
        commitment: draw.commitment,
        clientSeed: draw.id,
        entries: entryRows.map((row) => ({ betId: row.bet_id, stake: BigInt(row.stake) })),
      });
      let winId: string | null = null;
      let prize: bigint | null = null;
      let winner: { betId: string; playerId: string } | null = null;
      if (result.kind === 'WINNER') {
        winner = {
          betId: result.winner.betId,
          playerId: entryRows.find((row) => row.bet_id === result.winner.betId)!.player_id,
        };
        const { rows: tiers } = await client.query<{ pool: string; seeding: number }>(
          `select pool, seeding from jackpot.jackpot_tier where tenant_id = $1 and jackpot_id = $2 and code = $3 for update`,
          [tenantId, jackpot.id, draw.tier_code],
        );
        const tier = tiers[0];
        const config = jackpot.tiers.find((candidate) => candidate.code === draw.tier_code);
        if (!tier || !config) throw new Error(`jackpot ${jackpot.id} has no tier ${draw.tier_code}`);
        prize = BigInt(tier.pool);
        const plan = planWinPayout({ jackpotType: jackpot.type, tier: config, poolAtWin: prize, poolNow: prize });
        if (plan.kind === 'PAY') {
          winId = randomUUID();
          await client.query(
            `insert into jackpot.jackpot_win (id, tenant_id, jackpot_id, tier_code, bet_id, player_id, asset, amount, status, seeding, server_seed, commitment, client_seed,
                draw_id, ticket, total_tickets, entries_digest, created_at)
             values ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', $9, $10, $11, $12, $13, $14, $15, $16, now())`,
            [
              winId,
              tenantId,
              jackpot.id,
              draw.tier_code,
              winner.betId,
              winner.playerId,
              jackpot.asset,
              prize.toString(),
              tier.seeding,
              draw.server_seed,
              draw.commitment,
              draw.id,
              draw.id,
              result.ticket.toString(),
              result.totalTickets.toString(),
              result.entriesDigest,
            ],
          );
          await client.query(
            `update jackpot.jackpot_tier set pool = $4, seeding = seeding + 1, updated_at = now() where tenant_id = $1 and jackpot_id = $2 and code = $3`,
            [tenantId, jackpot.id, draw.tier_code, plan.poolAfter.toString()],
          );
          if (plan.reseedFromHouse > 0n) {
            await client.query(
              `insert into jackpot.pool_funding (tenant_id, key, jackpot_id, tier_code, kind, amount, created_at) values ($1, $2, $3, $4, 'RESEED', $5, now())`,
              [tenantId, `reseed:${winId}`, jackpot.id, draw.tier_code, plan.reseedFromHouse.toString()],
            );
          }
          await client.query(
            `insert into jackpot.draw_task (draw_id, kind, tenant_id, jackpot_id, tier_code, due_at) values ($1, 'DRIVE', $2, $3, $4, $5)`,
            [drawId, tenantId, jackpot.id, draw.tier_code, now],
          );
        }
      }
      const { rows: updated } = await client.query<DrawRow>(
        `update jackpot.jackpot_draw set status = $3, closed_at = $4, closed_by = $5, entry_count = $6, total_tickets = $7, entries_digest = $8, ticket = $9,
            winner_bet_id = $10, winner_player_id = $11, win_id = $12, prize = $13
          where tenant_id = $1 and id = $2 returning *`,
        [
          tenantId,
          drawId,
          result.kind === 'WINNER' ? 'DRAWN' : 'ROLLED_OVER',
          now,
          manual ? 'OPERATOR' : 'SCHEDULE',
          result.entryCount,
          result.kind === 'WINNER' ? result.totalTickets.toString() : '0',
          result.entriesDigest,
          result.kind === 'WINNER' ? result.ticket.toString() : null,
          winner?.betId ?? null,
          winner?.playerId ?? null,
          winId,
          prize?.toString() ?? null,
        ],
      );
      await client.query(`delete from jackpot.draw_task where draw_id = $1 and kind = 'CLOSE'`, [drawId]);
      await openDrawPeriod(client, tenantId, jackpot.id, draw.tier_code, period.next);
      return { view: toView(updated[0]!), drive: winId !== null, jackpotId: jackpot.id, tierCode: draw.tier_code };
    });
    if (!closed) return null;
    if (closed.drive) {
      try {
        await this.drive(tenantId, drawId, closed.jackpotId, closed.tierCode);
      } catch (error) {
        // Recorded and scheduled: the DRIVE task pays it once the wallet answers.
        if (!(error instanceof WalletUnavailable || error instanceof WalletRefusal)) throw error;
        console.error(`[jackpot] draw ${drawId}: the wallet did not confirm the payout yet`, error.message);
      }
    }
    return closed.view;
  }

  private async drive(tenantId: string, drawId: string, jackpotId: string, tierCode: string): Promise<void> {
    await this.ledger.drive(tenantId, jackpotId, tierCode);
    await this.pool.query(`delete from jackpot.draw_task where draw_id = $1 and kind = 'DRIVE'`, [drawId]);
  }

  private async jackpot(tenantId: string, jackpotId: string): Promise<Jackpot | null> {
    return withTenant(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<Pick<JackpotRow, 'id' | 'config'>>(
        `select id, config from jackpot.jackpot where tenant_id = $1 and id = $2`,
        [tenantId, jackpotId],
      );
      return rows[0] ? jackpotFromRow(rows[0]) : null;
    });
  }
}
