import { randomBytes } from 'node:crypto';
import {
  bearer,
  createTestDatabase,
  graphql,
  type GraphQLResponse,
  type TestDatabase,
  testServiceEnv,
} from '@casinox/testkit';
import type { CryptoKey } from 'jose';
import { type IdentityOptions, loadIdentityEnv, type RunningIdentity, startIdentity, totpCode } from '../src/main.js';
import { currentSigningKey } from '../src/seed/index.js';

/** Secrets the test service runs with (the seeds need IDENTITY_SECRET to enrol TOTP). */
export const TEST_SECRETS: { IDENTITY_SECRET: string; SERVICE_CALLERS: string; [name: string]: string } = {
  SERVICE_CALLERS: '',
  ...testServiceEnv('identity'),
  IDENTITY_SECRET: 'test-identity-secret-0123456789-abcdefgh',
};

export interface TestIdentity {
  db: TestDatabase;
  identity: RunningIdentity;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; ip?: string },
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** A random address in the IPv6 documentation range (2^32 of them), so tests never share an IP rate limit. */
export const randomIp = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

/**
 * A private database cloned from the migrated template and a real identity service on an
 * OS-chosen port, verifying tokens against its own JWKS over HTTP.
 */
export async function startTestIdentity(options: IdentityOptions = {}): Promise<TestIdentity> {
  const db = await createTestDatabase();
  try {
    const env = loadIdentityEnv({ DATABASE_URL: db.urlFor('identity'), PORT: '0', ...TEST_SECRETS });
    const identity = await startIdentity(env, options);
    return {
      db,
      identity,
      gql: (query, variables, opts = {}) =>
        graphql(
          identity.url,
          query,
          variables,
          { ...(opts.token ? bearer(opts.token) : {}), 'x-casinox-client-ip': opts.ip ?? randomIp() },
          'identity',
        ),
      async stop() {
        await identity.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

/** Counts rows as the superuser (assertions only). */
export async function countRows(
  db: TestDatabase,
  table: string,
  where = 'true',
  params: unknown[] = [],
): Promise<number> {
  const result = await db.query<{ count: string }>(
    `select count(*)::text as count from identity.${table} where ${where}`,
    params,
  );
  return Number(result.rows[0]?.count ?? 0);
}

export const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt tokenType';

export interface SessionShape {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  tokenType: string;
}

/** A JWT's payload, unverified (assertions on claims only). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The service's current signing key, opened as the service opens it (to forge test tokens). */
export function serviceSigningKey(t: Pick<TestIdentity, 'identity'>): Promise<{ kid: string; key: CryptoKey }> {
  return currentSigningKey(t.identity.orm, TEST_SECRETS.IDENTITY_SECRET);
}

export const OPERATOR_LOGIN = `mutation($input: OperatorLoginInput!) {
  operatorLogin(input: $input) { step challengeToken expiresAt totpEnrolment { secret otpauthUrl } }
}`;
export const OPERATOR_VERIFY = `mutation($input: OperatorVerifyTotpInput!) {
  operatorVerifyTotp(input: $input) {
    session { ${SESSION_FIELDS} }
    viewer { platformAdmin user { id email totpEnabled } operator { id role tenantId } tenant { id slug } memberships { id tenantId role status } }
  }
}`;

export interface OperatorChallenge {
  step: 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';
  challengeToken: string;
  totpEnrolment: { secret: string; otpauthUrl: string } | null;
}

export interface OperatorAuth {
  session: SessionShape;
  viewer: {
    platformAdmin: boolean;
    user: { id: string; email: string; totpEnabled: boolean };
    operator: { id: string; role: string; tenantId: string } | null;
    tenant: { id: string; slug: string } | null;
    memberships: { id: string; tenantId: string; role: string; status: string }[];
  };
}

/**
 * Signs a staff member in through the API: password, then a TOTP code (enrolling on the way if
 * needed). Returns the session and the TOTP secret used.
 */
export async function staffSignIn(
  t: TestIdentity,
  who: { email: string; password: string; totpSecret?: string | null },
  options: { tenantId?: string } = {},
): Promise<OperatorAuth & { totpSecret: string }> {
  const login = await t.gql<{ operatorLogin: OperatorChallenge }>(OPERATOR_LOGIN, {
    input: { email: who.email, password: who.password },
  });
  if (!login.data) throw new Error(`operatorLogin failed: ${JSON.stringify(login.errors)}`);
  const secret = login.data.operatorLogin.totpEnrolment?.secret ?? who.totpSecret;
  if (!secret) throw new Error('No TOTP secret to sign in with.');
  const verified = await t.gql<{ operatorVerifyTotp: OperatorAuth }>(OPERATOR_VERIFY, {
    input: {
      challengeToken: login.data.operatorLogin.challengeToken,
      code: await nextTotpCode(secret),
      tenantId: options.tenantId,
    },
  });
  if (!verified.data) throw new Error(`operatorVerifyTotp failed: ${JSON.stringify(verified.errors)}`);
  return { ...verified.data.operatorVerifyTotp, totpSecret: secret };
}

const lastStepUsed = new Map<string, number>();

/**
 * A code the service will accept: identity refuses a code (a 30-second step) it has seen before,
 * so a second sign-in within the same step takes the next step's code (clock drift allows one
 * step ahead) and a third waits for the clock.
 */
export async function nextTotpCode(secret: string): Promise<string> {
  const current = Math.floor(Date.now() / 30_000);
  const step = Math.max(current, (lastStepUsed.get(secret) ?? -1) + 1);
  if (step > current + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 50));
  lastStepUsed.set(secret, step);
  return totpCode(secret, step * 30_000 + 1_000);
}
