import { startSubgraphService } from '@casinox/graphql';
import type { TournamentEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildTournamentSchema } from './schema.js';

/** Starts the tournament subgraph; the returned handle stops it (server, then database). */
export function startTournament(env: TournamentEnv) {
  return startSubgraphService({ name: 'tournament', env, entities, migrations, buildSchema: buildTournamentSchema });
}
