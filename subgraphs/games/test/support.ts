import { randomUUID } from 'node:crypto';
import { serviceAuthorization } from '@casinox/auth';
import { loadIdentityEnv, type RunningIdentity, startIdentity } from '@casinox/identity';
import { testTokenSigner } from '@casinox/identity/seed';
import { bearer, createTestDatabase, graphql, type GraphQLResponse, type TestDatabase } from '@casinox/testkit';
import { loadWalletEnv, type RunningWallet, startWallet } from '@casinox/wallet';
import { type GamesEnv, loadGamesEnv, type RunningGames, startGames } from '../src/main.js';

export const TEST_SECRETS = {
  SERVICE_SECRET: 'games-test-service-secret-0123456789',
  IDENTITY_SECRET: 'games-test-identity-secret-0123456789-abcdefgh',
};

export interface TestGames {
  db: TestDatabase;
  games: RunningGames;
  wallet: RunningWallet;
  walletOrigin: string;
  /** Credits a player's cash through the wallet's internal API (registers the player with the tenant's ledger). */
  fund(tenantId: string, playerId: string, asset: string, amount: bigint): Promise<void>;
  /** The player's cash balance as the wallet reports it. */
  balance(tenantId: string, playerId: string, asset: string): Promise<bigint>;
  playerToken(tenantId: string, playerId: string): Promise<string>;
  operatorToken(tenantId: string, role?: string): Promise<string>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Restarts games with other settings (same database, same wallet). */
  restartGames(overrides?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private database with the real identity (JWKS), wallet (ledger + internal API) and games
 * services on OS-chosen ports; games moves money through the wallet over real HTTP.
 */
export async function startTestGames(gamesOverrides: Record<string, string> = {}): Promise<TestGames> {
  const db = await createTestDatabase();
  let identity: RunningIdentity | undefined;
  let wallet: RunningWallet | undefined;
  let games: RunningGames | undefined;
  try {
    identity = await startIdentity(loadIdentityEnv({ PORT: '0', DATABASE_URL: db.urlFor('identity'), ...TEST_SECRETS }));
    wallet = await startWallet(
      loadWalletEnv({ PORT: '0', DATABASE_URL: db.urlFor('wallet'), JWKS_URL: identity.jwksUrl, SERVICE_SECRET: TEST_SECRETS.SERVICE_SECRET, RECONCILIATION_INTERVAL_MS: '0' }),
    );
    const walletOrigin = new URL(wallet.url).origin;
    const gamesEnv = (overrides: Record<string, string>): GamesEnv =>
      loadGamesEnv({
        PORT: '0',
        DATABASE_URL: db.urlFor('games'),
        JWKS_URL: identity!.jwksUrl,
        SERVICE_SECRET: TEST_SECRETS.SERVICE_SECRET,
        WALLET_INTERNAL_URL: walletOrigin,
        RECOVERY_INTERVAL_MS: '0',
        ...overrides,
      });
    games = await startGames(gamesEnv(gamesOverrides));
    const tokens = await testTokenSigner(identity.orm, TEST_SECRETS.IDENTITY_SECRET);
    const internal = async (operation: string, body: unknown) => {
      const res = await fetch(`${walletOrigin}/internal/v1/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: serviceAuthorization(TEST_SECRETS.SERVICE_SECRET, 'tests') },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { ok: boolean; code?: string; balances?: { accountType: string; asset: string; balance: string }[] };
      if (!json.ok) throw new Error(`wallet ${operation} refused: ${json.code}`);
      return json;
    };
    const state = { identity, wallet, games };
    const handle: TestGames = {
      db,
      get games() {
        return state.games;
      },
      wallet,
      walletOrigin,
      async fund(tenantId, playerId, asset, amount) {
        await internal('grant', { tenantId, playerId, asset, amount: amount.toString(), idempotencyKey: `fund-${randomUUID()}` });
      },
      async balance(tenantId, playerId, asset) {
        const { rows } = await db.query<{ balance: string }>(
          `select a.balance from wallet.account a join wallet.asset s on s.id = a.asset_id
            where a.tenant_id = $1 and a.holder = $2 and a.type = 'PLAYER_CASH' and s.code = $3`,
          [tenantId, playerId, asset],
        );
        return BigInt(rows[0]?.balance ?? '0');
      },
      playerToken: tokens.playerToken,
      operatorToken: (tenantId, role = 'ADMIN') => tokens.operatorToken(tenantId, role),
      gql: (query, variables, token) => graphql(state.games.url, query, variables, token ? bearer(token) : {}),
      async restartGames(overrides = {}) {
        await state.games.stop();
        state.games = await startGames(gamesEnv(overrides));
      },
      async stop() {
        await state.games.stop();
        await state.wallet.stop();
        await state.identity.stop();
        await db.drop();
      },
    };
    return handle;
  } catch (error) {
    await games?.stop().catch(() => {});
    await wallet?.stop().catch(() => {});
    await identity?.stop().catch(() => {});
    await db.drop();
    throw error;
  }
}

export const BET_FIELDS = `id status game asset stake payout multiplier outcome params rejectionCode fairness { seedPairId serverSeedHash serverSeed clientSeed nonce }`;
export const PLACE_BET = `mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code message minStake maxStake balanceAfter replayed bet { ${BET_FIELDS} } } }`;
