import { tenantPolicies } from '@casinox/db';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A completed deposit as the wallet reported it (`wallet.deposit-completed`): the bonus engine's
 * read model of who has deposited ("new player" = no deposit and no claim yet; RELOAD needs an
 * earlier deposit) and the deposit consumer's idempotency record (one row per deposit id,
 * inserted in the transaction that grants the deposit bonus it qualified, `grant_id`).
 */
@Entity({ tableName: 'player_deposit', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Index({ name: 'player_deposit_tenant_id_player_id_index', properties: ['tenantId', 'playerId'] })
export class PlayerDeposit {
  [OptionalProps]?: 'grantId';

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  depositId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  /** The wallet's word: the player's first completed deposit in the tenant (any asset). */
  @Property({ type: 'boolean' })
  firstDeposit!: boolean;

  @Property({ type: 'datetime' })
  completedAt!: Date;

  /** The PENDING deposit bonus this deposit granted, if any. */
  @Property({ type: 'uuid', nullable: true })
  grantId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
