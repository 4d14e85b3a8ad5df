/**
 * `npm run bench:bets` — bets through the gateway vs the gateway's one-subgraph query throughput,
 * measured in ONE run on this machine, then a ledger conservation check.
 *
 * Starts its own embedded PostgreSQL, migrates, seeds a tenant with players, and runs identity,
 * wallet, games and the gateway as separate processes (as `npm start` does) on loopback ports
 * (offset +20000); see ../lib/platform.ts. Load comes from autocannon in this process. Bounded:
 * fixed durations, then everything it started is stopped.
 *
 * Bets and queries alternate (BENCH_ROUNDS phases of each, BENCH_SECONDS long), so that the
 * machine's drift from one minute to the next weighs on both sides of the ratio.
 *
 * Prints: bets/s, p50/p99 latency, query req/s, their ratio, and CPU milliseconds per request of
 * each process (gateway, games, wallet, Postgres, the load generator) — where the time goes.
 */
import type autocannon from 'autocannon';
import {
  combine,
  diceBetRequest,
  ledgerCheck,
  log,
  ms,
  type Phase,
  startBenchPlatform,
  statementTracking,
} from '../lib/platform.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Bets and queries alternate, ROUNDS phases of each (B Q B Q …), so a slow minute of the machine weighs on both sides. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 256);

const platform = await startBenchPlatform({
  subgraphs: ['identity', 'wallet', 'games'],
  players: PLAYERS,
  profile: process.env.BENCH_PROFILE === '1',
  env: {
    wallet: { RECONCILIATION_INTERVAL_MS: '0', LEDGER_POOL_MAX: process.env.BENCH_LEDGER_POOL ?? '16' },
    games: { BET_POOL_MAX: process.env.BENCH_BET_POOL ?? '16' },
  },
});
try {
  const { admin, nextPlayer } = platform;
  log(`${CONNECTIONS} connections, ${SECONDS} s per phase, ${ROUNDS} rounds of bets then queries`);
  const phase = { connections: CONNECTIONS, seconds: SECONDS };
  const query: autocannon.Request = {
    method: 'POST',
    path: '/graphql',
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      headers: { 'content-type': 'application/json', authorization: nextPlayer().token },
      body: JSON.stringify({ query: '{ games { code enabled rtp } }' }),
    }),
  };

  const betPhases: Phase[] = [];
  const queryPhases: Phase[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    betPhases.push(
      await platform.measure(
        `placeBet (round ${round})`,
        diceBetRequest(nextPlayer),
        (body) => body.includes('"ok":true'),
        phase,
      ),
    );
    queryPhases.push(
      await platform.measure(`one-subgraph query (round ${round})`, query, (body) => body.includes('"games":['), phase),
    );
  }
  const bets = combine(betPhases);
  const queries = combine(queryPhases);
  // Then a short profiling phase, apart from the figures above: database time per bet by statement
  // (top-level calls include their nested statements' time).
  await statementTracking(admin, true);
  const profiled = await platform.measure(
    'placeBet, statements tracked',
    diceBetRequest(nextPlayer),
    (body) => body.includes('"ok":true'),
    {
      ...phase,
      seconds: Math.min(SECONDS, 5),
      beforeRun: async () => {
        await admin.query('select pg_stat_statements_reset()');
      },
    },
  );
  const statements = (
    await admin.query<{ query: string; calls: string; total: number; toplevel: boolean }>(
      `select query, calls, total_exec_time as total, toplevel from pg_stat_statements
        where query not ilike '%pg_stat_statements%' and query not ilike 'alter system%' order by total_exec_time desc limit 12`,
    )
  ).rows;
  await statementTracking(admin, false);
  const check = await ledgerCheck(admin);

  const betsPerSecond = bets.perSecond;
  const queriesPerSecond = queries.perSecond;
  const ratio = betsPerSecond / queriesPerSecond;
  // Always in this order: the services, the load generator, Postgres and its parts by whom they served.
  const order = [
    'identity',
    'wallet',
    'games',
    'gateway',
    'load generator',
    'postgres',
    'pg:server',
    'pg:games',
    'pg:wallet',
  ];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const columns = [...new Set([...Object.keys(bets.cpu), ...Object.keys(queries.cpu)])].sort(
    (a, b) => rank(a) - rank(b),
  );
  console.log(`
  CasinoX bet benchmark — ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s of each, alternating, ${PLAYERS} players, one run
  ─────────────────────────────────────────────────────────────────────────────
  placeBet through the gateway   ${betsPerSecond.toFixed(0).padStart(6)} bets/s    p50 ${ms(bets.p50)}   p99 ${ms(bets.p99)}   (${bets.failed} failed; by phase ${bets.perPhase.map((n) => n.toFixed(0)).join(', ')})
  one-subgraph query (games)     ${queriesPerSecond.toFixed(0).padStart(6)} req/s     p50 ${ms(queries.p50)}   p99 ${ms(queries.p99)}   (${queries.failed} failed; by phase ${queries.perPhase.map((n) => n.toFixed(0)).join(', ')})
  ratio bets/s ÷ query req/s      ${ratio.toFixed(2)}      (target ≥ 0.5)
  targets: ≥ 500 bets/s ${betsPerSecond >= 500 ? 'MET' : 'NOT MET'} · p99 ≤ 100 ms ${bets.p99 <= 100 ? 'MET' : 'NOT MET'} · ratio ≥ 0.5 ${ratio >= 0.5 ? 'MET' : 'NOT MET'}

  CPU per request (ms)           ${columns.map((k) => k.padStart(10)).join(' ')}
    placeBet                     ${columns.map((k) => (bets.cpu[k] ?? 0).toFixed(2).padStart(10)).join(' ')}
    query                        ${columns.map((k) => (queries.cpu[k] ?? 0).toFixed(2).padStart(10)).join(' ')}
                                 (pg:<role> = the part of postgres that served that service; pg:server = its own processes)

  database time per bet by statement (a separate ${Math.min(SECONDS, 5)} s phase with pg_stat_statements tracking, ${profiled.result.requests.average.toFixed(0)} bets/s; nested = inside a top-level call):
${statements.map((s) => `    ${(s.total / profiled.result.requests.total).toFixed(3).padStart(7)} ms  ${(Number(s.calls) / profiled.result.requests.total).toFixed(2).padStart(5)}×  ${s.toplevel ? '' : '(nested) '}${s.query.replace(/\s+/g, ' ').slice(0, 90)}`).join('\n')}

  ledger after the run: ${check.settled} bets settled, ${check.transfers} BET_WIN transfers, ${check.unfinished} unfinished,
    ${check.unbalanced} unbalanced transfers, ${check.mismatched} balances ≠ entries, ${check.negative} negative balances
    → ${check.conserved ? 'CONSERVED' : 'NOT CONSERVED'}
`);
  if (!check.conserved) process.exitCode = 1;
} finally {
  await platform.stop();
}
