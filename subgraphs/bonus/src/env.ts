import { loadEnv, subgraphEnvShape } from '@casinox/env';

/** The only reader of process.env in the bonus subgraph. */
export function loadBonusEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('bonus', subgraphEnvShape(4104), source);
}
export type BonusEnv = ReturnType<typeof loadBonusEnv>;
