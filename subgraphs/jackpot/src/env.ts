import { envField, loadEnv, subgraphEnvShape, z } from '@casinox/env';

/** The only reader of process.env in the jackpot subgraph. */
export function loadJackpotEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'jackpot',
    {
      ...subgraphEnvShape(4105),
      /** This service's own key: signs its calls to the wallet's internal API (the wallet holds only a key derived from it). */
      SERVICE_KEY: envField.secret(),
      /** Origin of the wallet's internal listener (never published, never routed by the gateway). */
      WALLET_INTERNAL_URL: envField.url(),
      /** How long one wallet call may take before the work is retried. */
      WALLET_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
      /** Consume `bet.settled` (contributions and drops); false only for tests that drive the consumer by hand. */
      CONSUME_BETS: z.stringbool().default(true),
      /** How often the draw schedule closes due FIXED/SPONSORED periods and retries unpaid draw wins (a pg-boss schedule: whole minutes; 0 = off). */
      DRAW_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
      /** How often the outbox relay moves `jackpot.rules` / `jackpot.opt-in` onto the bus. */
      RELAY_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(250),
      /** Connections of the service's pool (plain SQL). */
      POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    },
    source,
  );
}
export type JackpotEnv = ReturnType<typeof loadJackpotEnv>;
