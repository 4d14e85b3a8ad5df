/**
 * What every benchmark needs: its own embedded PostgreSQL (temporary data dir, pg_stat_statements
 * loaded), the migrations, a tenant with funded players holding genuine tokens, the services as
 * separate processes on loopback (ports offset +20000, as `npm start` runs them), autocannon load
 * from this process, and CPU time per process read from /proc. Bounded: the caller's phases have
 * fixed durations, and `stop()` ends everything it started.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_HEADER, ServiceSigner } from '@casinox/auth';
import {
  bootstrapDatabase,
  createOrm,
  migrateAll,
  roleName,
  startEmbeddedPostgres,
  subgraphEntry,
  type SubgraphName,
  subgraphUrl,
} from '@casinox/db';
import { entities, migrations } from '@casinox/identity';
import { seedPlayer, seedTenant, testTokenSigner } from '@casinox/identity/seed';
import { type ChildService, freePort, startChildService } from '@casinox/testkit';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  gatewayEnv,
  internalUrl,
  type PlatformSettings,
  serviceUrl,
  subgraphEnv,
} from '../../scripts/lib/platform-env.js';
import { generateSecrets } from '../../scripts/lib/platform-secrets.js';

export const log = (line: string) => console.log(`[bench] ${line}`);

const EXPLAIN_MS = Number(process.env.BENCH_EXPLAIN_MS ?? 0);

type Subgraph = SubgraphName;

/** CPU time (ms) the processes have used so far. */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14, 15)
    } catch {
      // exited
    }
  }
  return ticks * 10; // CLK_TCK = 100 on Linux
}

export interface BenchPlatform {
  settings: PlatformSettings;
  admin: pg.Client;
  tenantId: string;
  players: { id: string; token: string }[];
  ownerToken: string;
  /** The gateway's GraphQL URL. */
  url: string;
  nextPlayer(): { id: string; token: string };
  /** Runs one load phase (after a warm-up) and returns its result with CPU ms per request by process. */
  measure(
    name: string,
    request: autocannon.Request,
    check: (body: string) => boolean,
    options?: { connections: number; seconds: number; beforeRun?: () => Promise<void> },
  ): Promise<Phase>;
  stop(): Promise<void>;
}

export interface Phase {
  result: autocannon.Result;
  failed: number;
  /** Every response's latency in ms, in arrival order (phases are merged from these). */
  latencies: number[];
  cpu: Record<string, number>;
}

