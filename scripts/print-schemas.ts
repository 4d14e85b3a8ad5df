/**
 * `npm run schema:print`: prints every subgraph's SDL to `subgraphs/<name>/schema.graphql`, then
 * composes `gateway/supergraph.graphql` and the client-facing `gateway/schema.graphql`.
 * Commit the results; `npm run check:drift` fails CI when they are stale.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPHS } from '@casinox/db';
import { API_SCHEMA_FILE, composeFromPrintedSdl, REPO_ROOT, SUPERGRAPH_FILE } from '../gateway/src/supergraph.js';
import { loadSubgraphModule } from '@casinox/graphql';

for (const name of SUBGRAPHS) {
  const { sdl } = await (await loadSubgraphModule(name)).buildSchema();
  writeFileSync(join(REPO_ROOT, 'subgraphs', name, 'schema.graphql'), sdl);
}
const { supergraphSdl, apiSchemaSdl } = composeFromPrintedSdl();
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
writeFileSync(API_SCHEMA_FILE, apiSchemaSdl);
// The apps' typed documents (gql.tada) are generated from the API schema.
execFileSync('npm', ['run', '--silent', 'generate:graphql', '-w', '@casinox/web'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
});
console.log(`printed ${SUBGRAPHS.length} subgraph schemas, the supergraph, the API schema and the apps' GraphQL types`);
