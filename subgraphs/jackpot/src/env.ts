import { envField, loadEnv } from '@casinox/env';

/** The only reader of process.env in the jackpot subgraph. */
export function loadJackpotEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('jackpot', {
    PORT: envField.port(4105),
    HOST: envField.host(),
    DATABASE_URL: envField.postgresUrl(),
    JWKS_URL: envField.url(),
  }, source);
}
export type JackpotEnv = ReturnType<typeof loadJackpotEnv>;
