import 'reflect-metadata';
import { createTokenVerifier, ServiceVerifier } from '@casinox/auth';
import { createOrm, type OrmOptions, type SubgraphName } from '@casinox/db';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { BaseContext } from './context.js';
import { type InternalRoute, type RouteHandler, startSubgraphServer } from './server.js';
import type { SubgraphBuild } from './subgraph.js';

/** The env every subgraph reads (see `subgraphEnvShape` in @casinox/env). */
export interface SubgraphEnv {
  PORT: number;
  HOST: string;
  DATABASE_URL: string;
  JWKS_URL: string;
  SERVICE_CALLERS: Record<string, string>;
  INTERNAL_PORT: number;
  INTERNAL_HOST: string;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Origin of the internal listener (service-to-service routes), when the subgraph has one. */
  internalUrl: string | null;
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * What every subgraph does to start: its ORM on its own schema, its federated schema, the HTTP
 * server verifying tokens against identity's JWKS, readiness = the database answers. Stops the
 * server before the database.
 */
export async function startSubgraphService<TContext extends BaseContext = BaseContext>(options: {
  name: SubgraphName;
  env: SubgraphEnv;
  entities: OrmOptions['entities'];
  migrations: OrmOptions['migrations'];
  buildSchema: () => Promise<SubgraphBuild>;
  context?: (base: BaseContext, orm: MikroORM) => TContext | Promise<TContext>;
  routes?: (orm: MikroORM) => Record<string, RouteHandler>;
  internalRoutes?: (orm: MikroORM) => Record<string, InternalRoute>;
}): Promise<RunningSubgraph> {
  const { env } = options;
  const orm = await createOrm({ url: env.DATABASE_URL, schema: options.name, entities: options.entities, migrations: options.migrations });
  try {
    const { schema } = await options.buildSchema();
    const server = await startSubgraphServer<TContext>({
      name: options.name,
      port: env.PORT,
      host: env.HOST,
      schema,
      verifyToken: createTokenVerifier({ jwksUrl: env.JWKS_URL }),
      services: new ServiceVerifier(options.name, env.SERVICE_CALLERS),
      context: (base) => (options.context ? options.context(base, orm) : (base as TContext)),
      routes: options.routes?.(orm),
      internal: options.internalRoutes ? { port: env.INTERNAL_PORT, host: env.INTERNAL_HOST, routes: options.internalRoutes(orm) } : undefined,
      ready: async () => void (await orm.em.getConnection().execute('select 1')),
    });
    return {
      url: server.url,
      port: server.port,
      internalUrl: server.internalUrl,
      orm,
      async stop() {
        await server.stop();
        await orm.close(true);
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}
