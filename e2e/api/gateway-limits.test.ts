import { errorCode } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('gateway limits and error hygiene', () => {
  it('rejects deeply nested queries before any subgraph sees them', async () => {
    let selection = 'id';
    for (let depth = 0; depth < 20; depth += 1) selection = `tenant { ${selection} }`;
    const res = await platform.gql(`{ me { ${selection} } }`);
    expect(res.data ?? null).toBeNull();
    // Depth or cost, whichever limit trips first: either way nothing reaches a subgraph.
    expect(res.errors?.[0]?.message).toMatch(/depth|cost/i);
  });

  it('rejects alias floods and token floods', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: apiKeyScopes { name }`).join(' ');
    expect((await platform.gql(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
    const tokens = Array.from({ length: 3000 }, () => '__typename').join(' ');
    expect((await platform.gql(`{ ${tokens} }`)).errors?.[0]?.message).toMatch(/token/i);
  });

  it('answers 413 to oversized bodies, 400 to malformed JSON and to batches', async () => {
    const big = await post(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(big.status).toBe(413);
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(
      ((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('BAD_REQUEST');
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
  });

  it('never leaks stack traces, and hides field suggestions', async () => {
    const res = await platform.gql('{ tenantz(slug: "x") { id } }');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+|Did you mean/);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('validates input with clear codes and writes nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        {
          tenantSlug: 'aurora-does-not-exist',
          email: 'ok@example.test',
          password: 'long-enough-password',
          displayName: 'X',
        },
        'TENANT_NOT_FOUND',
      ],
      [
        { tenantSlug: 'x', email: 'not-an-email', password: 'long-enough-password', displayName: 'X' },
        'BAD_USER_INPUT',
      ],
      [
        {
          tenantSlug: 'x',
          email: `${'a'.repeat(250)}@example.test`,
          password: 'long-enough-password',
          displayName: 'X',
        },
        'BAD_USER_INPUT',
      ],
      [{ tenantSlug: 'x', email: 'ok@example.test', password: 'short', displayName: 'X' }, 'BAD_USER_INPUT'],
      [{ tenantSlug: 'x', email: '', password: '', displayName: '' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      const res = await platform.gql(
        `mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { player { id } } }`,
        { input },
      );
      expect(errorCode(res), JSON.stringify(input).slice(0, 80)).toBe(code);
    }
    const users = await platform.db.query('select count(*)::int as n from identity.user_account');
    expect(users.rows[0]?.n).toBe(0);
  });

  it('reports health and readiness', async () => {
    const origin = new URL(platform.gatewayUrl).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', listener: true });
  });
});
