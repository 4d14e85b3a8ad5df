import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ASSET_KINDS, type AssetKind, PLATFORM_TENANT } from './asset-catalogue.js';

const TENANT_SETTING = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * An asset the ledger counts in. Platform assets (USD, BTC…) belong to the nil-uuid tenant and are
 * visible to every tenant; a tenant's own game credits (`CREDITS`, scale 0) are created on first
 * use under that tenant's id and are invisible to the others. The row-level policies say exactly
 * that: read your own or the platform's, write only your own.
 */
@Entity({
  tableName: 'asset',
  schema: 'wallet',
  rowLevelSecurity: 'force',
  policies: [
    {
      name: 'asset_visibility',
      command: 'all',
      using: `tenant_id = '${PLATFORM_TENANT}'::uuid or tenant_id = ${TENANT_SETTING}`,
      check: `tenant_id = ${TENANT_SETTING}`,
    },
  ],
})
@Unique({ name: 'asset_tenant_id_code_unique', properties: ['tenantId', 'code'] })
@Check({ name: 'asset_scale_check', expression: 'scale >= 0 and scale <= 9' })
export class Asset {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The nil uuid for platform assets, else the tenant that owns this (credit) asset. */
  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'string', length: 16 })
  code!: string;

  @Enum({ items: [...ASSET_KINDS], type: 'string', length: 16 })
  kind!: AssetKind;

  /** Decimal places of one minor unit (2 for cents, 8 for satoshis, 9 for gwei). */
  @Property({ type: 'smallint' })
  scale!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
