import 'reflect-metadata';
import { createTokenVerifier } from '@casinox/auth';
import { createOrm } from '@casinox/db';
import { startSubgraphServer } from '@casinox/graphql';
import type { JackpotEnv } from './env.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildJackpotSchema } from './schema.js';

/** Starts the jackpot subgraph; returns a handle that stops it (server, then database). */
export async function startJackpot(env: JackpotEnv) {
  const orm = await createOrm({ url: env.DATABASE_URL, schema: 'jackpot', entities, migrations });
  const { schema } = await buildJackpotSchema();
  const server = await startSubgraphServer({
    name: 'jackpot',
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
