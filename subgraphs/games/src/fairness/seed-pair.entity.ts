import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const SEED_PAIR_STATUSES = ['ACTIVE', 'REVEALED'] as const;
export type SeedPairStatus = (typeof SEED_PAIR_STATUSES)[number];

/**
 * A player's provably fair commitment in one tenant: the secret server seed (its SHA-256 is shown
 * before any bet), the client seed and the next nonce. Exactly one ACTIVE pair per player and
 * tenant (a partial unique index); rotation reveals it and opens the next. The server seed of an
 * ACTIVE pair never leaves the service.
 */
@Entity({ tableName: 'seed_pair', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'seed_pair_tenant_id_player_id_created_at_index', properties: ['tenantId', 'playerId', 'createdAt'] })
@Index({
  name: 'seed_pair_one_active_per_player',
  expression: `create unique index "seed_pair_one_active_per_player" on "games"."seed_pair" ("tenant_id", "player_id") where status = 'ACTIVE'`,
})
@Check({ name: 'seed_pair_nonce_check', expression: 'nonce >= 0' })
export class SeedPair {
  [OptionalProps]?: 'nonce' | 'status' | 'createdAt' | 'revealedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  /** 32 random bytes, hex. Secret while ACTIVE. */
  @Property({ type: 'string', length: 64 })
  serverSeed!: string;

  @Property({ type: 'string', length: 64 })
  serverSeedHash!: string;

  @Property({ type: 'string', length: 64 })
  clientSeed!: string;

  /** The nonce the next bet will use (so the number of bets placed with this pair). */
  @Property({ type: 'integer' })
  nonce: number = 0;

  @Enum({ items: [...SEED_PAIR_STATUSES], type: 'string', length: 16 })
  status: SeedPairStatus = 'ACTIVE';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revealedAt: Date | null = null;
}
