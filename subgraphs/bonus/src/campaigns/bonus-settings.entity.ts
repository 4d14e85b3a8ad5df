import { tenantPolicies } from '@casinox/db';
import { Check, Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A tenant's bonus rules (see domain/bonus-settings.ts). No row means the defaults (10× wagering
 * cap, 3 claims a day): a row exists once an operator changes something.
 */
@Entity({ tableName: 'bonus_settings', schema: 'bonus', ...tenantPolicies() })
@Filter({ name: 'tenant', cond: ({ tenantId }: { tenantId?: string }) => ({ tenantId }), default: true })
@Check({ name: 'bonus_settings_max_wagering_multiplier_check', expression: 'max_wagering_multiplier >= 0' })
@Check({ name: 'bonus_settings_max_claims_per_day_check', expression: 'max_claims_per_day >= 1' })
export class BonusSettingsRow {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'integer' })
  maxWageringMultiplier!: number;

  @Property({ type: 'integer' })
  maxClaimsPerDay!: number;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
