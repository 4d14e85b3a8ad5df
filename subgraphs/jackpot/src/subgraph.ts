import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadJackpotEnv } from './env.js';
import { startJackpot } from './main.js';
import { migrations } from './migrations/index.js';
import { buildJackpotSchema } from './schema.js';

/** The jackpot subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/jackpot/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'jackpot',
  buildSchema: buildJackpotSchema,
  entities,
  migrations,
  loadEnv: loadJackpotEnv,
  start: startJackpot,
});
