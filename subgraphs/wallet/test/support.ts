import { SIGNATURE_HEADER } from '@casinox/auth';
import type { CallingService } from '@casinox/db';
import { loadIdentityEnv, type RunningIdentity, startIdentity } from '@casinox/identity';
import { testTokenSigner } from '@casinox/identity/seed';
import {
  bearer,
  createTestDatabase,
  graphql,
  type GraphQLResponse,
  type TestDatabase,
  testServiceEnv,
  testSigner,
} from '@casinox/testkit';
import { walletCallerFor } from '@casinox/wallet-client';
import { RequestReader } from '../src/internal/read-request.js';
import { runOperation } from '../src/internal/transfer-api.route.js';
import { loadWalletEnv, type RunningWallet, startWallet } from '../src/main.js';

export const TEST_SECRETS = {
  IDENTITY_SECRET: 'wallet-test-identity-secret-0123456789-abcdefgh',
  PAYMENT_WEBHOOK_SECRET: 'wallet-test-webhook-secret-0123456789',
};

/** How long the sandbox provider delays a "delayed" webhook and a payout in these tests. */
export const SANDBOX_DELAY_MS = 400;

/** The player site the checkout may return players to. */
export const PLAYER_APP_URL = 'http://127.0.0.1:3999';

export interface ApiResponse {
  status: number;
  body: Record<string, unknown> & {
    ok: boolean;
    code?: string;
    transferId?: string;
    replayed?: boolean;
    balances?: { accountType: string; asset: string; balance: string; available: string }[];
  };
}

export interface TestWallet {
  db: TestDatabase;
  wallet: RunningWallet;
  /**
   * POST /internal/v1/<operation> on the internal listener, signed as the service allowed to call it
   * (`as` picks another; `authorization` sends that signature header instead, null none). An
   * operation no service may call (reverse, holds) has no route: it runs in-process, answered alike.
   */
  call(
    operation: string,
    body: unknown,
    options?: { as?: CallingService; authorization?: string | null },
  ): Promise<ApiResponse>;
  playerToken(tenantId: string, playerId: string): Promise<string>;
  /** An operator session; pass `operatorId` to act as the same operator twice. */
  operatorToken(tenantId: string, role?: string, operatorId?: string): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * A private database, the real identity service (it publishes the JWKS the wallet verifies
 * tokens against) and the real wallet service on OS-chosen ports. Tokens are signed with
 * identity's own current key, so the wallet checks genuine signatures.
 */
export async function startTestWallet(): Promise<TestWallet> {
  const db = await createTestDatabase();
  let identity: RunningIdentity | undefined;
  let wallet: RunningWallet | undefined;
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
        // Tests drive the sweep themselves (t.wallet.services.payoutSweep).
        PAYOUT_SWEEP_INTERVAL_MS: '0',
        PLAYER_APP_URL,
        PAYMENT_WEBHOOK_SECRET: TEST_SECRETS.PAYMENT_WEBHOOK_SECRET,
        PAYMENT_SANDBOX_DELAY_MS: String(SANDBOX_DELAY_MS),
      }),
    );
    const tokens = await testTokenSigner(identity.orm, TEST_SECRETS.IDENTITY_SECRET);
    const internalUrl = wallet.internalUrl;
    const running = { identity, wallet };
    return {
      db,
      wallet,
      async call(operation, body, options = {}) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const path = `/internal/v1/${operation}`;
        const allowed = walletCallerFor(operation);
        if (!allowed && !options.as && options.authorization === undefined && operation !== 'batch') {
          return (await runOperation(wallet!.services.ledger, operation, () =>
            RequestReader.fromJson(text),
          )) as ApiResponse;
        }
        const caller = options.as ?? allowed ?? 'games';
        const signature =
          options.authorization === undefined
            ? testSigner(caller).sign('wallet', { method: 'POST', path, body: text })
            : options.authorization;
        const res = await fetch(`${internalUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
          body: text,
        });
        return { status: res.status, body: (await res.json()) as ApiResponse['body'] };
      },
      playerToken: tokens.playerToken,
      operatorToken: tokens.operatorToken,
      gql: (query, variables, token) => graphql(wallet!.url, query, variables, token ? bearer(token) : {}, 'wallet'),
      async stop() {
        await running.wallet.stop();
        await running.identity.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await wallet?.stop().catch(() => {});
    await identity?.stop().catch(() => {});
    await db.drop();
    throw error;
  }
}

/** A small deterministic PRNG (mulberry32): reproducible random tests, never Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
