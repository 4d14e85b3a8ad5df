import { startSubgraphService } from '@casinox/graphql';
import type { ComplianceEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildComplianceSchema } from './schema.js';

/** Starts the compliance subgraph; the returned handle stops it (server, then database). */
export function startCompliance(env: ComplianceEnv) {
  return startSubgraphService({ name: 'compliance', env, entities, migrations, buildSchema: buildComplianceSchema });
}
