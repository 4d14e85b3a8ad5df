import type { PolicyDef } from '@mikro-orm/core';

/**
 * SQL fragments that migrations use so every subgraph enforces the same rules in the database.
 */
const TENANT_MATCH = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;
const userMatch = (column: string) => `${column} = nullif(current_setting('app.user_id', true), '')::uuid`;

const q = (name: string) => name.split('.').map((part) => `"${part}"`).join('.');

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
    statements.push(
      `create policy own_rows on ${q(table)} for select using (${userMatch(alsoUserColumn)});`,
    );
  }
  return statements;
}

/** Rejects UPDATE and DELETE on a table, whoever asks (a ledger is corrected by new rows). */
export function appendOnly(table: string): string[] {
  const fn = `${q(table.split('.')[0]!)}."${table.split('.').pop()}_append_only"`;
  return [
    `create or replace function ${fn}() returns trigger language plpgsql as $$ begin raise exception '% is append-only', tg_table_name using errcode = '42501'; end $$;`,
    `create trigger append_only before update or delete on ${q(table)} for each row execute function ${fn}();`,
  ];
}

/**
 * The same policies declared on an entity (`@Entity({ ...tenantPolicies() })`). MikroORM 7 diffs
 * policies like columns: without this mirror its schema generator would propose dropping them,
 * and with it the drift check also proves the database holds exactly these policies.
 */
export function tenantPolicies(alsoUserColumn?: string): { rowLevelSecurity: 'force'; policies: PolicyDef[] } {
  const policies: PolicyDef[] = [{ name: 'tenant_isolation', command: 'all', using: TENANT_MATCH, check: TENANT_MATCH }];
  if (alsoUserColumn) policies.push({ name: 'own_rows', command: 'select', using: userMatch(alsoUserColumn) });
  return { rowLevelSecurity: 'force', policies };
}

/**
 * `create function <name>(p_items jsonb) returns jsonb`: runs `body` once per element of the array
 * (as `v_item`), each in its own subtransaction (the group-commit functions called by Batcher).
 * `body` sets `v_answer` to `{ ok: … }`; an error it raises undoes that item only and becomes its
 * answer `{ error: SQLSTATE, message, detail }`. `result` (default the answers) may wrap `v_answers`.
 *
 * Its statements (and those of the functions it calls) use generic plans: left to choose, Postgres
 * kept planning these multi-CTE statements afresh on every call (their custom plans fold the
 * parameters and look cheaper), which cost more than running them (bench:bets at one connection:
 * ~10–25 % more bets/s with generic plans, run to run).
 */
export function perItemFunction(options: { name: string; declare?: string; before?: string; body: string; result?: string }): string {
  return `create function ${options.name}(p_items jsonb) returns jsonb language plpgsql set plan_cache_mode = force_generic_plan as $$
declare
  v_item jsonb; v_answers jsonb := '[]'::jsonb; v_answer jsonb; v_state text; v_message text; v_detail text;
  ${options.declare ?? ''}
begin
  ${options.before ?? ''}
  for v_item in select value from jsonb_array_elements(p_items) loop
    begin
      ${options.body}
    exception when others then
      get stacked diagnostics v_state = returned_sqlstate, v_message = message_text, v_detail = pg_exception_detail;
      v_answer := jsonb_build_object('error', v_state, 'message', v_message, 'detail', nullif(v_detail, ''));
    end;
    v_answers := v_answers || jsonb_build_array(v_answer);
  end loop;
  return ${options.result ?? 'v_answers'};
end $$;`;
}
