import { randomUUID } from 'node:crypto';
import { type BetSettledEvent, type EventName, type EventPayloads, EventBus } from '@casinox/events';
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
import { loadBonusEnv, type RunningBonus, startBonus } from '../src/main.js';

export const TEST_SECRETS = {
  IDENTITY_SECRET: 'bonus-test-identity-secret-0123456789-abcdefgh',
};

export interface TestBonus {
  db: TestDatabase;
  bonus: RunningBonus;
  /** The wallet's URL (its internal API, for walletInternal). */
  walletUrl: string;
  /** A player's balance of one wallet (PLAYER_CASH or PLAYER_BONUS) as the ledger holds it. */
  balance(tenantId: string, playerId: string, asset: string, type?: 'PLAYER_CASH' | 'PLAYER_BONUS'): Promise<bigint>;
  /** Publishes bet.settled as games does (through the bus, in a transaction on the games role). */
  publishBet(event: Omit<BetSettledEvent, 'seq' | 'settledAt'> & { settledAt?: string }): Promise<BetSettledEvent>;
  /** Publishes any event through the bus (in a transaction on the games role), as its owner would. */
  publish<E extends EventName>(name: E, event: EventPayloads[E]): Promise<void>;
  playerToken(tenantId: string, playerId: string): Promise<string>;
  operatorToken(tenantId: string, role?: string): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * A private database with the real identity (JWKS), wallet (ledger + internal API) and bonus
 * services; bonus consumes bet.settled from the real event bus and moves money through the wallet
 * over real HTTP. The sweep is off: tests run it when they mean to.
 */
export async function startTestBonus(): Promise<TestBonus> {
  const db = await createTestDatabase();
  let identity: RunningIdentity | undefined;
  let wallet: RunningWallet | undefined;
  let bonus: RunningBonus | undefined;
  let publisher: EventBus | undefined;
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
    bonus = await startBonus(
      loadBonusEnv({
        PORT: '0',
        DATABASE_URL: db.urlFor('bonus'),
        JWKS_URL: identity.jwksUrl,
        ...testServiceEnv('bonus'),
        WALLET_INTERNAL_URL: wallet.internalUrl,
        SWEEP_INTERVAL_MS: '0',
        CASHBACK_INTERVAL_MS: '0',
      }),
    );
    publisher = await EventBus.start(db.urlFor('games'), { name: 'games-test' });
    const tokens = await testTokenSigner(identity.orm, TEST_SECRETS.IDENTITY_SECRET);
    let seq = 0;
    const running = { identity, wallet, bonus, publisher };
    const publish = async <E extends EventName>(name: E, event: EventPayloads[E]) => {
      const client = await gamesPool.connect();
      try {
        await client.query('begin');
        await running.publisher.publish(client, name, event);
        await client.query('commit');
      } finally {
        client.release();
      }
    };
    return {
      db,
      bonus,
      walletUrl: wallet.internalUrl,
      async balance(tenantId, playerId, asset, type = 'PLAYER_CASH') {
        const { rows } = await db.query<{ balance: string }>(
          `select a.balance from wallet.account a join wallet.asset s on s.id = a.asset_id
            where a.tenant_id = $1 and a.holder = $2 and a.type = $3 and s.code = $4`,
          [tenantId, playerId, type, asset],
        );
        return BigInt(rows[0]?.balance ?? '0');
      },
      async publishBet(partial) {
        const event: BetSettledEvent = { seq: String(++seq), settledAt: new Date().toISOString(), ...partial };
        await publish('bet.settled', event);
        return event;
      },
      publish,
      playerToken: tokens.playerToken,
      operatorToken: (tenantId, role = 'ADMIN') => tokens.operatorToken(tenantId, role),
      gql: (query, variables, token) =>
        graphql(running.bonus.url, query, variables, token ? bearer(token) : {}, 'bonus'),
      async stop() {
        await running.publisher.stop();
        await running.bonus.stop();
        await running.wallet.stop();
        await running.identity.stop();
        await gamesPool.end();
        await db.drop();
      },
    };
  } catch (error) {
    await publisher?.stop().catch(() => {});
    await bonus?.stop().catch(() => {});
    await wallet?.stop().catch(() => {});
    await identity?.stop().catch(() => {});
    await gamesPool.end();
    await db.drop();
    throw error;
  }
}

/** The wallet's internal API (its internal listener), as the service allowed to call `operation`. */
export async function walletInternal(walletUrl: string, operation: string, body: unknown): Promise<void> {
  const { body: json } = await internalPost(
    `${walletUrl}/internal/v1/${operation}`,
    walletCallerFor(operation) ?? 'bonus',
    'wallet',
    body,
  );
  if (!json.ok) throw new Error(`wallet ${operation} refused: ${json.code}`);
}

export const newKey = () => randomUUID();

export const CAMPAIGN_FIELDS = `id name status kind amount asset wageringMultiplier contributionWeights { game percent } maxBet { asset amount } expiresInDays maxCashOut optInCode requiresOptInCode newPlayersOnly claims`;
export const BONUS_FIELDS = `id campaignId campaignName state asset bonusAmount wageringRequired wagered wageringPercent converted forfeited funded activatedAt expiresAt`;
export const CREATE_CAMPAIGN = `mutation ($input: BonusCampaignInput!) { createBonusCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const CLAIM = `mutation ($campaignId: ID, $code: String, $key: String!) { claimBonus(campaignId: $campaignId, code: $code, idempotencyKey: $key) { ok code message replayed retryAfter bonus { ${BONUS_FIELDS} } } }`;
export const MY_BONUSES = `{ myBonuses(first: 20) { edges { node { ${BONUS_FIELDS} } } } }`;

/** A valid NO_DEPOSIT campaign input; override what the test is about. */
export function noDepositInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Welcome ${randomUUID().slice(0, 8)}`,
    kind: 'NO_DEPOSIT',
    amount: '1000',
    asset: 'EUR',
    wageringMultiplier: 5,
    contributionWeights: [
      { game: 'SLOTS', percent: 100 },
      { game: 'ROULETTE', percent: 10 },
    ],
    maxBet: [{ asset: 'EUR', amount: '500' }],
    expiresInDays: 7,
    ...overrides,
  };
}
