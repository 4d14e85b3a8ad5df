import { errorCode } from '@casinox/testkit';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/main.js';
import { type SeededOperator, seedOperator, seedPlayer, seedTenant } from '../src/seed/index.js';
import {
  claimsOf,
  countRows,
  OPERATOR_LOGIN,
  OPERATOR_VERIFY,
  type OperatorAuth,
  type OperatorChallenge,
  serviceSigningKey,
  SESSION_FIELDS,
  type SessionShape,
  staffSignIn,
  startTestIdentity,
  TEST_SECRETS,
  type TestIdentity,
} from './support.js';

let t: TestIdentity;
const secret = TEST_SECRETS.IDENTITY_SECRET;

beforeAll(async () => {
  t = await startTestIdentity();
});
afterAll(() => t?.stop());

const INVITE = `mutation($input: InviteOperatorInput!) { inviteOperator(input: $input) { inviteToken expiresAt operator { id role status email tenantId } } }`;
const ACCEPT = `mutation($input: AcceptOperatorInviteInput!) { acceptOperatorInvite(input: $input) { id status role } }`;
const CHANGE_ROLE = `mutation($id: ID!, $role: OperatorRole!) { changeOperatorRole(operatorId: $id, role: $role) { id role } }`;
const DISABLE = `mutation($id: ID!) { disableOperator(operatorId: $id) { id status } }`;
const ENABLE = `mutation($id: ID!) { enableOperator(operatorId: $id) { id status } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;

/** A tenant with one ACTIVE staff member per role given, each enrolled in TOTP. */
async function staffedTenant(...roles: SeededOperator['role'][]) {
  const tenant = await seedTenant(t.identity.orm);
  const staff = [];
  for (const role of roles)
    staff.push(await seedOperator(t.identity.orm, { tenantId: tenant.id, role, totp: true, identitySecret: secret }));
  return { tenant, staff };
}

const tokenOf = async (operator: SeededOperator) => (await staffSignIn(t, operator)).session.accessToken;
const roleInDb = async (id: string) =>
  (await t.db.query<{ role: string; status: string }>('select role, status from identity.operator where id = $1', [id]))
    .rows[0];

describe('TOTP enrolment and verification', () => {
  it('enrols at the first sign-in, then asks for codes only', async () => {
    const tenant = await seedTenant(t.identity.orm);
    const owner = await seedOperator(t.identity.orm, { tenantId: tenant.id, role: 'OWNER' });
    const first = await t.gql<{ operatorLogin: OperatorChallenge }>(OPERATOR_LOGIN, {
      input: { email: owner.email, password: owner.password },
    });
    expect(first.data?.operatorLogin.step).toBe('TOTP_ENROLMENT_REQUIRED');
    const enrolment = first.data!.operatorLogin.totpEnrolment!;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauthUrl).toContain(encodeURIComponent(owner.email));

    // Signing in again before confirming shows the same secret (the QR code already scanned stays good).
    const again = await t.gql<{ operatorLogin: OperatorChallenge }>(OPERATOR_LOGIN, {
      input: { email: owner.email, password: owner.password },
    });
    expect(again.data?.operatorLogin.totpEnrolment?.secret).toBe(enrolment.secret);
    const stored = await t.db.query<{ totp_secret: string; totp_enabled: boolean }>(
      'select totp_secret, totp_enabled from identity.user_account where id = $1',
      [owner.userId],
    );
    expect(stored.rows[0]?.totp_enabled).toBe(false);
    expect(stored.rows[0]?.totp_secret).toMatch(/^v1\./);
    expect(stored.rows[0]?.totp_secret).not.toContain(enrolment.secret);

    const wrongCode = totpCode(enrolment.secret) === '000000' ? '111111' : '000000';
    const wrong = await t.gql(OPERATOR_VERIFY, {
      input: { challengeToken: again.data!.operatorLogin.challengeToken, code: wrongCode },
    });
    expect(errorCode(wrong)).toBe('INVALID_TOTP');

    const code = totpCode(enrolment.secret);
    const verified = await t.gql<{ operatorVerifyTotp: OperatorAuth }>(OPERATOR_VERIFY, {
      input: { challengeToken: again.data!.operatorLogin.challengeToken, code },
    });
    expect(verified.errors).toBeUndefined();
    const { session, viewer } = verified.data!.operatorVerifyTotp;
    expect(viewer).toMatchObject({
      platformAdmin: false,
      user: { id: owner.userId, totpEnabled: true },
      operator: { id: owner.id, role: 'OWNER' },
      tenant: { id: tenant.id },
    });
    expect(claimsOf(session.accessToken)).toMatchObject({
      aud: 'casinox:admin',
      kind: 'operator',
      tid: tenant.id,
      oid: owner.id,
      role: 'OWNER',
    });
    const hours = (Date.parse(session.refreshTokenExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    // Enrolled now: the next sign-in asks for a code and shows no secret; the used code is not accepted twice.
    const later = await t.gql<{ operatorLogin: OperatorChallenge }>(OPERATOR_LOGIN, {
      input: { email: owner.email, password: owner.password },
    });
    expect(later.data?.operatorLogin).toMatchObject({ step: 'TOTP_REQUIRED', totpEnrolment: null });
    expect(
      errorCode(
        await t.gql(OPERATOR_VERIFY, { input: { challengeToken: later.data!.operatorLogin.challengeToken, code } }),
      ),
    ).toBe('INVALID_TOTP');
  });

  it('refuses an expired or forged challenge', async () => {
    const { kid, key } = await serviceSigningKey(t);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer('casinox-identity')
      .setSubject('00000000-0000-0000-0000-000000000001')
      .setAudience('casinox:totp-challenge')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(key);
    expect(errorCode(await t.gql(OPERATOR_VERIFY, { input: { challengeToken: expired, code: '123456' } }))).toBe(
      'CHALLENGE_EXPIRED',
    );
    // An access token is not a challenge.
    const accessToken = await new SignJWT({ kind: 'player' })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer('casinox-identity')
      .setSubject('x')
      .setAudience('casinox:player')
      .setExpirationTime('5m')
      .sign(key);
    expect(errorCode(await t.gql(OPERATOR_VERIFY, { input: { challengeToken: accessToken, code: '123456' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(OPERATOR_VERIFY, { input: { challengeToken: 'garbage', code: '123456' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(OPERATOR_VERIFY, { input: { challengeToken: 'garbage', code: '12345' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('does not let a player (nobody’s staff) past the password step', async () => {
    const tenant = await seedTenant(t.identity.orm);
    const player = await seedPlayer(t.identity.orm, { tenantId: tenant.id });
    expect(errorCode(await t.gql(OPERATOR_LOGIN, { input: { email: player.email, password: player.password } }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });
});

describe('staff roles', () => {
  it('does not let SUPPORT invite anyone, and writes nothing', async () => {
    const { staff } = await staffedTenant('SUPPORT');
    const before = await countRows(t.db, 'operator');
    const response = await t.gql(
      INVITE,
      { input: { email: 'new@staff.test', displayName: 'New', role: 'SUPPORT' } },
      { token: await tokenOf(staff[0]!) },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await countRows(t.db, 'operator')).toBe(before);
  });

  it('lets an ADMIN invite SUPPORT but not an OWNER; the invitee accepts and signs in', async () => {
    const { tenant, staff } = await staffedTenant('OWNER', 'ADMIN');
    const admin = await tokenOf(staff[1]!);
    expect(
      errorCode(
        await t.gql(
          INVITE,
          { input: { email: 'boss@staff.test', displayName: 'Boss', role: 'OWNER' } },
          { token: admin },
        ),
      ),
    ).toBe('FORBIDDEN');

    const email = `support.${Date.now()}@staff.test`;
    const invited = await t.gql<{
      inviteOperator: {
        inviteToken: string;
        operator: { id: string; status: string; role: string; email: string; tenantId: string };
      };
    }>(
      INVITE,
      { input: { email: email.toUpperCase(), displayName: 'Sam Support', role: 'SUPPORT' } },
      { token: admin },
    );
    expect(invited.errors).toBeUndefined();
    const { inviteToken, operator } = invited.data!.inviteOperator;
    expect(inviteToken).toMatch(new RegExp(`^cxi_${tenant.slug}_`));
    expect(operator).toMatchObject({ status: 'INVITED', role: 'SUPPORT', email, tenantId: tenant.id });
    const stored = await t.db.query<{ invite_token_hash: string }>(
      'select invite_token_hash from identity.operator where id = $1',
      [operator.id],
    );
    expect(inviteToken).not.toContain(stored.rows[0]!.invite_token_hash);

    // An invited person cannot sign in before accepting.
    expect(errorCode(await t.gql(OPERATOR_LOGIN, { input: { email, password: 'the-new-password' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(errorCode(await t.gql(ACCEPT, { input: { inviteToken, password: 'short' } }))).toBe('BAD_USER_INPUT');
    const accepted = await t.gql(ACCEPT, { input: { inviteToken, password: 'the-new-password' } });
    expect(accepted.data).toEqual({ acceptOperatorInvite: { id: operator.id, status: 'ACTIVE', role: 'SUPPORT' } });
    expect(errorCode(await t.gql(ACCEPT, { input: { inviteToken, password: 'the-new-password' } }))).toBe('NOT_FOUND');
    const session = await staffSignIn(t, { email, password: 'the-new-password' });
    expect(session.viewer.operator).toMatchObject({ id: operator.id, role: 'SUPPORT', tenantId: tenant.id });
  });

  it('makes an existing account prove its password to accept, and never changes it', async () => {
    const { staff } = await staffedTenant('OWNER');
    const elsewhere = await seedTenant(t.identity.orm);
    const player = await seedPlayer(t.identity.orm, { tenantId: elsewhere.id });
    const invited = await t.gql<{ inviteOperator: { inviteToken: string } }>(
      INVITE,
      { input: { email: player.email, displayName: 'P', role: 'FINANCE' } },
      { token: await tokenOf(staff[0]!) },
    );
    const { inviteToken } = invited.data!.inviteOperator;
    expect(errorCode(await t.gql(ACCEPT, { input: { inviteToken, password: 'attacker-chosen-password' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await t.gql(ACCEPT, { input: { inviteToken, password: player.password } })).data).toMatchObject({
      acceptOperatorInvite: { status: 'ACTIVE' },
    });
    expect(await countRows(t.db, 'user_account', 'email = $1', [player.email])).toBe(1);
  });

  it('refuses unknown and expired invitations', async () => {
    expect(
      errorCode(
        await t.gql(ACCEPT, { input: { inviteToken: `cxi_nowhere_${'a'.repeat(43)}`, password: 'a-long-password' } }),
      ),
    ).toBe('NOT_FOUND');
    const { staff } = await staffedTenant('OWNER');
    const invited = await t.gql<{ inviteOperator: { inviteToken: string; operator: { id: string } } }>(
      INVITE,
      { input: { email: `late.${Date.now()}@staff.test`, displayName: 'Late', role: 'SUPPORT' } },
      { token: await tokenOf(staff[0]!) },
    );
    await t.db.query(`update identity.operator set invite_expires_at = now() - interval '1 minute' where id = $1`, [
      invited.data!.inviteOperator.operator.id,
    ]);
    expect(
      errorCode(
        await t.gql(ACCEPT, {
          input: { inviteToken: invited.data!.inviteOperator.inviteToken, password: 'a-long-password' },
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('does not let an ADMIN demote or disable an OWNER', async () => {
    const { staff } = await staffedTenant('OWNER', 'OWNER', 'ADMIN');
    const admin = await tokenOf(staff[2]!);
    expect(errorCode(await t.gql(CHANGE_ROLE, { id: staff[0]!.id, role: 'SUPPORT' }, { token: admin }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(DISABLE, { id: staff[0]!.id }, { token: admin }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CHANGE_ROLE, { id: staff[2]!.id, role: 'OWNER' }, { token: admin }))).toBe(
      'FORBIDDEN',
    );
    expect(await roleInDb(staff[0]!.id)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
  });

  it('protects the last active OWNER', async () => {
    const { staff } = await staffedTenant('OWNER', 'ADMIN');
    const [owner, admin] = staff as [SeededOperator, SeededOperator];
    const token = await tokenOf(owner);
    expect(errorCode(await t.gql(CHANGE_ROLE, { id: owner.id, role: 'ADMIN' }, { token }))).toBe('LAST_OWNER');
    expect(errorCode(await t.gql(DISABLE, { id: owner.id }, { token }))).toBe('FORBIDDEN');
    // With a second OWNER the first may step down.
    expect((await t.gql(CHANGE_ROLE, { id: admin.id, role: 'OWNER' }, { token })).data).toEqual({
      changeOperatorRole: { id: admin.id, role: 'OWNER' },
    });
    expect((await t.gql(CHANGE_ROLE, { id: owner.id, role: 'ADMIN' }, { token })).data).toEqual({
      changeOperatorRole: { id: owner.id, role: 'ADMIN' },
    });
    // The new last OWNER cannot be disabled by anyone.
    expect(errorCode(await t.gql(DISABLE, { id: admin.id }, { token: await tokenOf(admin) }))).toBe('FORBIDDEN');
    expect(await roleInDb(admin.id)).toEqual({ role: 'OWNER', status: 'ACTIVE' });
  });

  it('keeps exactly one OWNER when the two OWNERs demote each other at once', async () => {
    const { staff } = await staffedTenant('OWNER', 'OWNER');
    const [x, y] = staff as [SeededOperator, SeededOperator];
    const [tx, ty] = await Promise.all([tokenOf(x), tokenOf(y)]);
    const results = await Promise.all([
      t.gql(CHANGE_ROLE, { id: y.id, role: 'ADMIN' }, { token: tx }),
      t.gql(CHANGE_ROLE, { id: x.id, role: 'ADMIN' }, { token: ty }),
    ]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(expect.arrayContaining(['OK']));
    const owners = await t.db.query(
      `select id from identity.operator where tenant_id = $1 and role = 'OWNER' and status = 'ACTIVE'`,
      [x.tenantId],
    );
    expect(owners.rowCount).toBe(1);
  });

  it("does not let an operator of A touch B's operators", async () => {
    const a = await staffedTenant('OWNER');
    const b = await staffedTenant('OWNER', 'SUPPORT');
    const token = await tokenOf(a.staff[0]!);
    const target = b.staff[1]!;
    expect(errorCode(await t.gql(CHANGE_ROLE, { id: target.id, role: 'ADMIN' }, { token }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(DISABLE, { id: target.id }, { token }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(ENABLE, { id: target.id }, { token }))).toBe('NOT_FOUND');
    expect(await roleInDb(target.id)).toEqual({ role: 'SUPPORT', status: 'ACTIVE' });
  });

  it('ends a disabled operator’s sessions and brings them back when enabled', async () => {
    const { staff } = await staffedTenant('OWNER', 'FINANCE');
    const [owner, finance] = staff as [SeededOperator, SeededOperator];
    const ownerToken = await tokenOf(owner);
    const financeSession = await staffSignIn(t, finance);
    expect((await t.gql(DISABLE, { id: finance.id }, { token: ownerToken })).data).toEqual({
      disableOperator: { id: finance.id, status: 'DISABLED' },
    });
    expect(errorCode(await t.gql(REFRESH, { t: financeSession.session.refreshToken }))).toBe('SESSION_EXPIRED');
    expect(
      errorCode(await t.gql(OPERATOR_LOGIN, { input: { email: finance.email, password: finance.password } })),
    ).toBe('ACCOUNT_DISABLED');
    expect((await t.gql(ENABLE, { id: finance.id }, { token: ownerToken })).data).toEqual({
      enableOperator: { id: finance.id, status: 'ACTIVE' },
    });
    expect((await staffSignIn(t, finance)).viewer.operator?.id).toBe(finance.id);
  });

  it('applies a role change at the next refresh', async () => {
    const { staff } = await staffedTenant('OWNER', 'SUPPORT');
    const [owner, support] = staff as [SeededOperator, SeededOperator];
    const session = await staffSignIn(t, support);
    await t.gql(CHANGE_ROLE, { id: support.id, role: 'COMPLIANCE' }, { token: await tokenOf(owner) });
    const refreshed = await t.gql<{ refreshSession: SessionShape }>(REFRESH, { t: session.session.refreshToken });
    expect(claimsOf(refreshed.data!.refreshSession.accessToken)).toMatchObject({ role: 'COMPLIANCE', oid: support.id });
  });

  it('pages through the staff list with cursors', async () => {
    const { staff } = await staffedTenant('OWNER', 'ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT');
    const token = await tokenOf(staff[0]!);
    const PAGE = `query($after: String) { operators(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      operators: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = (await t.gql<Page>(PAGE, { after }, { token })).data!;
      seen.push(...page.operators.edges.map((edge) => edge.node.id));
      if (!page.operators.pageInfo.hasNextPage) break;
      after = page.operators.pageInfo.endCursor;
    }
    expect(seen).toEqual(staff.map((s) => s.id));
    expect(errorCode(await t.gql(PAGE, { after: 'bogus' }, { token }))).toBe('BAD_USER_INPUT');
  });

  it('pages rows created within one millisecond one by one, none skipped or repeated', async () => {
    const { staff } = await staffedTenant('OWNER', 'ADMIN', 'FINANCE', 'SUPPORT');
    const token = await tokenOf(staff[0]!);
    // Postgres keeps microseconds: a millisecond cursor would answer the first of these rows again.
    for (const [i, operator] of staff.entries()) {
      await t.db.query(
        `update identity.operator set created_at = '2026-03-01T10:00:00.123Z'::timestamptz + make_interval(secs => $2::int / 1e6) where id = $1`,
        [operator.id, 100 * (i + 1)],
      );
    }
    const PAGE = `query($after: String) { operators(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      operators: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = (await t.gql<Page>(PAGE, { after }, { token })).data!;
      seen.push(...page.operators.edges.map((edge) => edge.node.id));
      if (!page.operators.pageInfo.hasNextPage) break;
      after = page.operators.pageInfo.endCursor;
    }
    expect(seen).toEqual(staff.map((s) => s.id));
  });
});

describe('tenant switching', () => {
  it('lists every membership and switches to another tenant, keeping the sign-in time', async () => {
    const a = await staffedTenant('OWNER');
    const owner = a.staff[0]!;
    const b = await seedTenant(t.identity.orm);
    await seedOperator(t.identity.orm, {
      tenantId: b.id,
      role: 'FINANCE',
      email: owner.email,
      password: owner.password,
    });
    const c = await seedTenant(t.identity.orm);

    const session = await staffSignIn(t, owner, { tenantId: a.tenant.id });
    expect(new Set(session.viewer.memberships.map((m) => m.tenantId))).toEqual(new Set([a.tenant.id, b.id]));

    const SWITCH = `mutation($id: ID!) { switchTenant(tenantId: $id) { session { ${SESSION_FIELDS} } viewer { operator { role tenantId } tenant { id } } } }`;
    type Switched = {
      switchTenant: {
        session: SessionShape;
        viewer: { operator: { role: string; tenantId: string }; tenant: { id: string } };
      };
    };
    const switched = await t.gql<Switched>(SWITCH, { id: b.id }, { token: session.session.accessToken });
    expect(switched.data?.switchTenant.viewer).toEqual({
      operator: { role: 'FINANCE', tenantId: b.id },
      tenant: { id: b.id },
    });
    const claims = claimsOf(switched.data!.switchTenant.session.accessToken);
    expect(claims).toMatchObject({ tid: b.id, role: 'FINANCE' });
    expect(claims.auth_time).toBe(claimsOf(session.session.accessToken).auth_time);
    expect(switched.data!.switchTenant.session.refreshTokenExpiresAt).toBe(session.session.refreshTokenExpiresAt);

    expect(errorCode(await t.gql(SWITCH, { id: c.id }, { token: session.session.accessToken }))).toBe('FORBIDDEN');
    const viewer = await t.gql<{ operatorViewer: OperatorAuth['viewer'] }>(
      '{ operatorViewer { platformAdmin user { id email totpEnabled } operator { id role tenantId } tenant { id slug } memberships { id tenantId role status } } }',
      undefined,
      {
        token: switched.data!.switchTenant.session.accessToken,
      },
    );
    expect(viewer.data?.operatorViewer.tenant?.id).toBe(b.id);
  });
});
