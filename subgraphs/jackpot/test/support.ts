import { randomUUID } from 'node:crypto';
import { type BetSettledEvent, EventBus } from '@casinox/events';
import { loadIdentityEnv, type RunningIdentity, startIdentity } from '@casinox/identity';
import { testTokenSigner } from '@casinox/identity/seed';
import {
  bearer,
  createTestDatabase,
  graphql,
  type GraphQLResponse,
  internalPost,
  type TestDatabase,
  testServiceEnv,
} from '@casinox/testkit';
import { walletCallerFor } from '@casinox/wallet-client';
import { loadWalletEnv, type RunningWallet, startWallet } from '@casinox/wallet';
import pg from 'pg';
import { loadJackpotEnv, type RunningJackpot, startJackpot } from '../src/main.js';

export const TEST_SECRETS = {
  IDENTITY_SECRET: 'jackpot-test-identity-secret-0123456789-abcdefgh',
};

export interface TestJackpot {
  db: TestDatabase;
  jackpot: RunningJackpot;
  /** Publishes `bet.settled` as games does (the games role, through the real bus), one job per call. */
  publishBet(event: Omit<BetSettledEvent, 'seq' | 'settledAt'> & { seq?: string }): Promise<BetSettledEvent>;
  /** Registers a player with the tenant's ledger (a 1-unit grant) so a win can pay them. */
  registerPlayer(tenantId: string, playerId: string, asset: string): Promise<void>;
  /**
   * What games does for a bet that contributes (docs/architecture.md §4 phase 7): grants the player the
   * stake, posts the bet through the REAL wallet's `bet-win` with the contributions moved into the
   * pools in the same transfer, then publishes `bet.settled` listing them.
   */
  settleBet(event: Omit<BetSettledEvent, 'seq' | 'settledAt'>): Promise<BetSettledEvent>;
  cash(tenantId: string, playerId: string, asset: string): Promise<bigint>;
  /** A pool's balance in the LEDGER: the sum of its JACKPOT_POOL account's entries. */
  ledgerPool(tenantId: string, pool: string): Promise<bigint>;
  playerToken(tenantId: string, playerId: string): Promise<string>;
  operatorToken(tenantId: string, role?: string): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

let seq = 0;

/**
 * A private database with the real identity (JWKS), wallet (ledger + internal API) and jackpot
 * services, the jackpot consumer on the real event bus; events are published on the games role.
 */
export async function startTestJackpot(): Promise<TestJackpot> {
  const db = await createTestDatabase();
  let identity: RunningIdentity | undefined;
  let wallet: RunningWallet | undefined;
  let jackpot: RunningJackpot | undefined;
  let bus: EventBus | undefined;
  const gamesPool = new pg.Pool({ connectionString: db.urlFor('games'), max: 2 });
  try {
    identity = await startIdentity(
      loadIdentityEnv({
        PORT: '0',
        DATABASE_URL: db.urlFor('identity'),
        ...TEST_SECRETS,
        ...testServiceEnv('identity'),
      }),
    );
    wallet = await startWallet(
      loadWalletEnv({
        PORT: '0',
        DATABASE_URL: db.urlFor('wallet'),
        JWKS_URL: identity.jwksUrl,
        ...testServiceEnv('wallet'),
        RECONCILIATION_INTERVAL_MS: '0',
      }),
    );
    const walletOrigin = wallet.internalUrl;
    jackpot = await startJackpot(
      loadJackpotEnv({
        PORT: '0',
        DATABASE_URL: db.urlFor('jackpot'),
        JWKS_URL: identity.jwksUrl,
        ...testServiceEnv('jackpot'),
        WALLET_INTERNAL_URL: walletOrigin,
      }),
    );
    bus = await EventBus.start(db.urlFor('games'), { name: 'games-test' });
    const tokens = await testTokenSigner(identity.orm, TEST_SECRETS.IDENTITY_SECRET);
    const started = { identity, wallet, jackpot, bus };
    const self: TestJackpot = {
      db,
      jackpot,
      async publishBet(event) {
        const full: BetSettledEvent = { seq: String(++seq), settledAt: new Date().toISOString(), ...event };
        const client = await gamesPool.connect();
        try {
          await client.query('begin');
          await started.bus.publish(client, 'bet.settled', full);
          await client.query('commit');
        } finally {
          client.release();
        }
        return full;
      },
      async registerPlayer(tenantId, playerId, asset) {
        const res = await internalPost(`${walletOrigin}/internal/v1/grant`, 'bonus', 'wallet', {
          tenantId,
          playerId,
          asset,
          amount: '1',
          idempotencyKey: `register-${randomUUID()}`,
        });
        if (!res.body.ok) throw new Error('wallet grant refused');
      },
      async settleBet(event) {
        const wallet = (operation: string, body: Record<string, unknown>) =>
          internalPost(
            `${walletOrigin}/internal/v1/${operation}`,
            walletCallerFor(operation) ?? 'games',
            'wallet',
            body,
          ).then((res) => res.body as { ok: boolean; code?: string; message?: string });
        const grant = await wallet('grant', {
          tenantId: event.tenantId,
          playerId: event.playerId,
          asset: event.asset,
          amount: event.stake,
          idempotencyKey: `stake-${event.betId}`,
        });
        if (!grant.ok) throw new Error(`wallet grant refused: ${grant.code}`);
        const jackpots = (event.contributions ?? []).map((item) => ({ pool: item.pool, amount: item.amount }));
        const posted = await wallet('bet-win', {
          tenantId: event.tenantId,
          playerId: event.playerId,
          asset: event.asset,
          betId: event.betId,
          stake: event.stake,
          win: event.payout,
          jackpots,
        });
        if (!posted.ok) throw new Error(`wallet bet-win refused: ${posted.code} ${posted.message ?? ''}`);
        return self.publishBet(event);
      },
      async cash(tenantId, playerId, asset) {
        const { rows } = await db.query<{ balance: string }>(
          `select a.balance from wallet.account a join wallet.asset s on s.id = a.asset_id where a.tenant_id = $1 and a.holder = $2 and a.type = 'PLAYER_CASH' and s.code = $3`,
          [tenantId, playerId, asset],
        );
        return BigInt(rows[0]?.balance ?? '0');
      },
      async ledgerPool(tenantId, pool) {
        const { rows } = await db.query<{ sum: string }>(
          `select coalesce(sum(e.amount), 0)::text as sum from wallet.entry e join wallet.account a on a.id = e.account_id
            where a.tenant_id = $1 and a.type = 'JACKPOT_POOL' and a.holder = $2`,
          [tenantId, pool],
        );
        return BigInt(rows[0]!.sum);
      },
      playerToken: tokens.playerToken,
      operatorToken: (tenantId, role = 'ADMIN') => tokens.operatorToken(tenantId, role),
      gql: (query, variables, token) =>
        graphql(started.jackpot.url, query, variables, token ? bearer(token) : {}, 'jackpot'),
      async stop() {
        await started.bus.stop();
        await gamesPool.end();
        await started.jackpot.stop();
        await started.wallet.stop();
        await started.identity.stop();
        await db.drop();
      },
    };
    return self;
  } catch (error) {
    await bus?.stop().catch(() => {});
    await gamesPool.end().catch(() => {});
    await jackpot?.stop().catch(() => {});
    await wallet?.stop().catch(() => {});
    await identity?.stop().catch(() => {});
    await db.drop();
    throw error;
  }
}

export const JACKPOT_FIELDS = `id name type status asset optIn gameCodes contributionBasisPoints optedIn tiers { code pool seedAmount contributionShareBasisPoints minDropValue maxDropValue seeding dropCommitment }`;
export const DRAW_FIELDS = `id jackpotId tierCode status commitment serverSeed clientSeed nonce openedAt closesAt closedAt entries totalTickets entriesDigest ticket winnerBetId winnerPlayerId winId prize`;
export const CREATE_JACKPOT = `mutation ($input: CreateJackpotInput!) { createJackpot(input: $input) { ${JACKPOT_FIELDS} } }`;
export const WIN_FIELDS = `id jackpotId tierCode betId playerId asset amount paid wonAt proof { serverSeed serverSeedHash clientSeed nonce seeding dropValue minDropValue maxDropValue }`;

export interface TierData {
  code: string;
  pool: string;
  seedAmount: string;
  contributionShareBasisPoints: number;
  minDropValue: string | null;
  maxDropValue: string | null;
  seeding: number;
  dropCommitment: string | null;
}
export interface JackpotData {
  id: string;
  name: string;
  type: string;
  status: string;
  asset: string;
  optIn: boolean;
  gameCodes: string[] | null;
  optedIn: boolean | null;
  tiers: TierData[];
}

/** A must-drop jackpot input: each tier `[code, seed, min, max, share]`. */
export function mustDropInput(tiers: [string, string, string, string, number][], extra: Record<string, unknown> = {}) {
  return {
    type: 'MUST_DROP',
    name: 'Mystery drop',
    asset: 'EUR',
    optIn: false,
    contributionBasisPoints: 1000,
    tiers: tiers.map(([code, seedAmount, minDropValue, maxDropValue, contributionShareBasisPoints]) => ({
      code,
      seedAmount,
      minDropValue,
      maxDropValue,
      contributionShareBasisPoints,
    })),
    idempotencyKey: randomUUID(),
    ...extra,
  };
}

/**
 * A bet's contributions as games computes them from `jackpot.rules` (floor(stake × bp / 10,000),
 * split by share, the remainder to the first tier with a share): the event's `contributions`.
 */
export function contributionsFor(
  jackpotId: string,
  tiers: { code: string; share: number }[],
  basisPoints: number,
  stake: bigint,
): { jackpotId: string; tierCode: string; pool: string; amount: string }[] {
  const total = (stake * BigInt(basisPoints)) / 10_000n;
  const parts = tiers.map((tier) => ({ code: tier.code, amount: (total * BigInt(tier.share)) / 10_000n }));
  const first = tiers.findIndex((tier) => tier.share > 0);
  if (first >= 0) parts[first]!.amount += total - parts.reduce((sum, part) => sum + part.amount, 0n);
  return parts
    .filter((part) => part.amount > 0n)
    .map((part) => ({
      jackpotId,
      tierCode: part.code,
      pool: `${jackpotId}:${part.code}`,
      amount: part.amount.toString(),
    }));
}
