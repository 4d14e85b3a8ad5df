/**
 * `npm run check:drift` (CI): fails when anything generated is out of date with the code:
 *  1. a subgraph's printed SDL (subgraphs/<name>/schema.graphql),
 *  2. the composed supergraph and the API schema (gateway/*.graphql) — composition errors too,
 *  3. migrations: after applying them to a fresh database, the ORM must see nothing to change,
 *     and the database's functions, triggers and views must be exactly the SQL sources' (sqlSourceDrift),
 *  4. citations: every `docs/<page>.md` (and `§n`) the code cites exists,
 *  5. docker-compose.yml: a service per registered subgraph, with the registry's ports and callees,
 *  6. no migration creates a function, trigger or view: those are SQL sources (docs/architecture.md §12).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bootstrapDatabase,
  migrateAll,
  pendingSchemaDiff,
  SUBGRAPHS,
  type SubgraphName,
  sqlSourceDrift,
  startEmbeddedPostgres,
  subgraphSqlSources,
  subgraphUrl,
} from '@casinox/db';
import { loadSubgraphModule } from '@casinox/graphql';
import { API_SCHEMA_FILE, composeFromPrintedSdl, REPO_ROOT, SUPERGRAPH_FILE } from '../gateway/src/supergraph.js';
import { composeDrift } from './lib/compose-drift.js';
import { freePort } from '../packages/testkit/src/ports.js';

const problems: string[] = [];
const read = (file: string) => readFileSync(file, 'utf8');

const modules = Object.fromEntries(
  await Promise.all(SUBGRAPHS.map(async (name) => [name, await loadSubgraphModule(name)] as const)),
);
const printed = {} as Record<SubgraphName, string>;
for (const name of SUBGRAPHS) {
  printed[name] = (await modules[name]!.buildSchema()).sdl;
  if (read(join(REPO_ROOT, 'subgraphs', name, 'schema.graphql')) !== printed[name])
    problems.push(`subgraphs/${name}/schema.graphql is stale`);
}
try {
  const { supergraphSdl, apiSchemaSdl } = composeFromPrintedSdl((name) => printed[name as SubgraphName]);
  if (read(SUPERGRAPH_FILE) !== supergraphSdl) problems.push('gateway/supergraph.graphql is stale');
  if (read(API_SCHEMA_FILE) !== apiSchemaSdl) problems.push('gateway/schema.graphql is stale');
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
}

// The apps' GraphQL types must be generated from the committed API schema, and every document
// in them must validate against it.
const typesFile = join(REPO_ROOT, 'packages/web/src/graphql-env.d.ts');
const committedTypes = read(typesFile);
execFileSync('npm', ['run', '--silent', 'generate:graphql', '-w', '@casinox/web'], { cwd: REPO_ROOT, stdio: 'ignore' });
if (read(typesFile) !== committedTypes) {
  problems.push('packages/web/src/graphql-env.d.ts is stale');
  writeFileSync(typesFile, committedTypes);
}
try {
  execFileSync('npm', ['run', '--silent', 'check:graphql', '-w', '@casinox/web'], { cwd: REPO_ROOT, stdio: 'pipe' });
} catch (error) {
  problems.push(
    `the apps' GraphQL documents do not match the API schema:\n${String((error as { stdout?: Buffer }).stdout ?? error)}`,
  );
}

// docker-compose.yml cannot read the registry: it must list every subgraph with the registry's ports.
problems.push(...composeDrift(read(join(REPO_ROOT, 'docker-compose.yml'))));

// Code cites the project's own docs only, and each citation must resolve.
const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.md', '*.yml'], {
  cwd: REPO_ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
for (const file of tracked) {
  for (const [, page, section] of read(join(REPO_ROOT, file)).matchAll(/docs\/([a-z0-9-]+)\.md(?: §(\d+))?/g)) {
    let text: string;
    try {
      text = read(join(REPO_ROOT, 'docs', `${page}.md`));
    } catch {
      problems.push(`${file} cites docs/${page}.md, which does not exist`);
      continue;
    }
    if (section && !new RegExp(`^## ${section}\\. `, 'm').test(text))
      problems.push(`${file} cites docs/${page}.md §${section}, which has no such section`);
  }
}

// Migrations hold tables, types, indexes, grants and data moves; functions, triggers and views are SQL sources.
for (const file of tracked.filter((path) => /^subgraphs\/[^/]+\/src\/migrations\/.*\.ts$/.test(path))) {
  for (const [statement] of read(join(REPO_ROOT, file)).matchAll(
    /\bcreate\s+(?:or\s+replace\s+)?(?:constraint\s+)?(?:function|trigger|procedure|(?:materialized\s+)?view)\b/gi,
  )) {
    problems.push(
      `${file} says \`${statement}\`: functions, triggers and views are SQL sources (src/<feature>/sql/, docs/architecture.md §12)`,
    );
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'casinox-drift-'));
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'drift' });
try {
  const secret = 'drift-check-role-secret';
  await bootstrapDatabase(pg.adminUrl, secret);
  await migrateAll(pg.adminUrl, secret);
  for (const name of SUBGRAPHS) {
    const diff = await pendingSchemaDiff({
      url: subgraphUrl(pg.adminUrl, name, 'owner', secret),
      schema: name,
      entities: modules[name]!.entities as never,
      migrations: modules[name]!.migrations,
    });
    if (diff) problems.push(`subgraphs/${name}: entities and migrations differ; a new migration needs:\n${diff}`);
    const sql = await sqlSourceDrift({
      url: subgraphUrl(pg.adminUrl, name, 'owner', secret),
      schema: name,
      sources: await subgraphSqlSources(name),
    });
    for (const problem of sql) problems.push(`subgraphs/${name}: ${problem}`);
  }
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(
    `Drift found (run \`npm run schema:print\` or add a migration):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('no drift: subgraph SDL, supergraph, API schema and migrations match the code');
