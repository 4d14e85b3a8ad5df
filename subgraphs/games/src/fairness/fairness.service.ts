import { CodedError, cursorTime, decodeCursor, toConnection, toPage } from '@casinox/graphql';
import { withTenantTransaction } from '@casinox/db';
import type pg from 'pg';
import {
  hashServerSeed,
  InvalidClientSeedError,
  newClientSeed,
  newServerSeed,
  validateClientSeed,
} from '@casinox/fairness';

/** The player's current commitment: everything but the secret server seed. */
export interface ActiveSeedPairView {
  id: string;
  serverSeedHash: string;
  clientSeed: string;
  /** The nonce the next bet will use. */
  nextNonce: number;
  createdAt: Date;
}

/** A pair that has been rotated out: its server seed is public now, so every bet it made can be verified. */
export interface RevealedSeedPairView extends ActiveSeedPairView {
  serverSeed: string;
  revealedAt: Date;
}

interface SeedPairRow {
  id: string;
  server_seed: string;
  server_seed_hash: string;
  client_seed: string;
  nonce: number;
  status: 'ACTIVE' | 'REVEALED';
  created_at: Date;
  revealed_at: Date | null;
  at?: string;
}

const active = (row: SeedPairRow): ActiveSeedPairView => ({
  id: row.id,
  serverSeedHash: row.server_seed_hash,
  clientSeed: row.client_seed,
  nextNonce: row.nonce,
  createdAt: row.created_at,
});

const revealed = (row: SeedPairRow): RevealedSeedPairView => ({
  ...active(row),
  serverSeed: row.server_seed,
  revealedAt: row.revealed_at!,
});

/**
 * Seed pairs (docs/architecture.md §5): the commitment shown before any bet, rotation that reveals the old
 * server seed and commits a new one, and the player's revealed history. Changing the client seed
 * rotates too (as the industry does): a client seed never changes under a committed server seed
 * mid-sequence, so every (server seed, client seed, nonce) triple stays unique.
 */
export class FairnessService {
  constructor(private readonly pool: pg.Pool) {}

  /** The active pair, created (committed) now if the player has none, so its hash is known before the first bet. */
  current(tenantId: string, playerId: string): Promise<ActiveSeedPairView> {
    return withTenantTransaction(this.pool, tenantId, async (client) =>
      active(await this.ensureActive(client, tenantId, playerId)),
    );
  }

  /**
   * Reveals the active pair and commits a new one with `clientSeed` (or a random default). Refused
   * while a multi-step round is open: revealing its server seed would reveal the mines.
   */
  rotate(
    tenantId: string,
    playerId: string,
    clientSeed?: string | null,
  ): Promise<{ revealed: RevealedSeedPairView; current: ActiveSeedPairView }> {
    let nextClientSeed: string;
    try {
      nextClientSeed = clientSeed == null ? newClientSeed() : validateClientSeed(clientSeed);
    } catch (error) {
      if (error instanceof InvalidClientSeedError)
        throw new CodedError('INVALID_CLIENT_SEED', error.message, { field: 'clientSeed' });
      throw error;
    }
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      const old = await this.ensureActive(client, tenantId, playerId, true);
      const open = await client.query(
        `select 1 from games.bet where tenant_id = $1 and player_id = $2 and status in ('OPEN', 'CASHING') limit 1`,
        [tenantId, playerId],
      );
      if (open.rowCount)
        throw new CodedError(
          'ROUND_OPEN',
          'Finish your open round before rotating seeds: rotation reveals the server seed it uses.',
        );
      const { rows: done } = await client.query<SeedPairRow>(
        `update games.seed_pair set status = 'REVEALED', revealed_at = now() where id = $1 returning *`,
        [old.id],
      );
      const next = await this.insertActive(client, tenantId, playerId, nextClientSeed);
      return { revealed: revealed(done[0]!), current: active(next!) };
    });
  }

  /** Revealed pairs, newest first. */
  async history(tenantId: string, playerId: string, page: { first: number; after?: string | null }) {
    const { at, id } = page.after ? decodeCursor(page.after) : { at: null, id: null };
    const rows = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const result = await client.query<SeedPairRow>(
        `select *, ${cursorTime('revealed_at')} as at from games.seed_pair
         where tenant_id = $1 and player_id = $2 and status = 'REVEALED'
           and ($3::timestamptz is null or (revealed_at, id) < ($3::timestamptz, $4::uuid))
         order by revealed_at desc, id desc limit $5`,
        [tenantId, playerId, at, id, page.first + 1],
      );
      return result.rows;
    });
    return toConnection(toPage(rows as (SeedPairRow & { at: string })[], page.first, revealed));
  }

  private async ensureActive(
    client: pg.PoolClient,
    tenantId: string,
    playerId: string,
    lock = false,
  ): Promise<SeedPairRow> {
    const select = `select * from games.seed_pair where tenant_id = $1 and player_id = $2 and status = 'ACTIVE'${lock ? ' for update' : ''}`;
    const found = await client.query<SeedPairRow>(select, [tenantId, playerId]);
    if (found.rows[0]) return found.rows[0];
    const inserted = await this.insertActive(client, tenantId, playerId, newClientSeed());
    if (inserted) return inserted;
    // A concurrent first bet created it a moment ago.
    const again = await client.query<SeedPairRow>(select, [tenantId, playerId]);
    return again.rows[0]!;
  }

  private async insertActive(
    client: pg.PoolClient,
    tenantId: string,
    playerId: string,
    clientSeed: string,
  ): Promise<SeedPairRow | undefined> {
    const seed = newServerSeed();
    const { rows } = await client.query<SeedPairRow>(
      `insert into games.seed_pair (id, tenant_id, player_id, server_seed, server_seed_hash, client_seed, nonce, status, created_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 0, 'ACTIVE', now())
       on conflict (tenant_id, player_id) where status = 'ACTIVE' do nothing returning *`,
      [tenantId, playerId, seed, hashServerSeed(seed), clientSeed],
    );
    return rows[0];
  }
}
