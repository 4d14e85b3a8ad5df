import 'reflect-metadata';
import { createTokenVerifier } from '@casinox/auth';
import { createOrm } from '@casinox/db';
import { startSubgraphServer } from '@casinox/graphql';
import type { ComplianceEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildComplianceSchema } from './schema.js';

/** Starts the compliance subgraph; returns a handle that stops it (server, then database). */
export async function startCompliance(env: ComplianceEnv) {
  const orm = await createOrm({ url: env.DATABASE_URL, schema: 'compliance', entities, migrations });
  const { schema } = await buildComplianceSchema();
  const server = await startSubgraphServer({
    name: 'compliance',
    port: env.PORT,
    host: env.HOST,
    schema,
    verifyToken: createTokenVerifier({ jwksUrl: env.JWKS_URL }),
    context: (base) => base,
    ready: async () => void (await orm.em.getConnection().execute('select 1')),
  });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await orm.close(true);
    },
  };
}
