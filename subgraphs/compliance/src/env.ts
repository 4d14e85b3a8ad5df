import { loadEnv, subgraphEnvShape } from '@casinox/env';

/** The only reader of process.env in the compliance subgraph. */
export function loadComplianceEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('compliance', subgraphEnvShape(4107), source);
}
export type ComplianceEnv = ReturnType<typeof loadComplianceEnv>;
