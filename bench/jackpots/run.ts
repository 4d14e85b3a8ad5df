/**
 * `npm run bench:jackpots` — the cost of jackpot contributions on the bet path (issue 5, P2):
 * bet throughput with a tenant-wide three-tier PROGRESSIVE jackpot taking 1 % of every stake, vs
 * the same jackpot paused, measured in ONE run, then the money check.
 *
 * With the jackpot on, every bet's own wallet transfer carries three more legs (stake → the three
 * tier pools, append-only entries: no hot row), games computes the split and the bet's
 * progressive round block, and the jackpot service records the contributions from `bet.settled`
 * off the bet path (it runs in both phases). Phases alternate off/on twice so drift on a noisy
 * machine hits both sides alike. Target: on ÷ off ≥ 0.9.
 *
 * After the run: every bet settled once, the ledger conserved, and the jackpot's pools in the
 * ledger equal seeds + contributions recorded by the jackpot engine (waits for it to drain).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import {
  combine,
  diceBetRequest,
  gatewayCall,
  ledgerCheck,
  log,
  ms,
  type Phase,
  startBenchPlatform,
} from '../lib/platform.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 256);

const platform = await startBenchPlatform({
  subgraphs: ['identity', 'wallet', 'games', 'jackpot'],
  players: PLAYERS,
  env: { wallet: { RECONCILIATION_INTERVAL_MS: '0', LEDGER_POOL_MAX: '16' }, games: { BET_POOL_MAX: '16' } },
});
try {
  const { admin, url, ownerToken, tenantId, nextPlayer } = platform;
  const created = await gatewayCall<{ createJackpot: { id: string } }>(
    url,
    ownerToken,
    `mutation ($input: CreateJackpotInput!) { createJackpot(input: $input) { id } }`,
    {
      input: {
        type: 'PROGRESSIVE',
        name: 'Bench progressive',
        asset: 'EUR',
        optIn: false,
        contributionBasisPoints: 100,
        fairnessSlot: 0,
        idempotencyKey: randomUUID(),
        tiers: [
          { code: 'MAJOR', seedAmount: '1000000', contributionShareBasisPoints: 6000, hitOneIn: 4_000_000_000 },
          { code: 'MINOR', seedAmount: '100000', contributionShareBasisPoints: 3000, hitOneIn: 2_000_000_000 },
          { code: 'MINI', seedAmount: '10000', contributionShareBasisPoints: 1000, hitOneIn: 1_000_000_000 },
        ],
      },
    },
  );
  const jackpotId = created.createJackpot.id;

  /** Pauses or resumes the jackpot and waits until games' read model (fed by the bus) agrees. */
  const setJackpot = async (on: boolean) => {
    await gatewayCall(
      url,
      ownerToken,
      `mutation ($id: ID!) { ${on ? 'resumeJackpot' : 'pauseJackpot'}(id: $id) { id } }`,
      { id: jackpotId },
    );
    for (let i = 0; i < 100; i++) {
      const { rows } = await admin.query<{ active: boolean }>(
        'select active from games.jackpot_rule where tenant_id = $1 and jackpot_id = $2',
        [tenantId, jackpotId],
      );
      if (rows[0] && rows[0].active === on) return;
      await sleep(100);
    }
    throw new Error(`games never saw the jackpot ${on ? 'resumed' : 'paused'}`);
  };

  log(`${CONNECTIONS} connections, ${SECONDS} s per phase, phases off/on/off/on`);
  const phases: { on: boolean; phase: Phase }[] = [];
  for (const on of [false, true, false, true]) {
    await setJackpot(on);
    phases.push({
      on,
      phase: await platform.measure(
        `placeBet, jackpot ${on ? 'on' : 'off'}`,
        diceBetRequest(nextPlayer),
        (body) => body.includes('"ok":true'),
        { connections: CONNECTIONS, seconds: SECONDS },
      ),
    });
  }
  const side = (on: boolean) => combine(phases.filter((p) => p.on === on).map((p) => p.phase));
  const off = side(false);
  const on = side(true);

  // The jackpot engine records contributions from bet.settled off the bet path: let it drain.
  const contributed = async () =>
    (
      await admin.query<{ bets: number; amount: string }>(
        `select count(distinct bet_id)::int as bets, coalesce(sum(amount), 0)::text as amount from jackpot.contribution where tenant_id = $1 and jackpot_id = $2`,
        [tenantId, jackpotId],
      )
    ).rows[0]!;
  const ledgerPools = async () =>
    (
      await admin.query<{ amount: string; legs: number }>(
        `select coalesce(sum(e.amount), 0)::text as amount, count(*) filter (where t.kind = 'BET_WIN')::int as legs
           from wallet.entry e join wallet.account a on a.id = e.account_id join wallet.transfer t on t.id = e.transfer_id
          where a.tenant_id = $1 and a.type = 'JACKPOT_POOL' and a.holder like $2`,
        [tenantId, `${jackpotId}:%`],
      )
    ).rows[0]!;
  const seeds = 1_000_000n + 100_000n + 10_000n;
  let recorded = await contributed();
  let pools = await ledgerPools();
  for (let i = 0; i < 300 && BigInt(recorded.amount) + seeds !== BigInt(pools.amount); i++) {
    await sleep(200);
    recorded = await contributed();
    pools = await ledgerPools();
  }
  const readModel = (
    await admin.query<{ pool: string }>(
      'select coalesce(sum(pool), 0)::text as pool from jackpot.jackpot_tier where tenant_id = $1 and jackpot_id = $2',
      [tenantId, jackpotId],
    )
  ).rows[0]!.pool;
  const check = await ledgerCheck(admin);
  const poolsMatch =
    BigInt(recorded.amount) + seeds === BigInt(pools.amount) && BigInt(readModel) === BigInt(pools.amount);

  const ratio = on.perSecond / off.perSecond;
  const cpuKeys = [...new Set([...Object.keys(off.cpu), ...Object.keys(on.cpu)])];
  console.log(`
  CasinoX jackpot contribution benchmark — ${CONNECTIONS} connections, 2 × ${SECONDS} s per side, ${PLAYERS} players, one run
  ─────────────────────────────────────────────────────────────────────────────
  placeBet, jackpot paused        ${off.perSecond.toFixed(0).padStart(6)} bets/s    p50 ${ms(off.p50)}   p99 ${ms(off.p99)}   (${off.failed} failed)
  placeBet, 3-tier progressive on ${on.perSecond.toFixed(0).padStart(6)} bets/s    p50 ${ms(on.p50)}   p99 ${ms(on.p99)}   (${on.failed} failed)
  ratio on ÷ off                   ${ratio.toFixed(2)}      (target ≥ 0.9: ${ratio >= 0.9 ? 'MET' : 'NOT MET'})

  CPU per bet (ms)                ${cpuKeys.map((k) => k.padStart(10)).join(' ')}
    jackpot off                   ${cpuKeys.map((k) => (off.cpu[k] ?? 0).toFixed(2).padStart(10)).join(' ')}
    jackpot on                    ${cpuKeys.map((k) => (on.cpu[k] ?? 0).toFixed(2).padStart(10)).join(' ')}

  contributions: ${recorded.bets} bets recorded by the jackpot engine, ${recorded.amount} minor units; pool legs in bet transfers: ${pools.legs}
  pools: ledger ${pools.amount} = seeds ${seeds} + contributions ${recorded.amount}? ${poolsMatch ? 'yes' : 'NO'} · read model ${readModel}
  ledger after the run: ${check.settled} bets settled, ${check.transfers} BET_WIN transfers, ${check.unfinished} unfinished,
    ${check.unbalanced} unbalanced, ${check.mismatched} balances ≠ entries, ${check.negative} negative → ${check.conserved && poolsMatch ? 'CONSERVED' : 'NOT CONSERVED'}
`);
  if (!check.conserved || !poolsMatch) process.exitCode = 1;
} finally {
  await platform.stop();
}
