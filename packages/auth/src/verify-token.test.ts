import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from './errors.js';
import { bearerToken, createTokenVerifier, type TokenVerifier } from './verify-token.js';

let server: Server;
let verify: TokenVerifier;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  verify = createTokenVerifier({ jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json` });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function token(overrides: { aud?: string; kind?: string; exp?: number | string; kid?: string } = {}) {
  return new SignJWT({ kind: overrides.kind ?? 'player', tid: 't1', pid: 'p1' })
    .setProtectedHeader({ alg: 'ES256', kid: overrides.kid ?? 'k1' })
    .setIssuer('casinox-identity')
    .setSubject('u1')
    .setAudience(overrides.aud ?? 'casinox:player')
    .setIssuedAt()
    .setExpirationTime(overrides.exp ?? '5m')
    .sign(privateKey);
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return (error as AuthError).code;
  }
  throw new Error('expected a rejection');
}

describe('createTokenVerifier', () => {
  it('accepts a valid player token and maps its claims', async () => {
    const principal = await verify(await token());
    expect(principal).toMatchObject({
      kind: 'player',
      userId: 'u1',
      tenantId: 't1',
      playerId: 'p1',
      audience: 'casinox:player',
    });
  });

  it('rejects an expired token with TOKEN_EXPIRED', async () => {
    expect(await rejection(verify(await token({ exp: Math.floor(Date.now() / 1000) - 60 })))).toBe('TOKEN_EXPIRED');
  });

  it('rejects a tampered payload', async () => {
    const [header, payload, signature] = (await token()).split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), tid: 't2' }),
    ).toString('base64url');
    expect(await rejection(verify(`${header}.${forged}.${signature}`))).toBe('UNAUTHENTICATED');
  });

  it('rejects alg: none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: 'u1',
        aud: 'casinox:player',
        iss: 'casinox-identity',
        kind: 'player',
        exp: Math.floor(Date.now() / 1000) + 60,
      }),
    ).toString('base64url');
    expect(await rejection(verify(`${header}.${body}.`))).toBe('UNAUTHENTICATED');
  });

  it('rejects an unknown audience and a kind that does not match its audience', async () => {
    expect(await rejection(verify(await token({ aud: 'someone-else' })))).toBe('UNAUTHENTICATED');
    expect(await rejection(verify(await token({ aud: 'casinox:admin', kind: 'player' })))).toBe('UNAUTHENTICATED');
  });

  it('rejects a verifier-restricted audience', async () => {
    const { port } = server.address() as AddressInfo;
    const adminOnly = createTokenVerifier({ jwksUrl: `http://127.0.0.1:${port}/`, audiences: ['casinox:admin'] });
    expect(await rejection(adminOnly(await token()))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer  abc', 'abc'],
    ['Basic abc', null],
    [undefined, null],
  ])('bearerToken(%s) = %s', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
