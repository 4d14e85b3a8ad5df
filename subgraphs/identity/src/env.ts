import { envField, loadEnv, shutdownEnvShape, z } from '@casinox/env';

/** The only reader of process.env in the identity subgraph. */
export function loadIdentityEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'identity',
    {
      /** 0 lets the OS pick a free port (tests); startIdentity reports the real one. */
      PORT: z.coerce.number().int().min(0).max(65_535).default(4101),
      HOST: envField.host(),
      /** The runtime role `identity` (never the schema owner, so row-level security binds it). */
      DATABASE_URL: envField.postgresUrl(),
      /**
       * Where this service fetches the JWKS it verifies incoming tokens with, like every other
       * subgraph. Optional: by default its own `/.well-known/jwks.json`, on the port it listens on.
       */
      JWKS_URL: envField.url().optional(),
      /** Who may call identity (the gateway: GraphQL and the API-key exchange), each with its pair key. */
      SERVICE_CALLERS: envField.serviceCallers(),
      /** The internal listener (the API-key exchange); never published. */
      INTERNAL_PORT: z.coerce.number().int().min(0).max(65_535).default(4201),
      INTERNAL_HOST: envField.host(),
      /** Derives the keys that encrypt TOTP secrets and private signing keys at rest. */
      IDENTITY_SECRET: envField.secret(),
      /** How often the outbox relay moves tenant and player events onto the bus (0: never, tests that drive it). */
      OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(0).default(250),
      /** How often expired refresh tokens and rate-limit buckets are swept (a pg-boss schedule: whole minutes; 0 turns it off). */
      MAINTENANCE_INTERVAL_MS: z.coerce
        .number()
        .int()
        .min(0)
        .default(10 * 60 * 1000),
      ...shutdownEnvShape(),
    },
    source,
  );
}
export type IdentityEnv = ReturnType<typeof loadIdentityEnv>;
