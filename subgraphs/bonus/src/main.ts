import { startSubgraphService } from '@casinox/graphql';
import type { BonusEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildBonusSchema } from './schema.js';

/** Starts the bonus subgraph; the returned handle stops it (server, then database). */
export function startBonus(env: BonusEnv) {
  return startSubgraphService({ name: 'bonus', env, entities, migrations, buildSchema: buildBonusSchema });
}
