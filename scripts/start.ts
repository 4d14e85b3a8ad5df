/**
 * `npm start`: the whole platform on one machine.
 * Starts an embedded PostgreSQL (data under .data/, kept between runs) unless DATABASE_URL points
 * at another server, creates the roles and schemas, runs every migration, seeds the demo platform
 * (idempotently), then starts every subgraph, the gateway and both apps as separate processes,
 * waits until each answers, prints the URLs and demo logins, and stops everything on Ctrl-C.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  bootstrapDatabase,
  DEFAULT_PORTS,
  migrateAll,
  SUBGRAPHS,
  startEmbeddedPostgres,
  subgraphEntry,
} from '@casinox/db';
import { envField, loadEnv, z } from '@casinox/env';
import { loadOrCreateSecrets } from './lib/platform-secrets.js';
import { appEnv, gatewayEnv, type PlatformSettings, port, serviceUrl, subgraphEnv } from './lib/platform-env.js';
import { seedDemoPlatform } from './lib/seed-demo.js';

const root = resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(`[start] ${line}`);
// npm runs on the system Node; everything it starts runs on the pinned `node` devDependency.
const npmNode = /\bnode\/(v[\d.]+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
log(
  `Node ${process.version} (pinned by the project)${npmNode && npmNode !== process.version ? `; npm itself runs on Node ${npmNode}` : ''}`,
);
const env = loadEnv('npm start', {
  DATABASE_URL: envField.postgresUrl().optional(),
  CASINOX_DATA_DIR: z.string().default('.data'),
  CASINOX_RESET: envField.bool(false),
  CASINOX_PORT_OFFSET: z.coerce.number().int().min(0).max(20_000).default(0),
});

const dataDir = resolve(root, env.CASINOX_DATA_DIR);
const children: { name: string; child: ChildProcess }[] = [];
let stopPostgres: () => Promise<void> = async () => {};
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (shuttingDown) return new Promise<never>(() => {});
  shuttingDown = true;
  log('stopping…');
  // Whatever hangs, the command ends.
  setTimeout(() => {
    console.error('[start] shutdown took too long; exiting');
    process.exit(code || 1);
  }, 30_000).unref();
  await Promise.all(children.map(({ child }) => stopChild(child)));
  await stopPostgres().catch((error: unknown) => console.error('[start] postgres did not stop cleanly', error));
  log('stopped');
  process.exit(code);
}
// `on`, not `once`: npm and tsx relay the terminal's signal again, and a second, unhandled one would
// kill this process halfway through stopping its children.
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** Each child leads its own process group, so anything it starts stops with it. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 8000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      done();
    }
  });
}

function run(name: string, args: string[], cwd: string, extraEnv: Record<string, string>): void {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) =>
    stream?.on('data', (chunk: Buffer) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.once('exit', (code, signal) => {
    if (shuttingDown) return;
    console.error(`[start] ${name} exited (${signal ?? code}); stopping the platform`);
    void shutdown(1);
  });
  children.push({ name, child });
}

async function waitFor(name: string, url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${url}`);
}

try {
  let adminUrl = env.DATABASE_URL;
  if (!adminUrl) {
    if (env.CASINOX_RESET) rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'postgres'),
      port: DEFAULT_PORTS.postgres + env.CASINOX_PORT_OFFSET,
    });
    stopPostgres = pg.stop;
    adminUrl = pg.adminUrl;
    log(`embedded PostgreSQL 17 running (data in ${join(env.CASINOX_DATA_DIR, 'postgres')})`);
  }
  // Random secrets made on first run, kept with the data (a fresh data directory gets fresh ones).
  const secrets = loadOrCreateSecrets(join(dataDir, 'secrets.json'));
  const settings: PlatformSettings = {
    adminUrl,
    ...secrets,
    portOffset: env.CASINOX_PORT_OFFSET,
    host: '127.0.0.1',
  };
  await bootstrapDatabase(adminUrl, settings.roleSecret);
  await migrateAll(adminUrl, settings.roleSecret, log);
  const demo = await seedDemoPlatform(settings);
  log('database ready: roles, schemas, migrations, demo data');

  const tsx = ['--import', 'tsx'];
  // Identity first: everyone else verifies tokens against its JWKS.
  run('identity', [...tsx, subgraphEntry('identity')], root, subgraphEnv(settings, 'identity'));
  await waitFor('identity', `${serviceUrl(settings, 'identity')}/health`);
  for (const name of SUBGRAPHS.filter((n) => n !== 'identity'))
    run(name, [...tsx, subgraphEntry(name)], root, subgraphEnv(settings, name));
  await Promise.all(SUBGRAPHS.map((name) => waitFor(name, `${serviceUrl(settings, name)}/health`)));
  run('gateway', [...tsx, 'gateway/src/index.ts'], root, gatewayEnv(settings));
  await waitFor('gateway', `${serviceUrl(settings, 'gateway')}/health`);

  // Each app as `next start` serves it, with X-Forwarded-For completed by the address that connected (packages/web/src/server/serve.ts).
  for (const app of ['player', 'admin'] as const) {
    run(
      app,
      [...tsx, join(root, 'packages/web/src/server/serve.ts'), '-p', String(port(settings, app)), '-H', '127.0.0.1'],
      join(root, 'apps', app),
      appEnv(settings),
    );
  }
  await Promise.all((['player', 'admin'] as const).map((app) => waitFor(app, `${serviceUrl(settings, app)}/`)));

  console.log(`
  CasinoX is running.

    Player site     ${serviceUrl(settings, 'player')}/${demo.tenants[0]}   (also /${demo.tenants.slice(1).join(', /')})
    Admin console   ${serviceUrl(settings, 'admin')}
    GraphQL         ${serviceUrl(settings, 'gateway')}/graphql   (HTTP and WebSocket)

  Demo logins (password in brackets):
${demo.logins.map((l) => `    ${l.who.padEnd(26)} ${l.email.padEnd(24)} (${l.password})`).join('\n')}
    Operators enrol TOTP at their first admin login (scan the QR code shown).

  Press Ctrl-C to stop.
`);
} catch (error) {
  console.error('[start] failed:', error instanceof Error ? error.message : error);
  await shutdown(1);
}
