import { envField, loadEnv } from '@casinox/env';

/** The only reader of process.env in the tournament subgraph. */
export function loadTournamentEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('tournament', {
    PORT: envField.port(4106),
    HOST: envField.host(),
    DATABASE_URL: envField.postgresUrl(),
    JWKS_URL: envField.url(),
  }, source);
}
export type TournamentEnv = ReturnType<typeof loadTournamentEnv>;
