/**
 * `npm run bench:bets` — bets through the gateway vs the gateway's one-subgraph query throughput,
 * measured in ONE run on this machine, then a ledger conservation check.
 *
 * Starts its own embedded PostgreSQL (a temporary data dir), migrates, seeds a tenant with players,
 * and runs identity, wallet, games and the gateway as separate processes (as `npm start` does) on
 * loopback ports (offset +20000). Load comes from autocannon in this process. Bounded: fixed
 * durations, then everything it started is stopped.
 *
 * Prints: bets/s, p50/p99 latency, query req/s, their ratio, and CPU milliseconds per request of
 * each process (gateway, games, wallet, Postgres, the load generator) — where the time goes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceAuthorization } from '@casinox/auth';
import { bootstrapDatabase, createOrm, startEmbeddedPostgres, subgraphUrl } from '@casinox/db';
import { entities, migrations } from '@casinox/identity';
import { seedPlayer, seedTenant, testTokenSigner } from '@casinox/identity/seed';
import { type ChildService, freePort, startChildService } from '@casinox/testkit';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrateAll } from '../../scripts/lib/migrate-all.js';
import { gatewayEnv, type PlatformSettings, serviceUrl, subgraphEnv } from '../../scripts/lib/platform-env.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 256);
const PROFILE = process.env.BENCH_PROFILE === '1';

const log = (line: string) => console.log(`[bench] ${line}`);

/** CPU time (ms) a process and, for Postgres, every backend it forked have used so far. */
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

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === parent) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function load(name: string, options: autocannon.Options, check: (body: string) => boolean) {
  let failed = 0;
  const requests = options.requests!.map((request) => ({
    ...request,
    onResponse: (status: number, body: string) => {
      if (status !== 200 || !check(body)) failed++;
    },
  }));
  const result = await autocannon({ ...options, requests });
  log(`${name}: ${result.requests.total} requests, ${failed} failed, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { result, failed };
}

const dataDir = mkdtempSync(join(tmpdir(), 'casinox-bench-'));
const services: ChildService[] = [];
let stopPostgres: (() => Promise<void>) | null = null;
try {
  const pgPort = await freePort();
  // pg_stat_statements (nested statements too) tells where the database's time goes per statement.
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: pgPort,
    database: 'bench',
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' },
  });
  stopPostgres = postgres.stop;
  const settings: PlatformSettings = {
    adminUrl: postgres.adminUrl,
    roleSecret: 'bench-role-secret-0123456789',
    serviceSecret: 'bench-service-secret-0123456789',
    identitySecret: 'bench-identity-secret-0123456789-abcdefgh',
    portOffset: 20_000,
    host: '127.0.0.1',
  };
  await bootstrapDatabase(settings.adminUrl, settings.roleSecret);
  await migrateAll(settings.adminUrl, settings.roleSecret);
  const admin = new pg.Client({ connectionString: settings.adminUrl });
  await admin.connect();
  await admin.query('create extension if not exists pg_stat_statements');

  const args = (name: string) => (PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(process.cwd(), 'profiles', name)}`] : []);
  const start = async (name: 'identity' | 'wallet' | 'games', extra: Record<string, string> = {}) => {
    const service = await startChildService(`subgraphs/${name}/src/index.ts`, { ...subgraphEnv(settings, name), ...extra }, { nodeArgs: args(name) });
    services.push(service);
    return service;
  };
  const identity = await start('identity');
  const wallet = await start('wallet', { RECONCILIATION_INTERVAL_MS: '0', LEDGER_POOL_MAX: '16' });
  const games = await start('games', { BET_POOL_MAX: '16' });
  const gateway = await startChildService('gateway/src/index.ts', gatewayEnv(settings), { nodeArgs: args('gateway'), readyPath: '/health' });
  services.push(gateway);
  log(`platform up: gateway ${serviceUrl(settings, 'gateway')}, Postgres on ${pgPort}`);

  // A tenant, its players (genuine tokens signed by identity's key) and their money.
  const orm = await createOrm({ url: subgraphUrl(settings.adminUrl, 'identity', 'runtime', settings.roleSecret), schema: 'identity', entities, migrations, poolMax: 4 });
  const tenant = await seedTenant(orm);
  const tokens = await testTokenSigner(orm, settings.identitySecret);
  const players: { id: string; token: string }[] = [];
  for (let i = 0; i < PLAYERS; i++) {
    const player = await seedPlayer(orm, { tenantId: tenant.id });
    players.push({ id: player.id, token: `Bearer ${await tokens.playerToken(tenant.id, player.id)}` });
  }
  await orm.close(true);
  for (const player of players) {
    const res = await fetch(`${serviceUrl(settings, 'wallet')}/internal/v1/grant`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: serviceAuthorization(settings.serviceSecret, 'bench') },
      body: JSON.stringify({ tenantId: tenant.id, playerId: player.id, asset: 'EUR', amount: '100000000', idempotencyKey: `bench-${player.id}` }),
    });
    if (!res.ok) throw new Error(`funding failed: ${res.status} ${await res.text()}`);
  }
  log(`${PLAYERS} players funded; ${CONNECTIONS} connections, ${SECONDS} s per phase`);

  const url = `${serviceUrl(settings, 'gateway')}/graphql`;
  let next = 0;
  const nextPlayer = () => players[next++ % players.length]!;
  const placeBet = {
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (request: autocannon.Request) => {
      const player = nextPlayer();
      return {
        ...request,
        headers: { 'content-type': 'application/json', authorization: player.token },
        body: JSON.stringify({
          query: 'mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok bet { id payout } balanceAfter } }',
          variables: { input: { game: 'DICE', asset: 'EUR', stake: '100', params: { target: 49.5, direction: 'OVER' }, idempotencyKey: randomUUID() } },
        }),
      };
    },
  };
  const query = {
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      headers: { 'content-type': 'application/json', authorization: nextPlayer().token },
      body: JSON.stringify({ query: '{ games { code enabled rtp } }' }),
    }),
  };

  const pids = {
    gateway: () => [gateway.pid],
    games: () => [games.pid],
    wallet: () => [wallet.pid],
    identity: () => [identity.pid],
    postgres: () => {
      const master = postmasterPid(dataDir);
      return [master, ...childrenOf(master)];
    },
  };
  const measure = async (name: string, request: typeof placeBet, check: (body: string) => boolean, beforeRun?: () => Promise<void>) => {
    await load(`${name} warm-up`, { url, connections: CONNECTIONS, duration: 3, requests: [request] }, check);
    await beforeRun?.();
    const before = Object.fromEntries(Object.entries(pids).map(([k, f]) => [k, cpuMs(f())]));
    const selfBefore = process.cpuUsage();
    const { result, failed } = await load(name, { url, connections: CONNECTIONS, duration: SECONDS, requests: [request] }, check);
    const self = process.cpuUsage(selfBefore);
    const cpu = Object.fromEntries(Object.entries(pids).map(([k, f]) => [k, (cpuMs(f()) - before[k]!) / result.requests.total]));
    cpu['load generator'] = (self.user + self.system) / 1000 / result.requests.total;
    return { result, failed, cpu };
  };

  const bets = await measure('placeBet', placeBet, (body) => body.includes('"ok":true'), async () => {
    await admin.query('select pg_stat_statements_reset()');
  });
  // Database time per bet by statement (top-level calls include their nested statements' time).
  const statements = (
    await admin.query<{ query: string; calls: string; total: number; toplevel: boolean }>(
      `select query, calls, total_exec_time as total, toplevel from pg_stat_statements
        where query not ilike '%pg_stat_statements%' order by total_exec_time desc limit 12`,
    )
  ).rows;
  const queries = await measure('one-subgraph query', query, (body) => body.includes('"games":['));

  // Conservation: every bet settled once, every transfer balanced, every cached balance = its entries.
  const check = (
    await admin.query<{ settled: number; unfinished: number; transfers: number; unbalanced: number; mismatched: number; negative: number }>(`
    select
      (select count(*)::int from games.bet where status = 'SETTLED') as settled,
      (select count(*)::int from games.bet where status not in ('SETTLED', 'REJECTED')) as unfinished,
      (select count(*)::int from wallet.transfer where kind = 'BET_WIN') as transfers,
      (select count(*)::int from (select 1 from wallet.entry group by transfer_id, asset_id having sum(amount) <> 0) x) as unbalanced,
      (select count(*)::int from wallet.account a where a.balance is not null
          and a.balance <> coalesce((select sum(e.amount) from wallet.entry e where e.account_id = a.id), 0)) as mismatched,
      (select count(*)::int from wallet.account where balance < 0) as negative`)
  ).rows[0]!;
  await admin.end();

  const betsPerSecond = bets.result.requests.average;
  const queriesPerSecond = queries.result.requests.average;
  const ratio = betsPerSecond / queriesPerSecond;
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`
  CasinoX bet benchmark — ${CONNECTIONS} connections, ${SECONDS} s per phase, ${PLAYERS} players, one run
  ─────────────────────────────────────────────────────────────────────────────
  placeBet through the gateway   ${betsPerSecond.toFixed(0).padStart(6)} bets/s    p50 ${ms(bets.result.latency.p50)}   p99 ${ms(bets.result.latency.p99)}   (${bets.failed} failed)
  one-subgraph query (games)     ${queriesPerSecond.toFixed(0).padStart(6)} req/s     p50 ${ms(queries.result.latency.p50)}   p99 ${ms(queries.result.latency.p99)}   (${queries.failed} failed)
  ratio bets/s ÷ query req/s      ${ratio.toFixed(2)}      (target ≥ 0.5)
  targets: ≥ 500 bets/s ${betsPerSecond >= 500 ? 'MET' : 'NOT MET'} · p99 ≤ 100 ms ${bets.result.latency.p99 <= 100 ? 'MET' : 'NOT MET'} · ratio ≥ 0.5 ${ratio >= 0.5 ? 'MET' : 'NOT MET'}

  CPU per request (ms)           ${Object.keys(bets.cpu).map((k) => k.padStart(10)).join(' ')}
    placeBet                     ${Object.values(bets.cpu).map((v) => v.toFixed(2).padStart(10)).join(' ')}
    query                        ${Object.values(queries.cpu).map((v) => v.toFixed(2).padStart(10)).join(' ')}

  database time per bet by statement (pg_stat_statements; nested = inside a top-level call):
${statements.map((s) => `    ${(s.total / bets.result.requests.total).toFixed(3).padStart(7)} ms  ${(Number(s.calls) / bets.result.requests.total).toFixed(2).padStart(5)}×  ${s.toplevel ? '' : '(nested) '}${s.query.replace(/\s+/g, ' ').slice(0, 90)}`).join('\n')}

  ledger after the run: ${check.settled} bets settled, ${check.transfers} BET_WIN transfers, ${check.unfinished} unfinished,
    ${check.unbalanced} unbalanced transfers, ${check.mismatched} balances ≠ entries, ${check.negative} negative balances
    → ${check.unbalanced === 0 && check.mismatched === 0 && check.negative === 0 && check.settled === check.transfers && check.unfinished === 0 ? 'CONSERVED' : 'NOT CONSERVED'}
`);
  if (check.unbalanced || check.mismatched || check.negative || check.settled !== check.transfers || check.unfinished) process.exitCode = 1;
} finally {
  for (const service of services.reverse()) await service.stop().catch(() => {});
  await stopPostgres?.().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}
