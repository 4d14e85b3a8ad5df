import { defineSubgraph } from '@casinox/graphql';
import { entities } from './entities.js';
import { loadWalletEnv } from './env.js';
import { startWallet } from './main.js';
import { migrations } from './migrations/index.js';
import { buildWalletSchema } from './schema.js';

/** The wallet subgraph's parts, found by the subgraph registry (packages/db/src/subgraphs.ts) as `@casinox/wallet/subgraph`. */
export const subgraph = defineSubgraph({
  name: 'wallet',
  buildSchema: buildWalletSchema,
  entities,
  migrations,
  loadEnv: loadWalletEnv,
  start: startWallet,
});