export async function startBenchPlatform(options: {
  subgraphs: Subgraph[];
  players: number;
  profile?: boolean;
  env?: Partial<Record<Subgraph, Record<string, string>>>;
}): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casinox-bench-'));
  const services: { name: string; service: ChildService }[] = [];
  let stopPostgres: (() => Promise<void>) | null = null;
  let admin: pg.Client | null = null;
  const stop = async () => {
    await admin?.end().catch(() => {});
    for (const { service } of services.reverse()) await service.stop().catch(() => {});
    await stopPostgres?.().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const pgPort = await freePort();
    // pg_stat_statements is loaded to tell where the database's time goes per statement, but tracks
    // nothing unless a profiling phase turns it on (statementTracking): tracking every nested
    // statement costs the database CPU a production server would not spend.
    const postgres = await startEmbeddedPostgres({
      dataDir,
      port: pgPort,
      database: 'bench',
      // (Not `pg_stat_statements.track` here: a command-line setting would outrank ALTER SYSTEM.)
      settings: { shared_preload_libraries: 'pg_stat_statements' },
      ...(EXPLAIN_MS ? { log: (line: string) => console.error(line) } : {}),
    });
    stopPostgres = postgres.stop;
    const settings: PlatformSettings = {
      adminUrl: postgres.adminUrl,
      ...generateSecrets(),
      portOffset: 20_000,
      host: '127.0.0.1',
    };
    await bootstrapDatabase(settings.adminUrl, settings.roleSecret);
    await migrateAll(settings.adminUrl, settings.roleSecret);
    admin = new pg.Client({ connectionString: settings.adminUrl });
    await admin.connect();
    await admin.query('create extension if not exists pg_stat_statements');
    await statementTracking(admin, false);
    if (EXPLAIN_MS) {
      // BENCH_EXPLAIN_MS=n: the plan (with actual rows and buffers) of every statement of the
      // services' roles slower than n ms, nested statements of SQL functions included, on stderr.
      for (const role of options.subgraphs) {
        for (const [name, value] of [
          ['session_preload_libraries', 'auto_explain'],
          ['auto_explain.log_min_duration', `${EXPLAIN_MS}ms`],
          ['auto_explain.log_nested_statements', 'on'],
          ['auto_explain.log_analyze', 'on'],
          ['auto_explain.log_buffers', 'on'],
        ]) {
          await admin.query(`alter role ${roleName(role, 'runtime')} set ${name} = '${value}'`);
        }
      }
    }

    const nodeArgs = (name: string) =>
      options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(process.cwd(), 'profiles', name)}`] : [];
    for (const name of options.subgraphs) {
      const service = await startChildService(
        subgraphEntry(name),
        { ...subgraphEnv(settings, name), ...options.env?.[name] },
        { nodeArgs: nodeArgs(name) },
      );
      services.push({ name, service });
    }
    const gateway = await startChildService('gateway/src/index.ts', gatewayEnv(settings), {
      nodeArgs: nodeArgs('gateway'),
      readyPath: '/health',
    });
    services.push({ name: 'gateway', service: gateway });
    log(`platform up: gateway ${serviceUrl(settings, 'gateway')}, Postgres on ${pgPort}`);

    // A tenant, its players (genuine tokens signed by identity's key) and their money.
    const orm = await createOrm({
      url: subgraphUrl(settings.adminUrl, 'identity', 'runtime', settings.roleSecret),
      schema: 'identity',
      entities,
      migrations,
      poolMax: 4,
    });
    const tenant = await seedTenant(orm);
    const tokens = await testTokenSigner(orm, settings.identitySecret);
    const players: { id: string; token: string }[] = [];
    for (let i = 0; i < options.players; i++) {
      const player = await seedPlayer(orm, { tenantId: tenant.id });
      players.push({ id: player.id, token: `Bearer ${await tokens.playerToken(tenant.id, player.id)}` });
    }
    const ownerToken = `Bearer ${await tokens.operatorToken(tenant.id, 'OWNER')}`;
    await orm.close(true);
    // Funded as the bonus service grants money (the one caller the wallet lets grant).
    const bonus = new ServiceSigner('bonus', settings.serviceKeys.bonus);
    for (const player of players) {
      const body = JSON.stringify({
        tenantId: tenant.id,
        playerId: player.id,
        asset: 'EUR',
        amount: '100000000',
        idempotencyKey: `bench-${player.id}`,
      });
      const res = await fetch(`${internalUrl(settings, 'wallet')}/internal/v1/grant`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: bonus.sign('wallet', { method: 'POST', path: '/internal/v1/grant', body }),
        },
        body,
      });
      if (!res.ok) throw new Error(`funding failed: ${res.status} ${await res.text()}`);
    }
    log(`${options.players} players funded`);

    const url = `${serviceUrl(settings, 'gateway')}/graphql`;
    let next = 0;
    const nextPlayer = () => players[next++ % players.length]!;
    const pids: Record<string, () => number[]> = Object.fromEntries(
      services.map(({ name, service }) => [name, () => [service.pid]]),
    );
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const connected = admin;
    /**
     * CPU ms so far of each Postgres process, with whom it works for: a service's role, or the
     * server's own processes (the postmaster, WAL writer, checkpointer, autovacuum, this bench's
     * admin session). A backend that exits during a phase takes its CPU time with it, so a phase
     * counts the processes alive at its end (pools keep theirs while loaded).
     */
    const postgresProcesses = async () => {
      const { rows } = await connected.query<{ pid: number; role: string | null }>(
        `select pid, usename as role from pg_stat_activity`,
      );
      const processes = new Map(
        rows.map(({ pid, role }) => [
          pid,
          { role: role && options.subgraphs.includes(role as Subgraph) ? role : 'server', cpu: cpuMs([pid]) },
        ]),
      );
      processes.set(postmaster, { role: 'server', cpu: cpuMs([postmaster]) });
      return processes;
    };

    const measure: BenchPlatform['measure'] = async (
      name,
      request,
      check,
      phase = { connections: 32, seconds: 15 },
    ) => {
      await load(`${name} warm-up`, { url, connections: phase.connections, duration: 3, requests: [request] }, check);
      // Statistics as a running platform has them: autovacuum analyzes a growing table within its
      // first minute (autovacuum_naptime), and every cached plan is then re-planned. A phase that
      // starts seconds after the database was created would otherwise measure plans chosen for
      // empty tables (the bench's only tenant makes `tenant_id = $1` look selective there).
      await connected.query('analyze');
      await phase.beforeRun?.();
      const before = Object.fromEntries(Object.entries(pids).map(([k, f]) => [k, cpuMs(f())]));
      const postgresBefore = await postgresProcesses();
      const selfBefore = process.cpuUsage();
      const { result, failed, latencies } = await load(
        name,
        { url, connections: phase.connections, duration: phase.seconds, requests: [request] },
        check,
      );
      const self = process.cpuUsage(selfBefore);
      const cpu = Object.fromEntries(
        Object.entries(pids).map(([k, f]) => [k, (cpuMs(f()) - before[k]!) / result.requests.total]),
      );
      cpu['load generator'] = (self.user + self.system) / 1000 / result.requests.total;
      // Postgres, and its share by whom it served: each service's backends, and the server's own processes.
      cpu.postgres = 0;
      for (const [pid, now] of await postgresProcesses()) {
        const used = (now.cpu - (postgresBefore.get(pid)?.cpu ?? 0)) / result.requests.total;
        cpu.postgres += used;
        cpu[`pg:${now.role}`] = (cpu[`pg:${now.role}`] ?? 0) + used;
      }
      return { result, failed, latencies, cpu };
    };
    return { settings, admin: connected, tenantId: tenant.id, players, ownerToken, url, nextPlayer, measure, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function load(name: string, options: autocannon.Options, check: (body: string) => boolean) {
  let failed = 0;
  const requests = options.requests!.map((request) => ({
    ...request,
    onResponse: (status: number, body: string) => {
      if (status !== 200 || !check(body)) failed++;
    },
  }));
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, requests }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  });
  log(
    `${name}: ${result.requests.total} requests, ${failed} failed, ${result.errors} errors, ${result.timeouts} timeouts`,
  );
  return { result, failed, latencies };
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;

/**
 * Phases of the same load as one figure: requests per second over their total duration, p50 and
 * p99 over all their responses, failures summed, CPU per request weighted by requests.
 * Alternating the phases of two loads (A B A B) keeps one slow minute of a shared machine from
 * landing on one side of a ratio only.
 */
export function combine(phases: readonly Phase[]) {
  const total = phases.reduce((sum, p) => sum + p.result.requests.total, 0);
  const seconds = phases.reduce((sum, p) => sum + p.result.duration, 0);
  const latencies = phases.flatMap((p) => p.latencies).sort((a, b) => a - b);
  return {
    perSecond: total / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    failed: phases.reduce((sum, p) => sum + p.failed, 0),
    total,
    perPhase: phases.map((p) => p.result.requests.total / p.result.duration),
    cpu: Object.fromEntries(
      [...new Set(phases.flatMap((p) => Object.keys(p.cpu)))].map((k) => [
        k,
        phases.reduce((sum, p) => sum + (p.cpu[k] ?? 0) * p.result.requests.total, 0) / total,
      ]),
    ),
  };
}

/** A placeBet request for autocannon: dice, `stake` minor units of EUR, players round-robin, a fresh key per bet. */
export function diceBetRequest(nextPlayer: () => { token: string }, stake = '100'): autocannon.Request {
  return {
    method: 'POST',
    path: '/graphql',
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      headers: { 'content-type': 'application/json', authorization: nextPlayer().token },
      body: JSON.stringify({
        query: 'mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok bet { id payout } balanceAfter } }',
        variables: {
          input: {
            game: 'DICE',
            asset: 'EUR',
            stake,
            params: { target: 49.5, direction: 'OVER' },
            idempotencyKey: randomUUID(),
          },
        },
      }),
    }),
  };
}

/** The ledger after a run: every bet settled once, every transfer balanced, every cached balance = its entries. */
export async function ledgerCheck(admin: pg.Client) {
  const row = (
    await admin.query<{
      settled: number;
      unfinished: number;
      transfers: number;
      unbalanced: number;
      mismatched: number;
      negative: number;
    }>(`
    select
      (select count(*)::int from games.bet where status = 'SETTLED') as settled,
      (select count(*)::int from games.bet where status not in ('SETTLED', 'REJECTED')) as unfinished,
      (select count(*)::int from wallet.transfer where kind = 'BET_WIN') as transfers,
      (select count(*)::int from (select 1 from wallet.entry group by transfer_id, asset_id having sum(amount) <> 0) x) as unbalanced,
      (select count(*)::int from wallet.account a where a.balance is not null
          and a.balance <> coalesce((select sum(e.amount) from wallet.entry e where e.account_id = a.id), 0)) as mismatched,
      (select count(*)::int from wallet.account where balance < 0) as negative`)
  ).rows[0]!;
  const conserved =
    row.unbalanced === 0 &&
    row.mismatched === 0 &&
    row.negative === 0 &&
    row.settled === row.transfers &&
    row.unfinished === 0;
  return { ...row, conserved };
}

/** A GraphQL call through the gateway (set-up steps of a benchmark, not measured). */
export async function gatewayCall<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`gateway call failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Turns per-statement tracking (nested statements included) on or off for every session, at once. */
export async function statementTracking(admin: pg.Client, on: boolean): Promise<void> {
  await admin.query(`alter system set pg_stat_statements.track = '${on ? 'all' : 'none'}'`);
  await admin.query('select pg_reload_conf()');
  // Backends pick the new value up at their next command; give the reload a moment to reach them.
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (on) await admin.query('select pg_stat_statements_reset()');
}
