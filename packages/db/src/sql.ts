import type { PolicyDef } from '@mikro-orm/core';

/**
 * SQL fragments that migrations use so every subgraph enforces the same rules in the database.
 * (Functions and triggers are SQL sources, not fragments: see sql-sources.ts.)
 */
const TENANT_MATCH = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;
const userMatch = (column: string) => `${column} = nullif(current_setting('app.user_id', true), '')::uuid`;

const q = (name: string) =>
  name
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');

/**
 * Row-level security for a tenant-owned table: rows are visible and writable only when
 * `tenant_id` equals the transaction's `app.tenant_id`. FORCE makes it apply to the owner too.
 * `alsoUserColumn` additionally shows rows whose column equals `app.user_id` (a user's own rows
 * in other tenants, e.g. operator memberships for the tenant switcher) — read-only.
 */
export function tenantIsolation(table: string, alsoUserColumn?: string): string[] {
  const tenantMatch = TENANT_MATCH;
  const statements = [
    `alter table ${q(table)} enable row level security;`,
    `alter table ${q(table)} force row level security;`,
    `create policy tenant_isolation on ${q(table)} using (${tenantMatch}) with check (${tenantMatch});`,
  ];
  if (alsoUserColumn) {
    statements.push(`create policy own_rows on ${q(table)} for select using (${userMatch(alsoUserColumn)});`);
  }
  return statements;
}

/**
 * The same policies declared on an entity (`@Entity({ ...tenantPolicies() })`). MikroORM 7 diffs
 * policies like columns: without this mirror its schema generator would propose dropping them,
 * and with it the drift check also proves the database holds exactly these policies.
 */
export function tenantPolicies(alsoUserColumn?: string): { rowLevelSecurity: 'force'; policies: PolicyDef[] } {
  const policies: PolicyDef[] = [
    { name: 'tenant_isolation', command: 'all', using: TENANT_MATCH, check: TENANT_MATCH },
  ];
  if (alsoUserColumn) policies.push({ name: 'own_rows', command: 'select', using: userMatch(alsoUserColumn) });
  return { rowLevelSecurity: 'force', policies };
}
