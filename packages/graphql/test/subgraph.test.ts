import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, derivePairKey, ServiceSigner, ServiceVerifier, SIGNATURE_HEADER } from '@casinox/auth';
import {
  type BaseContext,
  buildFederatedSchema,
  CodedError,
  MoneyScalar,
  requireOperator,
  type RunningServer,
  startSubgraphServer,
} from '../src/index.js';

@ObjectType({ description: 'A test entity.' })
@Directive('@key(fields: "id")')
class Thing {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => MoneyScalar, { description: 'Price.' })
  price!: bigint;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { description: 'One thing.' })
  thing(@Arg('id', () => ID) id: string): Thing {
    if (id === 'missing') throw new CodedError('NOT_FOUND', 'Thing was not found.');
    if (id === 'boom') throw new Error('connection to 10.0.0.1 refused at /srv/secret.ts:12');
    return { id, price: 9_007_199_254_740_993n };
  }

  @Query(() => String, { description: 'Operators only.' })
  secret(@Ctx() ctx: BaseContext): string {
    return requireOperator(ctx, 'FINANCE').role;
  }
}

const GATEWAY_KEY = 'gateway-key-of-this-test-0123456789abcdef';
const GAMES_KEY = 'games-key-of-this-test-0123456789abcdefgh';
const asGateway = new ServiceSigner('gateway', GATEWAY_KEY);
let running: RunningServer;
let jwks: ReturnType<typeof createServer>;
let adminToken: string;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k', alg: 'ES256' };
  jwks = createServer((_q, s) => s.end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  adminToken = await new SignJWT({ kind: 'operator', tid: 't', oid: 'o', role: 'SUPPORT' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k' })
    .setIssuer('casinox-identity')
    .setAudience('casinox:admin')
    .setSubject('u')
    .setExpirationTime('5m')
    .sign(pair.privateKey);
  const { schema } = await buildFederatedSchema(
    { resolvers: [ThingResolver] },
    { Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, price: 1n }) } as never },
  );
  running = await startSubgraphServer({
    name: 'test',
    port: 0,
    schema,
    verifyToken: createTokenVerifier({ jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/` }),
    services: new ServiceVerifier('test', {
      gateway: derivePairKey(GATEWAY_KEY, 'test'),
      games: derivePairKey(GAMES_KEY, 'test'),
    }),
    context: (base) => base,
  });
});
afterAll(async () => {
  await running.stop();
  jwks.close();
});

/** A GraphQL request as the gateway sends it (signed), or as anyone else would (`signer: null`). */
async function gql(
  query: string,
  variables?: unknown,
  token?: string,
  signer: ServiceSigner | null = asGateway,
  extra: Record<string, string> = {},
) {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  };
  if (signer) headers[SIGNATURE_HEADER] = signer.sign('test', { method: 'POST', path: '/graphql', body, headers });
  const res = await fetch(running.url, { method: 'POST', headers, body });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions: { code: string } }[];
    },
  };
}

describe('buildFederatedSchema', () => {
  it('prints a Federation 2 SDL with @key and the Money scalar', async () => {
    const { sdl } = await buildFederatedSchema({ resolvers: [ThingResolver] });
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs.apollo.dev\/federation\/v2/);
    expect(sdl).toMatch(/type Thing @key\(fields: "id"\)/);
    expect(sdl).toMatch(/scalar Money/);
  });

  it('serves money beyond 2^53 exactly and resolves entity references', async () => {
    const { body } = await gql('{ thing(id: "a") { id price } }');
    expect(body.data).toEqual({ thing: { id: 'a', price: '9007199254740993' } });
    const entities = await gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id price } } }', {
      r: [{ __typename: 'Thing', id: 'z' }],
    });
    expect(entities.body.data).toEqual({ _entities: [{ id: 'z', price: '1' }] });
  });

  it('keeps coded errors and hides unexpected ones', async () => {
    const missing = await gql('{ thing(id: "missing") { id } }');
    expect(missing.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const boom = await gql('{ thing(id: "boom") { id } }');
    expect(boom.body.errors?.[0]).toMatchObject({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(boom.body)).not.toMatch(/10\.0\.0\.1|secret\.ts|stack/);
  });

  it('answers 401 with a code for a bad token and FORBIDDEN for a missing role', async () => {
    const bad = await gql('{ secret }', undefined, 'not-a-jwt');
    expect(bad.status).toBe(401);
    expect(bad.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const support = await gql('{ secret }', undefined, adminToken);
    expect(support.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await gql('{ secret }');
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('takes GraphQL from the gateway only, and client facts only as it signed them', async () => {
    const anonymous = await gql('{ _service { sdl } }', undefined, undefined, null);
    expect(anonymous).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect(JSON.stringify(anonymous.body)).not.toMatch(/Thing/);
    const fromGames = await gql(
      '{ thing(id: "a") { id } }',
      undefined,
      undefined,
      new ServiceSigner('games', GAMES_KEY),
    );
    expect(fromGames).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect(
      (await gql('{ thing(id: "a") { id } }', undefined, undefined, null, { 'x-casinox-client-ip': '203.0.113.7' }))
        .status,
    ).toBe(401);
    // A header added after the gateway signed (a forged client IP) breaks the signature.
    const body = JSON.stringify({ query: '{ thing(id: "a") { id } }' });
    const signature = asGateway.sign('test', { method: 'POST', path: '/graphql', body, headers: {} });
    const forged = await fetch(running.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signature,
        'x-casinox-client-ip': '203.0.113.7',
      },
      body,
    });
    expect(forged.status).toBe(401);
  });

  it('rejects malformed JSON and reports health', async () => {
    const signature = asGateway.sign('test', { method: 'POST', path: '/graphql', body: '{' });
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
      body: '{',
    });
    expect(res.status).toBe(400);
    const health = await fetch(running.url.replace('/graphql', '/health'));
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });
});

@ObjectType({ description: 'A reference to a player another subgraph owns.' })
@Directive('@key(fields: "id", resolvable: false)')
class PlayerRef {
  @Field(() => ID, { description: 'Id.' })
  id!: string;
}

@Resolver(() => PlayerRef)
class EmptyResolver {}

describe('a subgraph with nothing to serve yet', () => {
  it('builds from entity references alone', async () => {
    const { sdl } = await buildFederatedSchema({ resolvers: [EmptyResolver], orphanedTypes: [PlayerRef] });
    expect(sdl).toMatch(/type PlayerRef @key\(fields: "id", resolvable: false\)/);
  });
});
