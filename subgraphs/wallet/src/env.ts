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
      /**
       * Verifies the payment provider's webhooks (HMAC-SHA256) and signs the sandbox provider's.
       * Unset, a key derived from SERVICE_SECRET is used (fine for the sandbox; set it for a real provider).
       */
      PAYMENT_WEBHOOK_SECRET: envField.secret().optional(),
      /** Origin players reach the sandbox checkout at (default: the wallet's own URL). */
      PAYMENT_SANDBOX_PUBLIC_URL: envField.url().optional(),
      /** How long the sandbox provider waits before a "delayed" webhook and before settling a payout. */
      PAYMENT_SANDBOX_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(3000),
      LEDGER_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    },
    source,
  );
}
export type WalletEnv = ReturnType<typeof loadWalletEnv>;
