import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
let playerToken: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  const tenant = await newTenant(platform);
  playerToken = (await registerPlayer(platform, tenant.slug)).session.accessToken;
});
afterAll(() => platform?.stop());

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
type Answer = {
  status: number;
  contentType: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: (await res.json()) as Answer['body'],
  };
}
const asPlayer = () => ({ authorization: `Bearer ${playerToken}` });
const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);

describe('GraphQL over HTTP at the gateway', () => {
  it('passes the graphql-http audit with no MUST failure, and the graphql-response+json 400s it recommends', async () => {
    const results = await auditServer({ url: platform.gatewayUrl });
    const failures = results
      .filter((result) => result.status === 'error')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
    // Answered 500 before: armor parsed (and threw) in a plugin hook.
    for (const name of [
      'SHOULD use 400 status code on document parsing failure when accepting application/graphql-response+json',
      'SHOULD use 400 status code on document validation failure when accepting application/graphql-response+json',
    ]) {
      expect(results.find((result) => result.name === name)?.status, name).toBe('ok');
    }
  });

  it('answers request errors with 400 in the media type the client accepts', async () => {
    const cases: [string, unknown, string][] = [
      ['syntax error', { query: '{ me {' }, 'GRAPHQL_PARSE_FAILED'],
      [
        'token limit',
        { query: `{ ${Array.from({ length: 3000 }, () => '__typename').join(' ')} }` },
        'GRAPHQL_PARSE_FAILED',
      ],
      [
        'depth limit',
        { query: `{ me { ${'tenant { '.repeat(20)}id${' }'.repeat(20)} } }` },
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'alias limit',
        { query: `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: apiKeyScopes { name }`).join(' ')} }` },
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'ambiguous operation',
        { query: 'query A { __typename } query B { __typename }' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
      [
        'unknown operationName',
        { query: 'query A { __typename }', operationName: 'B' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
      ['subscription over HTTP', { query: 'subscription { bigWins(tenantId: "x") { id } }' }, 'BAD_REQUEST'],
      [
        'variable of the wrong type',
        { query: 'query ($slug: String!) { tenant(slug: $slug) { id } }', variables: { slug: 5 } },
        'BAD_USER_INPUT',
      ],
      ['missing variable', { query: 'query ($slug: String!) { tenant(slug: $slug) { id } }' }, 'BAD_USER_INPUT'],
    ];
    for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
      for (const [label, body, code] of cases) {
        const answer = await post(body, { accept });
        expect({ label, accept, status: answer.status, code: codes(answer)?.[0], data: answer.body.data }).toEqual({
          label,
          accept,
          status: 400,
          code,
          data: undefined,
        });
        expect(answer.contentType, label).toContain(accept);
      }
    }
  });

  it('answers field errors with 200, errors beside the data', async () => {
    const answer = await post({ query: '{ __typename me { id } }' });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain(GRAPHQL_RESPONSE);
    expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
  });

  it("passes a subgraph's typed request errors through: malformed Money on startDeposit is BAD_USER_INPUT, not a masked 500", async () => {
    for (const amount of [
      '1.5',
      'abc',
      '1e309',
      '9'.repeat(60),
      ' 100',
      '100 ',
      '1e3',
      '0100',
      '-0',
      '99.9999999999999999',
    ]) {
      const literal = await post(
        {
          query: `mutation { startDeposit(asset: "EUR", amount: ${JSON.stringify(amount)}, idempotencyKey: "lit-${amount.length}") { id } }`,
        },
        asPlayer(),
      );
      const variable = await post(
        {
          query:
            'mutation ($amount: Money!) { startDeposit(asset: "EUR", amount: $amount, idempotencyKey: "var") { id } }',
          variables: { amount },
        },
        asPlayer(),
      );
      for (const answer of [literal, variable]) {
        expect({ amount, codes: codes(answer) }).toEqual({ amount, codes: ['BAD_USER_INPUT'] });
        expect(answer.body.errors?.[0]?.message).toMatch(/Money/);
      }
    }
    const deposits = await platform.db.query('select count(*)::int as n from wallet.deposit');
    expect(deposits.rows[0]?.n).toBe(0);
  });

  it('never names an internal service in an error', async () => {
    const subgraphError = await post({
      query: 'mutation ($input: RegisterPlayerInput!) { registerPlayer(input: $input) { player { id } } }',
      variables: {
        input: {
          tenantSlug: 'no-such-casino',
          email: 'x@example.test',
          password: 'long-enough-password',
          displayName: 'X',
        },
      },
    });
    expect(codes(subgraphError)).toEqual(['TENANT_NOT_FOUND']);
    const money = await post(
      { query: 'mutation { startDeposit(asset: "EUR", amount: "abc", idempotencyKey: "svc") { id } }' },
      asPlayer(),
    );
    for (const answer of [subgraphError, money]) {
      expect(answer.body.errors?.[0]?.extensions).not.toHaveProperty('serviceName');
      expect(JSON.stringify(answer.body)).not.toMatch(/identity|wallet|127\.0\.0\.1/i);
    }
  });

  it('answers a 2 MB body with 413 (the client still sending gets the answer, not a reset)', async () => {
    const pad = 'x'.repeat(2 * 1024 * 1024);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await post({ query: '{ __typename }', variables: { pad } });
      expect(answer.status).toBe(413);
      expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE']);
    }
    // The gateway serves the next request as usual.
    expect((await post({ query: '{ __typename }' })).status).toBe(200);
  });

  it('refuses a NUL byte in any string input as BAD_USER_INPUT before it reaches Postgres', async () => {
    const literal = await post({ query: '{ tenant(slug: "a\\u0000b") { id } }' });
    const variable = await post({
      query: 'query ($slug: String!) { tenant(slug: $slug) { id } }',
      variables: { slug: 'a\u0000b' },
    });
    const nested = await post({
      query: 'mutation ($input: RegisterPlayerInput!) { registerPlayer(input: $input) { player { id } } }',
      variables: {
        input: {
          tenantSlug: 'x',
          email: 'nul@example.test',
          password: 'long-enough-password',
          displayName: 'Nul\u0000',
        },
      },
    });
    for (const answer of [literal, variable, nested]) {
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.message).toMatch(/NUL/);
    }
    const users = await platform.db.query(
      "select count(*)::int as n from identity.user_account where email = 'nul@example.test'",
    );
    expect(users.rows[0]?.n).toBe(0);
  });

  it('hides enum value suggestions from visitors and players (literals and variables alike)', async () => {
    const literal = { query: '{ availableBonuses(kind: CASHBAK) { id } }' };
    const variable = {
      query: 'query ($kind: BonusKind) { availableBonuses(kind: $kind) { id } }',
      variables: { kind: 'CASHBAK' },
    };
    for (const headers of [{}, asPlayer()]) {
      for (const body of [literal, variable]) {
        const answer = await post(body, headers);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.message).toMatch(/does not exist in "BonusKind"/);
        expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|CASHBACK/);
      }
    }
    const field = await post({ query: '{ tenantz(slug: "x") { id } }' });
    expect(JSON.stringify(field.body)).not.toMatch(/Did you mean|Suggestion|"tenant"/);
  });
});
