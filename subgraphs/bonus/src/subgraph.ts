import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadBonusEnv } from './env.js';
import { startBonus } from './main.js';
import { migrations } from './migrations/index.js';
import { buildBonusSchema } from './schema.js';

/** The bonus subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/bonus/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'bonus',
  buildSchema: buildBonusSchema,
  entities,
  migrations,
  loadEnv: loadBonusEnv,
  start: startBonus,
});
