import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export const SANDBOX_PAYMENT_KINDS = ['PAYMENT', 'PAYOUT'] as const;
export type SandboxPaymentKind = (typeof SANDBOX_PAYMENT_KINDS)[number];
export const SANDBOX_PAYMENT_STATUSES = ['OPEN', 'SUCCEEDED', 'FAILED'] as const;
export type SandboxPaymentStatus = (typeof SANDBOX_PAYMENT_STATUSES)[number];

/**
 * The sandbox provider's own record of a payment in or a payout. It belongs to the provider, not
 * to a tenant (a real provider's books live outside ours), so it has no row-level security; the
 * wallet only ever learns of it through signed webhooks. One record per merchant reference.
 */
@Entity({ tableName: 'sandbox_payment', schema: 'wallet' })
@Unique({ name: 'sandbox_payment_kind_merchant_reference_unique', properties: ['kind', 'merchantReference'] })
export class SandboxPayment {
  [OptionalProps]?: 'metadata' | 'returnUrl' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Enum({ items: [...SANDBOX_PAYMENT_KINDS], type: 'string', length: 16 })
  kind!: SandboxPaymentKind;

  @Property({ type: 'string', length: 200 })
  merchantReference!: string;

  @Property({ type: 'string', length: 16 })
  asset!: string;

  @Property({ type: 'bigint' })
  amount!: bigint;

  @Enum({ items: [...SANDBOX_PAYMENT_STATUSES], type: 'string', length: 16 })
  status!: SandboxPaymentStatus;

  @Property({ type: 'json' })
  metadata: Record<string, unknown> = {};

  /** Where the checkout sends the player after paying or declining (payments only; validated by the merchant). */
  @Property({ type: 'string', length: 500, nullable: true })
  returnUrl: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
