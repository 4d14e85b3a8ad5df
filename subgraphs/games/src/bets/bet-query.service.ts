import { withTenant } from '@casinox/db';
import { cursorTime, decodeCursor, toConnection, toPage } from '@casinox/graphql';
import type pg from 'pg';
import type { BetStatus } from './bet.entity.js';
import { type BetRow, type BetView, toBetView } from './bet-row.js';
import { BIG_WIN_MULTIPLIER } from './is-big-win.js';

export interface BetFilter {
  playerId?: string | null;
  seedPairId?: string | null;
  game?: string | null;
  status?: BetStatus | null;
  asset?: string | null;
  from?: Date | null;
  to?: Date | null;
}

type Row = BetRow & { revealed_seed: string | null; at: string; sequence: string | null };

const SELECT = `select b.*, case when sp.status = 'REVEALED' then sp.server_seed end as revealed_seed, ${cursorTime('b.created_at')} as at,
  (select e.seq::text from games.bet_event e where e.bet_id = b.id and e.kind = 'bet.settled') as sequence
  from games.bet b join games.seed_pair sp on sp.id = b.seed_pair_id and sp.tenant_id = b.tenant_id`;

/** The private state of an open round (mine positions) is never selected into a view; `outcome` is its public side. */
const view = (row: Row): BetView => toBetView(row, row.revealed_seed, row.sequence);

/**
 * The read side of bets: a player's own, an operator's search over the tenant, the lobby's big
 * wins, and each game's measured RTP. Tenant-scoped read-only transactions (RLS + explicit tenant).
 * A revealed bet carries its server seed, so anyone holding it can verify the outcome.
 */
export class BetQueryService {
  constructor(private readonly pool: pg.Pool) {}

  async one(tenantId: string, betId: string, playerId?: string): Promise<BetView | null> {
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<Row>(
        `${SELECT} where b.tenant_id = $1 and b.id = $2 and ($3::uuid is null or b.player_id = $3)`,
        [tenantId, betId, playerId ?? null],
      );
      return result.rows;
    });
    return rows[0] ? view(rows[0]) : null;
  }

  async page(tenantId: string, filter: BetFilter, page: { first: number; after?: string | null }) {
    const { at, id } = page.after ? decodeCursor(page.after) : { at: null, id: null };
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<Row>(
        `${SELECT} where b.tenant_id = $1
           and ($2::uuid is null or b.player_id = $2) and ($3::text is null or b.game = $3)
           and ($4::text is null or b.status = $4) and ($5::text is null or b.asset = $5)
           and ($6::timestamptz is null or b.created_at >= $6) and ($7::timestamptz is null or b.created_at < $7)
           and ($8::timestamptz is null or (b.created_at, b.id) < ($8::timestamptz, $9::uuid))
           and ($11::uuid is null or b.seed_pair_id = $11)
         order by b.created_at desc, b.id desc limit $10`,
        [
          tenantId,
          filter.playerId ?? null,
          filter.game ?? null,
          filter.status ?? null,
          filter.asset ?? null,
          filter.from ?? null,
          filter.to ?? null,
          at,
          id,
          page.first + 1,
          filter.seedPairId ?? null,
        ],
      );
      return result.rows;
    });
    return toConnection(toPage(rows, page.first, view));
  }

  /**
   * Bets settled after `afterSequence` in the tenant's stream (optionally one player's), oldest first:
   * what a live subscriber missed while it was disconnected.
   */
  async settledAfter(tenantId: string, afterSequence: string, first: number, playerId?: string): Promise<BetView[]> {
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<Row>(
        `with missed as (
           select e.bet_id, e.seq from games.bet_event e
            where e.tenant_id = $1 and e.kind = 'bet.settled' and e.seq > $2::bigint and ($4::uuid is null or e.player_id = $4)
            order by e.seq limit $3)
         ${SELECT} join missed m on m.bet_id = b.id where b.tenant_id = $1 order by m.seq`,
        [tenantId, afterSequence, first, playerId ?? null],
      );
      return result.rows;
    });
    return rows.map(view);
  }

  /** The tenant's latest settled wins of at least 10× the stake (the lobby ticker). */
  async bigWins(tenantId: string, limit: number, betId?: string): Promise<BetView[]> {
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<Row>(
        `${SELECT} where b.tenant_id = $1 and b.status = 'SETTLED' and b.payout > 0 and b.payout >= b.stake * $2
           and ($4::uuid is null or b.id = $4)
         order by b.created_at desc, b.id desc limit $3`,
        [tenantId, BIG_WIN_MULTIPLIER.toString(), limit, betId ?? null],
      );
      return result.rows;
    });
    return rows.map(view);
  }

  /** Per game, variant and asset: settled bets, total staked and total paid (the measured RTP is paid ÷ staked). */
  async rtp(tenantId: string, range: { from?: Date | null; to?: Date | null }) {
    return withTenant(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<{
        game: string;
        variant: string;
        asset: string;
        bets: string;
        staked: string;
        paid: string;
      }>(
        `select game, variant, asset, count(*) as bets, sum(stake) as staked, sum(payout) as paid from games.bet
          where tenant_id = $1 and status = 'SETTLED'
            and ($2::timestamptz is null or created_at >= $2) and ($3::timestamptz is null or created_at < $3)
          group by game, variant, asset order by game, variant, asset`,
        [tenantId, range.from ?? null, range.to ?? null],
      );
      return rows.map((row) => ({
        game: row.game,
        variant: row.variant,
        asset: row.asset,
        bets: Number(row.bets),
        staked: BigInt(row.staked),
        paid: BigInt(row.paid),
      }));
    });
  }
}
