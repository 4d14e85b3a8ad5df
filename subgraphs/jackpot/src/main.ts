import { startSubgraphService } from '@casinox/graphql';
import type { JackpotEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildJackpotSchema } from './schema.js';

/** Starts the jackpot subgraph; the returned handle stops it (server, then database). */
export function startJackpot(env: JackpotEnv) {
  return startSubgraphService({ name: 'jackpot', env, entities, migrations, buildSchema: buildJackpotSchema });
}
