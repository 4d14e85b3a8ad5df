import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * SQL as source (docs/architecture.md §12): every SQL function, trigger function, trigger and view
 * of a schema is a file beside its feature (`src/bets/sql/place_all.sql`), named after the one
 * function (or view) it defines, holding its current definition, written to be re-run. Migrations
 * keep to tables, types, indexes, grants and data moves. `applySqlSources` runs after the schema's
 * migrations on every migrate: a file runs again when its text changes, and whatever the files no
 * longer define is dropped.
 */
export interface SqlSource {
  /** The file's base name without `.sql`: the function or view it defines, unique in its schema. */
  name: string;
  /** Absolute path of the file. */
  path: string;
}

/** A subgraph's SQL files, in the order they are applied (what a file calls or reads comes first). */
export type SqlSourceList = readonly SqlSource[];

/** `files` are relative to the module at `moduleUrl` (the subgraph's `src/sql-sources.ts`). */
export function sqlSourceList(moduleUrl: string, files: readonly string[]): SqlSourceList {
  const root = dirname(fileURLToPath(moduleUrl));
  const sources = files.map((file) => ({ name: basename(file, '.sql'), path: join(root, file) }));
  const names = sources.map((source) => source.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice)
    throw new Error(
      `two SQL sources are named ${twice}: a file is named after the one object it defines, unique per schema`,
    );
  return sources;
}

export const sqlChecksum = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a file creates, read from its text (our own files, written to one convention). */
export interface DeclaredObjects {
  functions: string[];
  views: string[];
  /** `table.trigger`, both unqualified. */
  triggers: string[];
}

const IDENT = String.raw`"?([a-z_][a-z0-9_]*)"?`;
const withoutComments = (text: string) => text.replace(/--[^\n]*/g, '');

export function declaredObjects(text: string, schema: string): DeclaredObjects {
  const sql = withoutComments(text);
  const qualified = (found: string, what: string) => {
    if (found !== schema) throw new Error(`${what} is created in schema ${found}, not ${schema}`);
  };
  const functions = [
    ...sql.matchAll(new RegExp(String.raw`\bcreate\s+(?:or\s+replace\s+)?function\s+${IDENT}\.${IDENT}\s*\(`, 'gi')),
  ].map((m) => {
    qualified(m[1]!, `function ${m[2]}`);
    return m[2]!;
  });
  const views = [
    ...sql.matchAll(
      new RegExp(String.raw`\bcreate\s+(?:or\s+replace\s+)?(?:materialized\s+)?view\s+${IDENT}\.${IDENT}`, 'gi'),
    ),
  ].map((m) => {
    qualified(m[1]!, `view ${m[2]}`);
    return m[2]!;
  });
  const triggers = [
    ...sql.matchAll(
      new RegExp(
        String.raw`\bcreate\s+(?:constraint\s+)?trigger\s+${IDENT}\s[\s\S]*?\bon\s+${IDENT}\.${IDENT}\s`,
        'gi',
      ),
    ),
  ].map((m) => {
    qualified(m[2]!, `trigger ${m[1]}`);
    return `${m[3]}.${m[1]}`;
  });
  return { functions, views, triggers };
}

/**
 * Refuses a file that could not simply be run again, or that defines something other than its
 * namesake: the step re-runs files whole, so each statement must replace what it creates.
 */
export function checkSqlSource(text: string, schema: string, name: string): DeclaredObjects {
  const declared = declaredObjects(text, schema);
  const sql = withoutComments(text);
  const problems: string[] = [];
  const own = [...declared.functions, ...declared.views];
  if (own.length !== 1 || own[0] !== name)
    problems.push(`must define exactly one function or view, ${schema}.${name} (found ${own.join(', ') || 'none'})`);
  if (/\bcreate\s+(?:function|view)\b/i.test(sql))
    problems.push('says `create function`/`create view`: write `create or replace …` so it can run again');
  // What the step cannot read it would drop as undeclared right after creating it: refuse it instead.
  const count = (pattern: RegExp) => sql.match(pattern)?.length ?? 0;
  if (count(/\bcreate\s+(?:constraint\s+)?trigger\b/gi) !== declared.triggers.length)
    problems.push(`has a trigger whose table is not written ${schema}.<table>`);
  if (count(/\bcreate\s+(?:or\s+replace\s+)?(?:function|(?:materialized\s+)?view)\b/gi) !== own.length)
    problems.push(`has a function or view whose name is not written ${schema}.<name>`);
  for (const trigger of declared.triggers) {
    const [table, triggerName] = trigger.split('.');
    const drop = new RegExp(
      String.raw`\bdrop\s+trigger\s+if\s+exists\s+"?${triggerName}"?\s+on\s+"?${schema}"?\."?${table}"?\s*;`,
      'i',
    );
    if (!drop.test(sql))
      problems.push(
        `creates trigger ${triggerName} on ${table} without \`drop trigger if exists ${triggerName} on ${schema}.${table};\` before it`,
      );
  }
  if (problems.length) throw new Error(`${schema} SQL source ${name}.sql ${problems.join('; ')}`);
  return declared;
}

