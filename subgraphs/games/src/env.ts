import { envField, loadEnv } from '@casinox/env';

/** The only reader of process.env in the games subgraph. */
export function loadGamesEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('games', {
    PORT: envField.port(4103),
    HOST: envField.host(),
    DATABASE_URL: envField.postgresUrl(),
    JWKS_URL: envField.url(),
  }, source);
}
export type GamesEnv = ReturnType<typeof loadGamesEnv>;
