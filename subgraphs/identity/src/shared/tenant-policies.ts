import type { PolicyDef } from '@mikro-orm/core';

/**
 * The row-level security that `tenantIsolation()` from @casinox/db creates in our migration,
 * declared again on the entities. MikroORM 7 diffs policies like columns: without this mirror the
 * schema generator would propose dropping them, and with it the drift test also proves the
 * policies in the database are exactly these. Keep the expressions in step with packages/db.
 */
const TENANT_MATCH = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;

export function tenantPolicies(alsoUserColumn?: string): { rowLevelSecurity: 'force'; policies: PolicyDef[] } {
  const policies: PolicyDef[] = [{ name: 'tenant_isolation', command: 'all', using: TENANT_MATCH, check: TENANT_MATCH }];
  if (alsoUserColumn) {
    policies.push({ name: 'own_rows', command: 'select', using: `${alsoUserColumn} = nullif(current_setting('app.user_id', true), '')::uuid` });
  }
  return { rowLevelSecurity: 'force', policies };
}
