import { tenantCurrencyDdl } from '@casinox/events';
import { Migration } from '@mikro-orm/migrations';

/** The read model of each tenant's currency list (TenantCurrency), filled from `tenant.currencies`. */
export class Migration20261226000000TenantCurrencies extends Migration {
  override up(): void {
    this.addSql(tenantCurrencyDdl('games'));
  }
}
