import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadTournamentEnv } from './env.js';
import { startTournament } from './main.js';
import { migrations } from './migrations/index.js';
import { buildTournamentSchema } from './schema.js';

/** The tournament subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/tournament/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'tournament',
  buildSchema: buildTournamentSchema,
  entities,
  migrations,
  loadEnv: loadTournamentEnv,
  start: startTournament,
});
