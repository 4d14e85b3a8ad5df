import { loadEnv, subgraphEnvShape } from '@casinox/env';

/** The only reader of process.env in the wallet subgraph. */
export function loadWalletEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('wallet', subgraphEnvShape(4102), source);
}
export type WalletEnv = ReturnType<typeof loadWalletEnv>;
