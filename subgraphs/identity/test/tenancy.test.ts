import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SeededOperator,
  type SeededPlayer,
  type SeededTenant,
  seedOperator,
  seedPlayer,
  seedTenant,
} from '../src/seed/index.js';
import {
  SESSION_FIELDS,
  type SessionShape,
  staffSignIn,
  startTestIdentity,
  TEST_SECRETS,
  type TestIdentity,
} from './support.js';

let t: TestIdentity;
let a: SeededTenant;
let b: SeededTenant;
let playerA: SeededPlayer;
let neighbourA: SeededPlayer;
let playerB: SeededPlayer;
let staffA: SeededOperator;
let staffB: SeededOperator;
let tokenA: string;
let staffTokenA: string;

const LOGIN = `mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { ${SESSION_FIELDS} } player { id tenantId } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Player { id tenantId displayName email }
  ... on Tenant { id slug }
  ... on Operator { id role operatorEmail: email }
} }`;

async function playerToken(tenant: SeededTenant, player: { email: string; password: string }): Promise<string> {
  const login = await t.gql<{ loginPlayer: { session: SessionShape } }>(LOGIN, {
    input: { tenantSlug: tenant.slug, email: player.email, password: player.password },
  });
  if (!login.data) throw new Error(JSON.stringify(login.errors));
  return login.data.loginPlayer.session.accessToken;
}

beforeAll(async () => {
  t = await startTestIdentity();
  const { orm } = t.identity;
  [a, b] = await Promise.all([seedTenant(orm), seedTenant(orm)]);
  playerA = await seedPlayer(orm, { tenantId: a.id });
  neighbourA = await seedPlayer(orm, { tenantId: a.id });
  playerB = await seedPlayer(orm, { tenantId: b.id });
  staffA = await seedOperator(orm, {
    tenantId: a.id,
    role: 'SUPPORT',
    totp: true,
    identitySecret: TEST_SECRETS.IDENTITY_SECRET,
  });
  staffB = await seedOperator(orm, {
    tenantId: b.id,
    role: 'OWNER',
    totp: true,
    identitySecret: TEST_SECRETS.IDENTITY_SECRET,
  });
  tokenA = await playerToken(a, playerA);
  staffTokenA = (await staffSignIn(t, staffA)).session.accessToken;
});
afterAll(() => t?.stop());

describe('tenant isolation through the API', () => {
  it("does not let tenant A's player sign in to tenant B", async () => {
    expect(
      errorCode(
        await t.gql(LOGIN, { input: { tenantSlug: b.slug, email: playerA.email, password: playerA.password } }),
      ),
    ).toBe('INVALID_CREDENTIALS');
  });

  it("shows only A's membership in `me` for A's token, even for a user who also plays at B", async () => {
    const both = await seedPlayer(t.identity.orm, { tenantId: a.id });
    await seedPlayer(t.identity.orm, { tenantId: b.id, email: both.email, password: both.password });
    const token = await playerToken(a, both);
    const me = await t.gql<{ me: { id: string; tenantId: string; tenant: { id: string } } }>(
      '{ me { id tenantId tenant { id } } }',
      undefined,
      { token },
    );
    expect(me.data?.me).toEqual({ id: both.id, tenantId: a.id, tenant: { id: a.id } });
    const tokenB = await playerToken(b, both);
    const meB = await t.gql<{ me: { id: string; tenantId: string } }>('{ me { id tenantId } }', undefined, {
      token: tokenB,
    });
    expect(meB.data?.me.tenantId).toBe(b.id);
    expect(meB.data?.me.id).not.toBe(both.id);
  });

  it("resolves entity references inside the caller's tenant only: another tenant's rows are null", async () => {
    const response = await t.gql<{ _entities: (Record<string, unknown> | null)[] }>(
      ENTITIES,
      {
        r: [
          { __typename: 'Player', id: playerA.id },
          { __typename: 'Player', id: playerB.id },
          { __typename: 'Player', id: neighbourA.id },
          { __typename: 'Tenant', id: a.id },
          { __typename: 'Tenant', id: b.id },
          { __typename: 'Player', id: 'not-a-uuid' },
        ],
      },
      { token: tokenA },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      { __typename: 'Player', id: playerA.id, tenantId: a.id, displayName: playerA.displayName, email: playerA.email },
      null,
      // A neighbour's name shows (leaderboards); their email does not.
      { __typename: 'Player', id: neighbourA.id, tenantId: a.id, displayName: neighbourA.displayName, email: null },
      { __typename: 'Tenant', id: a.id, slug: a.slug },
      null,
      null,
    ]);
  });

  it('resolves operators only for staff of the same tenant', async () => {
    const reps = {
      r: [
        { __typename: 'Operator', id: staffA.id },
        { __typename: 'Operator', id: staffB.id },
      ],
    };
    const asPlayer = await t.gql<{ _entities: unknown[] }>(ENTITIES, reps, { token: tokenA });
    expect(asPlayer.data?._entities).toEqual([null, null]);
    const asStaff = await t.gql<{ _entities: unknown[] }>(ENTITIES, reps, { token: staffTokenA });
    expect(asStaff.data?._entities).toEqual([
      { __typename: 'Operator', id: staffA.id, role: 'SUPPORT', operatorEmail: staffA.email },
      null,
    ]);
    const anonymous = await t.gql<{ _entities: unknown[] }>(ENTITIES, reps);
    expect(anonymous.data?._entities).toEqual([null, null]);
  });

  it("shows staff every player email of their tenant, and none of another tenant's", async () => {
    const response = await t.gql<{ _entities: unknown[] }>(
      ENTITIES,
      {
        r: [
          { __typename: 'Player', id: neighbourA.id },
          { __typename: 'Player', id: playerB.id },
        ],
      },
      { token: staffTokenA },
    );
    expect(response.data?._entities).toEqual([
      {
        __typename: 'Player',
        id: neighbourA.id,
        tenantId: a.id,
        displayName: neighbourA.displayName,
        email: neighbourA.email,
      },
      null,
    ]);
  });

  it("lists only the caller's tenant's staff", async () => {
    const list = await t.gql<{ operators: { edges: { node: { id: string; tenantId: string } }[] } }>(
      '{ operators { edges { node { id tenantId } } } }',
      undefined,
      { token: staffTokenA },
    );
    const ids = list.data!.operators.edges.map((edge) => edge.node.id);
    expect(ids).toContain(staffA.id);
    expect(ids).not.toContain(staffB.id);
    expect(new Set(list.data!.operators.edges.map((edge) => edge.node.tenantId))).toEqual(new Set([a.id]));
  });
});
