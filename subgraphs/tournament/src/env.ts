import { loadEnv, subgraphEnvShape } from '@casinox/env';

/** The only reader of process.env in the tournament subgraph. */
export function loadTournamentEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('tournament', subgraphEnvShape(4106), source);
}
export type TournamentEnv = ReturnType<typeof loadTournamentEnv>;
