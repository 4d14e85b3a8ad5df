import { startSubgraphService } from '@casinox/graphql';
import type { WalletEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildWalletSchema } from './schema.js';

/** Starts the wallet subgraph; the returned handle stops it (server, then database). */
export function startWallet(env: WalletEnv) {
  return startSubgraphService({ name: 'wallet', env, entities, migrations, buildSchema: buildWalletSchema });
}
