import { loadEnv, subgraphEnvShape } from '@casinox/env';

/** The only reader of process.env in the jackpot subgraph. */
export function loadJackpotEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('jackpot', subgraphEnvShape(4105), source);
}
export type JackpotEnv = ReturnType<typeof loadJackpotEnv>;
