import type { OperatorRole } from '@casinox/auth';
import { totpCode } from '@casinox/identity';
import { seedOperator, seedTenant } from '@casinox/identity/seed';
import { unique } from '@casinox/testkit';
import { SECRETS, type TestPlatform } from './platform.js';

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export const SESSION = 'accessToken refreshToken accessTokenExpiresAt';

/** A new tenant, seeded through identity's own code. */
export const newTenant = (platform: TestPlatform) => seedTenant(platform.identityOrm);

/** A player who registers through the gateway, as the player site does. */
export async function registerPlayer(platform: TestPlatform, tenantSlug: string) {
  const email = `${unique('p')}@example.test`;
  const password = 'correct-horse-battery';
  const res = await platform.gql<{ registerPlayer: { session: Session; player: { id: string } } }>(
    `mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { session { ${SESSION} } player { id } } }`,
    { input: { tenantSlug, email, password, displayName: 'Test Player' } },
  );
  if (!res.data) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return { email, password, playerId: res.data.registerPlayer.player.id, session: res.data.registerPlayer.session };
}

/** An operator with TOTP enrolled, signed in through the gateway (password, then a code). */
export async function signInOperator(platform: TestPlatform, tenantId: string, role: OperatorRole) {
  const seeded = await seedOperator(platform.identityOrm, {
    tenantId,
    role,
    totp: true,
    identitySecret: SECRETS.IDENTITY_SECRET,
  });
  const challenge = await platform.gql<{ operatorLogin: { challengeToken: string } }>(
    `mutation($input: OperatorLoginInput!) { operatorLogin(input: $input) { challengeToken } }`,
    { input: { email: seeded.email, password: seeded.password } },
  );
  if (!challenge.data) throw new Error(`operatorLogin failed: ${JSON.stringify(challenge.errors)}`);
  const verified = await platform.gql<{ operatorVerifyTotp: { session: Session } }>(
    `mutation($input: OperatorVerifyTotpInput!) { operatorVerifyTotp(input: $input) { session { ${SESSION} } } }`,
    {
      input: {
        challengeToken: challenge.data.operatorLogin.challengeToken,
        code: totpCode(seeded.totpSecret!),
        tenantId,
      },
    },
  );
  if (!verified.data) throw new Error(`operatorVerifyTotp failed: ${JSON.stringify(verified.errors)}`);
  return { ...seeded, session: verified.data.operatorVerifyTotp.session };
}
