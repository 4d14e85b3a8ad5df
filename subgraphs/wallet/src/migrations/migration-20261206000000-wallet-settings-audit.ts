import { Migration } from '@mikro-orm/migrations';

/**
 * Operators change a tenant's withdrawal rules through the API now, so the row records who made
 * the last change (`updated_at` already says when). Nullable: a row written before this has no
 * known author. Hand-written, column-for-column equal to the entity.
 */
export class Migration20261206000000WalletSettingsAudit extends Migration {
  override up(): void {
    this.addSql(`alter table "wallet"."wallet_settings" add column "updated_by" uuid null;`);
  }
}
