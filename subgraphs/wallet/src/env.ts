import { envField, loadEnv, subgraphEnvShape, z } from '@casinox/env';

/** The only reader of process.env in the wallet subgraph. */
export function loadWalletEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'wallet',
    {
      ...subgraphEnvShape(4102),
      /** How often the reconciliation job proves every tenant's ledger; 0 turns the job off. */
      RECONCILIATION_INTERVAL_MS: z.coerce
        .number()
        .int()
        .min(0)
        .default(60 * 60 * 1000),
      /** Verifies the payment provider's webhooks (HMAC-SHA256) and signs the sandbox provider's. */
      PAYMENT_WEBHOOK_SECRET: envField.secret(),
      /** Origin players reach the sandbox checkout at (default: the wallet's own URL). */
      PAYMENT_SANDBOX_PUBLIC_URL: envField.url().optional(),
      /** How long the sandbox provider waits before a "delayed" webhook and before settling a payout. */
      PAYMENT_SANDBOX_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(3000),
      /** Provider records settled this recently, not yet booked, count as in transit for reconciliation (their webhook may be on its way). */
      PROVIDER_SETTLEMENT_GRACE_MS: z.coerce
        .number()
        .int()
        .min(0)
        .default(10 * 60 * 1000),
      /** How often the payout sweep re-drives withdrawals stuck in PROCESSING; 0 turns it off. */
      PAYOUT_SWEEP_INTERVAL_MS: z.coerce
        .number()
        .int()
        .min(0)
        .default(60 * 1000),
      /** A PROCESSING withdrawal with no verdict this long after its payout was asked for is re-driven. */
      PAYOUT_STUCK_AFTER_MS: z.coerce
        .number()
        .int()
        .min(0)
        .default(5 * 60 * 1000),
      /** At most this many payouts are re-driven per sweep. */
      PAYOUT_SWEEP_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
      /**
       * The player site (e.g. http://127.0.0.1:3000): the only place the checkout may send players
       * back to. Unset, deposits cannot ask for a return URL.
       */
      PLAYER_APP_URL: envField.url().optional(),
      /** How often the outbox relay moves deposit and withdrawal events onto the event bus; 0 turns it off. */
      OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(0).default(250),
      /** Connections of the lean posting pool (raw SQL, one statement per money movement). */
      LEDGER_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    },
    source,
  );
}
export type WalletEnv = ReturnType<typeof loadWalletEnv>;
