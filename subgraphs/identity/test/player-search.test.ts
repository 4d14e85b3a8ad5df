import { randomUUID } from 'node:crypto';
import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SeededPlayer,
  type SeededTenant,
  seedOperator,
  seedPlatformAdmin,
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
let ada: SeededPlayer;
let grace: SeededPlayer;
let linus: SeededPlayer;
let adaAtB: SeededPlayer;
let supportA: string;

const SEARCH = `query($search: String, $first: Int, $after: String) {
  players(search: $search, first: $first, after: $after) { edges { node { id tenantId displayName email } } pageInfo { hasNextPage endCursor } }
}`;
const ONE = 'query($id: ID!) { player(id: $id) { id displayName email tenantId } }';
type Search = {
  players: {
    edges: { node: { id: string; tenantId: string; displayName: string; email: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const search = async (token: string, variables: Record<string, unknown>) => {
  const res = await t.gql<Search>(SEARCH, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.players;
};
const names = async (token: string, text: string | null) =>
  (await search(token, { search: text, first: 50 })).edges.map((e) => e.node.displayName);

beforeAll(async () => {
  t = await startTestIdentity();
  const { orm } = t.identity;
  [a, b] = await Promise.all([seedTenant(orm), seedTenant(orm)]);
  const tag = randomUUID().slice(0, 8);
  ada = await seedPlayer(orm, { tenantId: a.id, displayName: `Ada Lovelace`, email: `ada-${tag}@engines.test` });
  grace = await seedPlayer(orm, { tenantId: a.id, displayName: `Grace Hopper`, email: `grace-${tag}@navy.test` });
  linus = await seedPlayer(orm, { tenantId: a.id, displayName: `50%_off Linus`, email: `linus-${tag}@kernel.test` });
  adaAtB = await seedPlayer(orm, { tenantId: b.id, displayName: `Ada Byron`, email: `ada-b-${tag}@engines.test` });
  const staff = await seedOperator(orm, {
    tenantId: a.id,
    role: 'SUPPORT',
    totp: true,
    identitySecret: TEST_SECRETS.IDENTITY_SECRET,
  });
  supportA = (await staffSignIn(t, staff)).session.accessToken;
});
afterAll(() => t?.stop());

describe('the operators’ player search', () => {
  it('lists the tenant’s players newest first, page by page, with their emails', async () => {
    const first = await search(supportA, { first: 2 });
    expect(first.edges.map((e) => e.node.id)).toEqual([linus.id, grace.id]);
    expect(first.edges[1]!.node).toEqual({
      id: grace.id,
      tenantId: a.id,
      displayName: 'Grace Hopper',
      email: grace.email,
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(supportA, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([ada.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await t.gql(SEARCH, { after: 'not-a-cursor' }, { token: supportA }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['part of a display name, in any case', 'LOVELACE', ['Ada Lovelace']],
    ['part of an email', 'navy.test', ['Grace Hopper']],
    ['a name shared with another tenant’s player', 'Ada', ['Ada Lovelace']],
    ['wildcards, which match themselves', '50%_', ['50%_off Linus']],
    ['a lone wildcard, matched literally', '%', ['50%_off Linus']],
    ['nothing that matches', 'zzz-nobody', []],
  ])('finds by %s', async (_label, text, expected) => {
    expect(await names(supportA, text)).toEqual(expected);
  });

  it('finds by the start of a player id, never another tenant’s', async () => {
    expect(await names(supportA, ada.id.slice(0, 8))).toContain('Ada Lovelace');
    expect(await names(supportA, ada.id.toUpperCase())).toEqual(['Ada Lovelace']);
    expect(await names(supportA, adaAtB.id)).toEqual([]);
    expect(await names(supportA, adaAtB.email)).toEqual([]);
  });

  it('opens one player of the tenant; another tenant’s player is null', async () => {
    expect((await t.gql<{ player: unknown }>(ONE, { id: ada.id }, { token: supportA })).data?.player).toEqual({
      id: ada.id,
      displayName: 'Ada Lovelace',
      email: ada.email,
      tenantId: a.id,
    });
    expect((await t.gql<{ player: unknown }>(ONE, { id: adaAtB.id }, { token: supportA })).data?.player).toBeNull();
    expect((await t.gql<{ player: unknown }>(ONE, { id: 'nope' }, { token: supportA })).data?.player).toBeNull();
  });

  it('is for staff acting in a tenant only', async () => {
    const login = await t.gql<{ loginPlayer: { session: SessionShape } }>(
      `mutation($input: LoginPlayerInput!) { loginPlayer(input: $input) { session { ${SESSION_FIELDS} } } }`,
      {
        input: { tenantSlug: a.slug, email: ada.email, password: ada.password },
      },
    );
    const playerToken = login.data!.loginPlayer.session.accessToken;
    expect(errorCode(await t.gql(SEARCH, {}, { token: playerToken }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ONE, { id: ada.id }, { token: playerToken }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SEARCH, {}))).toBe('UNAUTHENTICATED');
    const admin = await seedPlatformAdmin(t.identity.orm, { totp: true, identitySecret: TEST_SECRETS.IDENTITY_SECRET });
    const adminToken = (await staffSignIn(t, admin)).session.accessToken;
    expect(errorCode(await t.gql(SEARCH, {}, { token: adminToken }))).toBe('FORBIDDEN');
    // Staff of tenant B see B's players only.
    const staffB = await seedOperator(t.identity.orm, {
      tenantId: b.id,
      role: 'FINANCE',
      totp: true,
      identitySecret: TEST_SECRETS.IDENTITY_SECRET,
    });
    expect(await names((await staffSignIn(t, staffB)).session.accessToken, null)).toEqual(['Ada Byron']);
  });
});
