import { startSubgraphService } from '@casinox/graphql';
import type { GamesEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildGamesSchema } from './schema.js';

/** Starts the games subgraph; the returned handle stops it (server, then database). */
export function startGames(env: GamesEnv) {
  return startSubgraphService({ name: 'games', env, entities, migrations, buildSchema: buildGamesSchema });
}
