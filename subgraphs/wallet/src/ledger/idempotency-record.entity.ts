import { tenantPolicies } from '@casinox/db';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Stripe-style idempotency: the first request with a key claims it (the primary key makes
 * concurrent duplicates wait and then see the winner), commits in the same transaction as its
 * entries and balance change, and stores its response for replays. `requestHash` is the SHA-256
 * of the canonical request, so the same key with another payload is refused, not replayed.
 */
@Entity({ tableName: 'idempotency_record', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
export class IdempotencyRecord {
  [OptionalProps]?: 'result' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'string', length: 32 })
  operation!: string;

  @Property({ type: 'json', nullable: true })
  result: Record<string, unknown> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
