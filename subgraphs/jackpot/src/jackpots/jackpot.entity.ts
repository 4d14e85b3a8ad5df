import { tenantPolicies } from '@casinox/db';
import { Entity, Enum, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { JACKPOT_TYPES, type JackpotType } from '../domain/index.js';

export const JACKPOT_STATUSES = ['ACTIVE', 'PAUSED'] as const;
export type JackpotStatus = (typeof JACKPOT_STATUSES)[number];

/**
 * A tenant's jackpot: its validated configuration (validate-jackpot.ts) as JSON — amounts as decimal
 * strings — plus the columns the service filters on. ACTIVE jackpots take contributions; PAUSED ones
 * keep their pools but take nothing and drop nothing. Created once per operator idempotency key.
 * Written with plain SQL (jackpot.service.ts); the entity mirrors the table for the drift check.
 */
@Entity({ tableName: 'jackpot', schema: 'jackpot', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'jackpot_tenant_id_idempotency_key_unique', properties: ['tenantId', 'idempotencyKey'] })
@Index({ name: 'jackpot_tenant_id_created_at_id_index', properties: ['tenantId', 'createdAt', 'id'] })
export class Jackpot {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  @Enum({ items: [...JACKPOT_TYPES], type: 'string', length: 16 })
  type!: JackpotType;

  @Enum({ items: [...JACKPOT_STATUSES], type: 'string', length: 16 })
  status!: JackpotStatus;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  /** Only bets of players who opted in qualify. */
  @Property({ type: 'boolean' })
  optIn!: boolean;

  /** The whole validated configuration (scope, basis points, tiers …), amounts as strings. */
  @Property({ type: 'json' })
  config!: Record<string, unknown>;

  @Property({ type: 'string', length: 120 })
  idempotencyKey!: string;

  /** SHA-256 of the normalised configuration: a replayed key must mean the same jackpot. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /** The operator who last edited the configuration (updateJackpot); null until then. */
  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}
