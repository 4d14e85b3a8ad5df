import { envField, loadEnv } from '@casinox/env';

/** The only reader of process.env in the compliance subgraph. */
export function loadComplianceEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv('compliance', {
    PORT: envField.port(4107),
    HOST: envField.host(),
    DATABASE_URL: envField.postgresUrl(),
    JWKS_URL: envField.url(),
  }, source);
}
export type ComplianceEnv = ReturnType<typeof loadComplianceEnv>;
