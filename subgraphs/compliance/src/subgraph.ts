import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadComplianceEnv } from './env.js';
import { startCompliance } from './main.js';
import { migrations } from './migrations/index.js';
import { buildComplianceSchema } from './schema.js';

/** The compliance subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/compliance/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'compliance',
  buildSchema: buildComplianceSchema,
  entities,
  migrations,
  loadEnv: loadComplianceEnv,
  start: startCompliance,
});
