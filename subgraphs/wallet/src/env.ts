import { envField, loadEnv } from '@casinox/env';

/** The only reader of process.env in the wallet subgraph. */
export function loadWalletEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('wallet', {
    PORT: envField.port(4102),
    HOST: envField.host(),
    DATABASE_URL: envField.postgresUrl(),
    JWKS_URL: envField.url(),
  }, source);
}
export type WalletEnv = ReturnType<typeof loadWalletEnv>;
