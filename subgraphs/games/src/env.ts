import { loadEnv, subgraphEnvShape } from '@casinox/env';

/** The only reader of process.env in the games subgraph. */
export function loadGamesEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('games', subgraphEnvShape(4103), source);
}
export type GamesEnv = ReturnType<typeof loadGamesEnv>;
