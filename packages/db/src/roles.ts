import { createHmac } from 'node:crypto';
import pg from 'pg';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';

/**
 * Two roles per subgraph:
 *  - `<name>_owner` owns the schema and runs its migrations;
 *  - `<name>` is the runtime role: DML on its own schema only, never the owner, so FORCE'd
 *    row-level security and the append-only triggers apply to it.
 * No role has USAGE on another subgraph's schema, so a cross-schema read fails with a
 * permission error in the database itself, not just by convention.
 * `listener` may only connect: the gateway uses it to LISTEN for live events.
 */
export type RoleKind = 'owner' | 'runtime';

export function roleName(subgraph: SubgraphName, kind: RoleKind): string {
  return kind === 'owner' ? `${subgraph}_owner` : subgraph;
}

/** Role passwords are derived from one secret, so every process can compute its own URL. */
export function rolePassword(secret: string, role: string): string {
  return createHmac('sha256', secret).update(`role:${role}`).digest('hex').slice(0, 40);
}

/** The admin URL rewritten to log in as `role`. */
export function roleUrl(adminUrl: string, role: string, secret: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = rolePassword(secret, role);
  return url.toString();
}

export function subgraphUrl(adminUrl: string, subgraph: SubgraphName, kind: RoleKind, secret: string): string {
  return roleUrl(adminUrl, roleName(subgraph, kind), secret);
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function ensureRole(client: pg.Client, role: string, password: string): Promise<void> {
  const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  const verb = exists.rowCount ? 'alter' : 'create';
  await client.query(
    `${verb} role ${ident(role)} with login nosuperuser nocreatedb nocreaterole nobypassrls password ${literal(password)}`,
  );
}

/**
 * Creates (idempotently) the database, the roles and the schemas. Needs a superuser or a role
 * with CREATEROLE and CREATEDB on an external Postgres.
 */
export async function bootstrapDatabase(adminUrl: string, secret: string): Promise<void> {
  const target = new URL(adminUrl);
  const database = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const maintenance = new URL(adminUrl);
  maintenance.pathname = '/postgres';
  const root = new pg.Client({ connectionString: maintenance.toString() });
  await root.connect();
  try {
    const found = await root.query('select 1 from pg_database where datname = $1', [database]);
    if (!found.rowCount) await root.query(`create database ${ident(database)}`);
  } finally {
    await root.end();
  }

  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Serialise concurrent bootstraps (parallel test workers, two `npm start`s).
    await client.query('select pg_advisory_lock(884422)');
    await client.query(`revoke create on schema public from public`);
    await client.query(`revoke all on database ${ident(database)} from public`);
    await ensureRole(client, 'listener', rolePassword(secret, 'listener'));
    await client.query(`grant connect on database ${ident(database)} to listener`);
    for (const subgraph of SUBGRAPHS) {
      const owner = roleName(subgraph, 'owner');
      const runtime = roleName(subgraph, 'runtime');
      await ensureRole(client, owner, rolePassword(secret, owner));
      await ensureRole(client, runtime, rolePassword(secret, runtime));
      await client.query(`grant connect on database ${ident(database)} to ${ident(owner)}, ${ident(runtime)}`);
      await client.query(`create schema if not exists ${ident(subgraph)} authorization ${ident(owner)}`);
      await client.query(`revoke all on schema ${ident(subgraph)} from public`);
      await client.query(`grant usage on schema ${ident(subgraph)} to ${ident(runtime)}`);
      // Everything the owner creates later is usable (DML only) by the runtime role.
      await client.query(
        `alter default privileges for role ${ident(owner)} in schema ${ident(subgraph)} grant select, insert, update, delete on tables to ${ident(runtime)}`,
      );
      await client.query(
        `alter default privileges for role ${ident(owner)} in schema ${ident(subgraph)} grant usage, select on sequences to ${ident(runtime)}`,
      );
      await client.query(
        `alter default privileges for role ${ident(owner)} in schema ${ident(subgraph)} grant execute on functions to ${ident(runtime)}`,
      );
      await client.query(`alter role ${ident(owner)} set search_path = ${ident(subgraph)}`);
      await client.query(`alter role ${ident(runtime)} set search_path = ${ident(subgraph)}`);
      // The outbox relays wait for the oldest running transaction (OutboxRelay): a service session
      // left idle inside a transaction (a crashed request, a lost client) must not hold events back.
      await client.query(`alter role ${ident(runtime)} set idle_in_transaction_session_timeout = '60s'`);
    }
    await client.query('select pg_advisory_unlock(884422)');
  } finally {
    await client.end();
  }
}
