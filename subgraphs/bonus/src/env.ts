import { envField, loadEnv } from '@casinox/env';

/** The only reader of process.env in the bonus subgraph. */
export function loadBonusEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('bonus', {
    PORT: envField.port(4104),
    HOST: envField.host(),
    DATABASE_URL: envField.postgresUrl(),
    JWKS_URL: envField.url(),
  }, source);
}
export type BonusEnv = ReturnType<typeof loadBonusEnv>;
