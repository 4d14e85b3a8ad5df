import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadGamesEnv } from './env.js';
import { startGames } from './main.js';
import { migrations } from './migrations/index.js';
import { buildGamesSchema } from './schema.js';

/** The games subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/games/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'games',
  buildSchema: buildGamesSchema,
  entities,
  migrations,
  loadEnv: loadGamesEnv,
  start: startGames,
});