export interface ApplySqlSourcesOptions {
  /** The schema owner's URL: the files run as the role the migrations run as. */
  url: string;
  schema: string;
  sources: SqlSourceList;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Applies the files whose text changed since they were last applied (or were never applied), in
 * order, then drops every function, trigger and view of the schema that no file defines (what a
 * database migrated before a function was retired still holds). One transaction, serialised per
 * schema; answers the names of the files it ran. EXECUTE for the runtime role comes from the
 * schema's default privileges (bootstrapDatabase), as it did for functions made by migrations.
 */
export async function applySqlSources(options: ApplySqlSourcesOptions): Promise<string[]> {
  const { schema, sources } = options;
  const files = sources.map((source) => {
    const text = readFileSync(source.path, 'utf8');
    return { ...source, text, checksum: sqlChecksum(text), declared: checkSqlSource(text, schema, source.name) };
  });
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select pg_advisory_xact_lock(hashtext('casinox.sql_source'), hashtext($1))`, [schema]);
    await client.query(
      `create table if not exists ${quote(schema)}.sql_source (name text primary key, checksum text not null, applied_at timestamptz not null default now())`,
    );
    const recorded = new Map(
      (
        await client.query<{ name: string; checksum: string }>(`select name, checksum from ${quote(schema)}.sql_source`)
      ).rows.map((row) => [row.name, row.checksum]),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (recorded.get(file.name) === file.checksum) continue;
      try {
        await client.query(file.text);
      } catch (error) {
        throw new Error(
          `${schema} SQL source ${file.name}.sql failed: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      await client.query(
        `insert into ${quote(schema)}.sql_source (name, checksum, applied_at) values ($1, $2, now())
         on conflict (name) do update set checksum = excluded.checksum, applied_at = excluded.applied_at`,
        [file.name, file.checksum],
      );
      applied.push(file.name);
    }
    await client.query(`delete from ${quote(schema)}.sql_source where name <> all($1::text[])`, [
      files.map((file) => file.name),
    ]);
    await dropUndeclared(
      client,
      schema,
      files.map((file) => file.declared),
    );
    await client.query('commit');
    return applied;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The functions, triggers and views the schema holds (as the drift check compares them). */
export async function schemaRoutines(client: pg.ClientBase, schema: string) {
  const functions = (
    await client.query<{ name: string; signature: string; definition: string }>(
      `select p.proname as name, pg_get_functiondef(p.oid) as definition,
              quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' as signature
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = $1
          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
        order by signature`,
      [schema],
    )
  ).rows;
  const triggers = (
    await client.query<{ name: string; definition: string }>(
      `select c.relname || '.' || t.tgname as name, pg_get_triggerdef(t.oid) as definition
         from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where c.relnamespace = (select oid from pg_namespace where nspname = $1) and not t.tgisinternal
        order by 1`,
      [schema],
    )
  ).rows;
  const views = (
    await client.query<{ name: string; definition: string }>(
      `select c.relname as name, c.relkind::text || ':' || pg_get_viewdef(c.oid) as definition
         from pg_class c where c.relnamespace = (select oid from pg_namespace where nspname = $1) and c.relkind in ('v', 'm')
        order by 1`,
      [schema],
    )
  ).rows;
  return { functions, triggers, views };
}

async function dropUndeclared(client: pg.ClientBase, schema: string, declared: DeclaredObjects[]): Promise<void> {
  const functions = new Set(declared.flatMap((d) => d.functions));
  const views = new Set(declared.flatMap((d) => d.views));
  const triggers = new Set(declared.flatMap((d) => d.triggers));
  const found = await schemaRoutines(client, schema);
  // Triggers first: they depend on their functions. Nothing cascades: whatever else still needs a
  // retired object stops the migrate with Postgres's own message.
  for (const trigger of found.triggers.filter((t) => !triggers.has(t.name))) {
    const [table, name] = trigger.name.split('.') as [string, string];
    await client.query(`drop trigger ${quote(name)} on ${quote(schema)}.${quote(table)}`);
  }
  for (const view of found.views.filter((v) => !views.has(v.name))) {
    await client.query(
      `drop ${view.definition.startsWith('m:') ? 'materialized view' : 'view'} ${quote(schema)}.${quote(view.name)}`,
    );
  }
  for (const fn of found.functions.filter((f) => !functions.has(f.name)))
    await client.query(`drop function ${fn.signature}`);
  // A file whose signature changed must drop the old one itself (it alone knows it): say so.
  const signatures = new Map<string, string[]>();
  for (const fn of found.functions) signatures.set(fn.name, [...(signatures.get(fn.name) ?? []), fn.signature]);
  for (const [name, list] of signatures) {
    if (list.length > 1 && functions.has(name)) {
      throw new Error(
        `${schema}.${name} exists with ${list.length} signatures (${list.join('; ')}): begin ${name}.sql with \`drop function if exists\` of the old one`,
      );
    }
  }
}

/**
 * What `check:drift` reports for a schema migrated from scratch: a file not applied (or applied
 * with other text), a function, trigger or view no file defines or a file's object missing, and
 * any definition that differs from what its file makes (every file is run again in a transaction
 * that is rolled back, and the definitions compared, which also proves each file re-runnable).
 */
export async function sqlSourceDrift(options: ApplySqlSourcesOptions): Promise<string[]> {
  const { schema, sources } = options;
  const problems: string[] = [];
  const files = sources.flatMap((source) => {
    const text = readFileSync(source.path, 'utf8');
    try {
      return [{ ...source, text, checksum: sqlChecksum(text), declared: checkSqlSource(text, schema, source.name) }];
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return [];
    }
  });
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const recorded = new Map(
      (
        await client.query<{ name: string; checksum: string }>(`select name, checksum from ${quote(schema)}.sql_source`)
      ).rows.map((row) => [row.name, row.checksum]),
    );
    for (const file of files) {
      if (!recorded.has(file.name)) problems.push(`${file.name}.sql is not applied`);
      else if (recorded.get(file.name) !== file.checksum) problems.push(`${file.name}.sql was applied with other text`);
    }
    const before = await schemaRoutines(client, schema);
    const declared = {
      functions: new Set(files.flatMap((file) => file.declared.functions)),
      views: new Set(files.flatMap((file) => file.declared.views)),
      triggers: new Set(files.flatMap((file) => file.declared.triggers)),
    };
    for (const [kind, found, wanted] of [
      ['function', before.functions.map((f) => f.name), declared.functions],
      ['view', before.views.map((v) => v.name), declared.views],
      ['trigger', before.triggers.map((t) => t.name), declared.triggers],
    ] as const) {
      for (const name of new Set(found))
        if (!wanted.has(name))
          problems.push(`${kind} ${schema}.${name} is in the database but no SQL source defines it`);
      for (const name of wanted)
        if (!found.includes(name))
          problems.push(`${kind} ${schema}.${name} is defined by an SQL source but missing from the database`);
      if (kind === 'function')
        for (const name of new Set(found))
          if (found.filter((n) => n === name).length > 1)
            problems.push(`function ${schema}.${name} has several signatures`);
    }
    await client.query('begin');
    try {
      for (const file of files) await client.query(file.text);
      const after = await schemaRoutines(client, schema);
      const definitions = (routines: typeof before) =>
        new Map([
          ...routines.functions.map((f) => [`function ${f.signature}`, f.definition] as const),
          ...routines.triggers.map((t) => [`trigger ${schema}.${t.name}`, t.definition] as const),
          ...routines.views.map((v) => [`view ${schema}.${v.name}`, v.definition] as const),
        ]);
      const was = definitions(before);
      for (const [object, definition] of definitions(after)) {
        if (was.has(object) && was.get(object) !== definition) problems.push(`${object} differs from its SQL source`);
      }
    } catch (error) {
      problems.push(`running the SQL sources again failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await client.query('rollback').catch(() => {});
    }
  } finally {
    await client.end();
  }
  return problems;
}
