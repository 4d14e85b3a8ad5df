import { envField, loadEnv, subgraphEnvShape, z } from '@casinox/env';

/** The only reader of process.env in the wallet subgraph. */
export function loadWalletEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'wallet',
    {
      ...subgraphEnvShape(4102),
      /** Authenticates the other subgraphs on the internal transfer API (never routed by the gateway). */
      SERVICE_SECRET: envField.secret(),
      /** How often the reconciliation job proves every tenant's ledger; 0 turns the job off. */
      RECONCILIATION_INTERVAL_MS: z.coerce.number().int().min(0).default(60 * 60 * 1000),
      /** Connections of the lean posting pool (raw SQL, one statement per money movement). */
      LEDGER_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    },
    source,
  );
}
export type WalletEnv = ReturnType<typeof loadWalletEnv>;
