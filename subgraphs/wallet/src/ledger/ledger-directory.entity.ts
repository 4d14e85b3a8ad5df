import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Cross-tenant directories, deliberately without row-level security and holding ids only:
 *  - LedgerTenant lists the tenants with a ledger, so the reconciliation job knows whom to check
 *    (it cannot see across tenants otherwise);
 *  - LedgerPlayer binds a player id to its tenant on first use. Player ids are global (one
 *    membership of one tenant), so a caller that names A's player under tenant B is refused
 *    instead of opening a second, foreign account for them.
 */
@Entity({ tableName: 'ledger_tenant', schema: 'wallet' })
export class LedgerTenant {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'ledger_player', schema: 'wallet' })
export class LedgerPlayer {
  @PrimaryKey({ type: 'uuid' })
  playerId!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
