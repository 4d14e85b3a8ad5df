import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The table rate-limiter-flexible's RateLimiterPostgres keeps its counters in (its own DDL,
 * created by our migration so the runtime role never needs CREATE). Mapped as an entity only so
 * the migration drift check knows the table belongs here; the code never loads it through the ORM.
 */
@Entity({ tableName: 'rate_limit', schema: 'identity' })
export class RateLimit {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'points' | 'expire';

  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  /** Epoch milliseconds. */
  @Property({ type: 'bigint', nullable: true })
  expire: string | null = null;
}
