import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadIdentityEnv } from './env.js';
import { startIdentity } from './main.js';
import { migrations } from './migrations/index.js';
import { buildIdentitySchema } from './schema.js';

/** The identity subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/identity/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'identity',
  buildSchema: buildIdentitySchema,
  entities,
  migrations,
  loadEnv: loadIdentityEnv,
  start: startIdentity,
});
