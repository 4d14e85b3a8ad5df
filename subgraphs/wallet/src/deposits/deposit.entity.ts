import { tenantPolicies } from '@casinox/db';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export const DEPOSIT_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];

/**
 * A player's payment in through the provider. The money moves only when the provider's signed
 * webhook says the payment succeeded: a DEPOSIT transfer keyed by the provider's payment id.
 */
@Entity({ tableName: 'deposit', schema: 'wallet', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Unique({ name: 'deposit_tenant_id_idempotency_key_unique', properties: ['tenantId', 'idempotencyKey'] })
@Unique({ name: 'deposit_tenant_id_provider_payment_id_unique', properties: ['tenantId', 'providerPaymentId'] })
@Index({ name: 'deposit_tenant_id_player_id_created_at_index', properties: ['tenantId', 'playerId', 'createdAt'] })
@Check({ name: 'deposit_amount_check', expression: 'amount > 0' })
export class Deposit {
  [OptionalProps]?: 'providerPaymentId' | 'checkoutUrl' | 'transferId' | 'failureReason' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  @Enum({ items: [...DEPOSIT_STATUSES], type: 'string', length: 16 })
  status!: DepositStatus;

  @Property({ type: 'string', length: 200 })
  idempotencyKey!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  providerPaymentId: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  checkoutUrl: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  transferId: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  failureReason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
