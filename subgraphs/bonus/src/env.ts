import { envField, loadEnv, subgraphEnvShape, z } from '@casinox/env';

/** The only reader of process.env in the bonus subgraph. */
export function loadBonusEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'bonus',
    {
      ...subgraphEnvShape(4104),
      /** This service's own key: signs its calls to the wallet's internal API (the wallet holds only a key derived from it). */
      SERVICE_KEY: envField.secret(),
      /** Origin of the wallet's internal listener (never published, never routed by the gateway). */
      WALLET_INTERNAL_URL: envField.url(),
      /** How long one wallet call may take before the sweep is left to retry it. */
      WALLET_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
      /** How often the sweep expires grants and re-drives money moves left undone; 0 turns it off. */
      SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
      /** How often the cashback job looks for finished periods to close; 0 turns it off. */
      CASHBACK_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
      /** How often the outbox relay moves `bonus.wagering` onto the bus (an in-process loop); 0 turns it off. */
      OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(250),
      /** How often the event consumers (bet.settled, deposits, withdrawals) poll their queues, in seconds. */
      EVENT_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(0.5),
      /** Connections of the service's pool (plain SQL). */
      BONUS_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    },
    source,
  );
}
export type BonusEnv = ReturnType<typeof loadBonusEnv>;
