/**
 * Build step: compose the supergraph from the subgraphs' printed SDL and write
 * `gateway/supergraph.graphql` and `gateway/schema.graphql` (the API schema clients are typed
 * from). With `--check`, fail instead of writing when the committed files differ (drift).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_SCHEMA_FILE, composeFromPrintedSdl, REPO_ROOT, SUPERGRAPH_FILE } from './supergraph.js';

const check = process.argv.includes('--check') || process.env.CI === 'true';
const { supergraphSdl, apiSchemaSdl } = composeFromPrintedSdl();
let drift = false;
for (const [file, content] of [
  [SUPERGRAPH_FILE, supergraphSdl],
  [API_SCHEMA_FILE, apiSchemaSdl],
] as const) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === content) continue;
  if (check) {
    drift = true;
    console.error(`${relative(REPO_ROOT, file)} is out of date: run \`npm run schema:print\` and commit the result.`);
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${relative(REPO_ROOT, file)}`);
  }
}
if (drift) process.exit(1);
