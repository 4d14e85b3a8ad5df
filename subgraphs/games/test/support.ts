import { randomUUID } from 'node:crypto';
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
import { loadWalletEnv, type RunningWallet, startWallet } from '@casinox/wallet';
import { type GamesEnv, loadGamesEnv, type RunningGames, startGames } from '../src/main.js';

export const TEST_SECRETS = {
  IDENTITY_SECRET: 'games-test-identity-secret-0123456789-abcdefgh',
};

export const PLAYER_ALIAS_SECRET = 'games-test-player-alias-secret-0123456789';

export interface TestGames {
  db: TestDatabase;
  games: RunningGames;
  wallet: RunningWallet;
  /** The wallet's internal listener (the transfer API games calls). */
  walletOrigin: string;
  /** Credits a player's cash through the wallet's internal API (registers the player with the tenant's ledger). */
  fund(tenantId: string, playerId: string, asset: string, amount: bigint): Promise<void>;
  /** The player's cash balance as the wallet reports it. */
  balance(tenantId: string, playerId: string, asset: string): Promise<bigint>;
  playerToken(tenantId: string, playerId: string): Promise<string>;
  operatorToken(tenantId: string, role?: string): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
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
    const gamesEnv = (overrides: Record<string, string>): GamesEnv =>
      loadGamesEnv({
        PORT: '0',
        DATABASE_URL: db.urlFor('games'),
        JWKS_URL: identity!.jwksUrl,
        ...testServiceEnv('games'),
        WALLET_INTERNAL_URL: walletOrigin,
        RECOVERY_INTERVAL_MS: '0',
        PLAYER_ALIAS_SECRET,
        ...overrides,
      });
    games = await startGames(gamesEnv(gamesOverrides));
    const tokens = await testTokenSigner(identity.orm, TEST_SECRETS.IDENTITY_SECRET);
    // Money for tests arrives as the bonus service grants it (the one caller the wallet lets grant).
    const internal = async (operation: string, body: unknown) => {
      const { body: json } = await internalPost(`${walletOrigin}/internal/v1/${operation}`, 'bonus', 'wallet', body);
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
        await internal('grant', {
          tenantId,
          playerId,
          asset,
          amount: amount.toString(),
          idempotencyKey: `fund-${randomUUID()}`,
        });
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
      gql: (query, variables, token) => graphql(state.games.url, query, variables, token ? bearer(token) : {}, 'games'),
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
