import { envField, loadEnv, subgraphEnvShape, z } from '@casinox/env';

/** The only reader of process.env in the games subgraph. */
export function loadGamesEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'games',
    {
      ...subgraphEnvShape(4103),
      /** This service's own key: signs its calls to the wallet's internal API (the wallet holds only a key derived from it). */
      SERVICE_KEY: envField.secret(),
      /** Origin of the wallet's internal listener (never published, never routed by the gateway). */
      WALLET_INTERNAL_URL: envField.url(),
      /** How long one wallet call may take before the bet is left to the recovery job. */
      WALLET_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
      /** How often the recovery job re-drives bets left PENDING (and forgets finished bets' markers); 0 turns it off. */
      RECOVERY_INTERVAL_MS: z.coerce.number().int().min(0).default(5000),
      /** A bet is re-driven once it has been PENDING this long (longer than one wallet call may take). */
      RECOVERY_AFTER_MS: z.coerce.number().int().min(0).default(15_000),
      /** How often the relay moves settled bets from the outbox onto the event bus; 0 turns it off. */
      OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(0).default(250),
      /** Connections of the bet pool (plain SQL on the hot path). */
      BET_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
      /** Keys the public big-wins pseudonym (HMAC): without it a player's id would link all their wins. */
      PLAYER_ALIAS_SECRET: envField.secret(),
    },
    source,
  );
}
export type GamesEnv = ReturnType<typeof loadGamesEnv>;
