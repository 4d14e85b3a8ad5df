import 'reflect-metadata';
import { AuthError, createTokenVerifier, ServiceVerifier, type TokenVerifier } from '@casinox/auth';
import { createOrm, type OrmOptions, runEvery, type SubgraphName } from '@casinox/db';
import {
  EventBus,
  type EventName,
  type EventPayloads,
  outboxRelays,
  type OutboxRelays,
  type QueueName,
  type ScheduledJobName,
} from '@casinox/events';
import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { BaseContext } from './context.js';
import { type InternalRoute, type RouteHandler, startSubgraphServer } from './server.js';
import type { SubgraphBuild } from './subgraph.js';

/** The env every subgraph reads (see `subgraphEnvShape` in @casinox/env). */
export interface SubgraphEnv {
  PORT: number;
  HOST: string;
  DATABASE_URL: string;
  /** Identity's JWKS; identity itself may leave it out and verify against its own. */
  JWKS_URL?: string;
  SERVICE_CALLERS: Record<string, string>;
  INTERNAL_PORT: number;
  INTERNAL_HOST: string;
  SHUTDOWN_GRACE_MS: number;
  SHUTDOWN_DRAIN_MS: number;
}

/** A consumer of one queue of the event bus (packages/events/src/topology.ts). */
export interface Consumer {
  queue: QueueName;
  handle(payload: never): Promise<void>;
  pollingIntervalSeconds?: number;
}
/** Typed helper: the handler's payload is the queue's event. */
export const consume = <E extends EventName>(
  queue: QueueName,
  handle: (payload: EventPayloads[E]) => Promise<void>,
  pollingIntervalSeconds?: number,
): Consumer => ({
  queue,
  handle: handle as Consumer['handle'],
  pollingIntervalSeconds,
});

/** The parts a subgraph brings; the bootstrap owns the wiring (bus, relays, jobs, order of shutdown). */
export interface ServiceParts<TContext extends BaseContext> {
  context?: (base: BaseContext) => TContext | Promise<TContext>;
  /** Public HTTP routes beside /graphql (webhooks, JWKS…). */
  routes?: Record<string, RouteHandler>;
  /** Service-to-service routes, on the internal listener. */
  internalRoutes?: Record<string, InternalRoute>;
  /** Event-bus queues this subgraph consumes. */
  consumers?: Consumer[];
  /** The transactional outbox this subgraph relays onto the bus (every `intervalMs`; 0: only on demand). */
  outbox?: { pool: pg.Pool; table: string; events: readonly EventName[]; intervalMs: number };
  /** Periodic business jobs, on pg-boss schedules (every `everyMs`, whole minutes; 0 turns one off). */
  jobs?: { queue: ScheduledJobName; everyMs: number; run(signal: AbortSignal): Promise<unknown> }[];
  /** Sub-minute background loops in this process (`runEvery`), e.g. re-driving bets left pending. */
  loops?: { name: string; intervalMs: number; run(signal: AbortSignal): Promise<unknown> }[];
  /** Runs once the listeners are up (e.g. a component that must know its public origin). */
  listening?: (service: { url: string; internalUrl: string | null }) => void;
  /** Released last, in order, after the server, the loops, the jobs and the bus stopped (or start-up failed). */
  release?: (() => unknown)[];
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** Origin of the internal listener (service-to-service routes), when the subgraph has one. */
  internalUrl: string | null;
  /** The JWKS URL this instance's own listener would serve (identity publishes it). */
  ownJwksUrl: string;
  orm: MikroORM;
  /** Moves the outbox onto the bus now (tests, and a no-op without an outbox). */
  relay: OutboxRelays;
  /** The bus, when the subgraph uses one. */
  bus: EventBus | null;
  stop(): Promise<void>;
}

const loopback = (host: string) =>
  host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

/**
 * The one bootstrap of every subgraph: its ORM on its own schema, its parts (built with the ORM),
 * the event bus when it consumes, relays or schedules anything, the HTTP listeners verifying
 * tokens against identity's JWKS (readiness = the database answers). Stops in the order that keeps
 * work safe: drain HTTP (readiness 503 first), then loops and jobs, then the bus, the ORM, and the
 * subgraph's own resources; a failed start-up releases whatever was made.
 */
