import { tenantPolicies } from '@casinox/db';
import { Entity, Filter, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/**
 * The transactional outbox of `bet.settled`: written by the statement that settles the bet, so the
 * event exists exactly when the settlement committed. `seq` orders the stream: the live feed's
 * NOTIFY carries it (subscribers catch up from it) and the event bus relay reads from it.
 * Append-only.
 */
@Entity({ tableName: 'bet_event', schema: 'games', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'bet_event_tenant_id_seq_index', properties: ['tenantId', 'seq'] })
@Trigger({ name: 'append_only', timing: 'before', events: ['update', 'delete'], expression: 'append_only' })
export class BetEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: bigint;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'uuid' })
  betId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