export async function startSubgraphService<TContext extends BaseContext = BaseContext>(options: {
  name: SubgraphName;
  env: SubgraphEnv;
  entities: OrmOptions['entities'];
  migrations: OrmOptions['migrations'];
  buildSchema: () => Promise<SubgraphBuild>;
  /** This service runs the bus's maintenance (expiry, retention; pg-boss serialises it across processes). */
  maintainBus?: boolean;
  /** Resources the subgraph made before calling (its pool, clients): released like `parts.release`. */
  release?: (() => unknown)[];
  parts?: ServiceParts<TContext> | ((orm: MikroORM) => ServiceParts<TContext> | Promise<ServiceParts<TContext>>);
}): Promise<RunningSubgraph> {
  const { env, name } = options;
  const release = [...(options.release ?? [])];
  const stops: (() => Promise<void>)[] = [];
  let orm: MikroORM | null = null;
  let bus: EventBus | null = null;
  const closeAll = async () => {
    for (const stop of stops) await stop().catch((error: unknown) => console.error(`[${name}] stopping`, error));
    await bus?.stop().catch((error: unknown) => console.error(`[${name}] event bus`, error));
    await orm?.close(true);
    for (const free of release)
      await Promise.resolve(free()).catch((error: unknown) => console.error(`[${name}] release`, error));
  };
  try {
    orm = await createOrm({
      url: env.DATABASE_URL,
      schema: name,
      entities: options.entities,
      migrations: options.migrations,
    });
    const openOrm = orm;
    const parts = typeof options.parts === 'function' ? await options.parts(orm) : (options.parts ?? {});
    release.unshift(...(parts.release ?? []));
    const jobs = parts.jobs ?? [];
    if (parts.consumers?.length || parts.outbox || jobs.length) {
      bus = await EventBus.start(env.DATABASE_URL, {
        name,
        maintain: options.maintainBus ?? false,
        schedule: jobs.some((job) => job.everyMs > 0),
      });
    }
    const { schema } = await options.buildSchema();
    // The verifier needs the JWKS URL, which for identity on PORT 0 is only known once listening.
    let verifier: TokenVerifier | null = null;
    const server = await startSubgraphServer<TContext>({
      name,
      port: env.PORT,
      host: env.HOST,
      schema,
      verifyToken: (token) =>
        verifier ? verifier(token) : Promise.reject(new AuthError('UNAUTHENTICATED', `${name} is starting.`)),
      services: new ServiceVerifier(name, env.SERVICE_CALLERS),
      context: (base) => (parts.context ? parts.context(base) : (base as TContext)),
      routes: parts.routes,
      internal: parts.internalRoutes
        ? { port: env.INTERNAL_PORT, host: env.INTERNAL_HOST, routes: parts.internalRoutes }
        : undefined,
      ready: async () => void (await openOrm.em.getConnection().execute('select 1')),
      shutdown: { graceMs: env.SHUTDOWN_GRACE_MS, drainMs: env.SHUTDOWN_DRAIN_MS },
    });
    // Stopped first: the listeners drain before anything their requests use stops.
    stops.push(() => server.stop());
    const ownJwksUrl = `http://${loopback(env.HOST)}:${server.port}/.well-known/jwks.json`;
    verifier = createTokenVerifier({ jwksUrl: env.JWKS_URL ?? ownJwksUrl });

    for (const consumer of parts.consumers ?? []) {
      await bus!.work(consumer.queue, consumer.handle as (payload: unknown) => Promise<void>, {
        pollingIntervalSeconds: consumer.pollingIntervalSeconds,
      });
    }
    const relay: OutboxRelays = parts.outbox
      ? outboxRelays(parts.outbox.pool, bus!, { outbox: parts.outbox.table, events: parts.outbox.events })
      : { drain: async () => 0 };
    const loops = [...(parts.loops ?? [])];
    if (parts.outbox)
      loops.push({ name: `${name} outbox relay`, intervalMs: parts.outbox.intervalMs, run: () => relay.drain() });
    for (const loop of loops) {
      const running = runEvery(loop.name, loop.intervalMs, loop.run);
      stops.push(() => running.stop());
    }
    for (const job of jobs) await bus!.schedule(job.queue, job.everyMs, job.run);
    parts.listening?.({ url: server.url, internalUrl: server.internalUrl });

    let stopping: Promise<void> | null = null;
    return {
      url: server.url,
      port: server.port,
      internalUrl: server.internalUrl,
      ownJwksUrl,
      orm,
      relay,
      bus,
      stop: () => (stopping ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** What a subgraph's index.ts does: start from process.env, say where, stop on SIGINT/SIGTERM. */
export async function runSubgraph<TEnv>(module: {
  name: string;
  loadEnv(): TEnv;
  start(env: TEnv): Promise<{ url: string; stop(): Promise<void> }>;
}): Promise<void> {
  const service = await module.start(module.loadEnv());
  console.log(`${module.name} subgraph ready at ${service.url} (Node ${process.versions.node})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void service.stop().then(() => process.exit(0)));
  }
}
