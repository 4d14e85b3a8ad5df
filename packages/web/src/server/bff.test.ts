import { describe, expect, it } from 'vitest';
import { readCookie, refreshCookieHeader, rejectCrossSite, tokenBody } from './bff';

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { method: 'POST', headers });

describe('rejectCrossSite', () => {
  it('accepts our own page (custom header, same origin)', () => {
    expect(
      rejectCrossSite(
        request('http://127.0.0.1:3000/api/session/aurora/refresh', {
          'x-casinox-bff': '1',
          origin: 'http://127.0.0.1:3000',
          host: '127.0.0.1:3000',
        }),
      ),
    ).toBeNull();
  });

  it.each([
    ['without the custom header', { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }],
    ['from another origin', { 'x-casinox-bff': '1', origin: 'http://evil.example', host: '127.0.0.1:3000' }],
    ['with a malformed origin', { 'x-casinox-bff': '1', origin: 'null', host: '127.0.0.1:3000' }],
  ])('refuses a request %s', (_name, headers) => {
    expect(rejectCrossSite(request('http://127.0.0.1:3000/api/session/aurora/refresh', headers))?.status).toBe(403);
  });
});

describe('refresh cookie', () => {
  it('is httpOnly, SameSite=Lax and scoped to the session path', () => {
    const header = refreshCookieHeader(
      request('http://127.0.0.1:3000/x'),
      { name: 'cx_player_rt_aurora', path: '/api/session/aurora' },
      'tok/en+1',
      3600,
    );
    expect(header).toBe(
      'cx_player_rt_aurora=tok%2Fen%2B1; Path=/api/session/aurora; Max-Age=3600; HttpOnly; SameSite=Lax',
    );
  });

  it('is Secure behind HTTPS', () => {
    const header = refreshCookieHeader(
      request('http://internal/x', { 'x-forwarded-proto': 'https' }),
      { name: 'cx_admin_rt', path: '/api/session' },
      't',
      10,
    );
    expect(header.endsWith('; Secure')).toBe(true);
  });

  it('reads back the named cookie only', () => {
    const req = request('http://127.0.0.1:3000/x', {
      cookie: 'other=1; cx_player_rt_aurora=tok%2Fen%2B1; cx_player_rt_neon=2',
    });
    expect(readCookie(req, 'cx_player_rt_aurora')).toBe('tok/en+1');
    expect(readCookie(req, 'missing')).toBeNull();
  });
});

describe('tokenBody', () => {
  const jwt = (payload: object) => `h.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.s`;

  it('answers the remaining life from the token’s exp, never the refresh token', () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const body = tokenBody({ accessToken: jwt({ exp }), refreshToken: 'secret' });
    expect(body).not.toHaveProperty('refreshToken');
    expect(body.expiresInMs).toBeGreaterThan(595_000);
    expect(body.expiresInMs).toBeLessThanOrEqual(600_000);
  });

  it('falls back to accessTokenExpiresAt', () => {
    const body = tokenBody({
      accessToken: 'opaque',
      refreshToken: 'r',
      accessTokenExpiresAt: new Date(Date.now() + 120_000).toISOString(),
    });
    expect(body.expiresInMs).toBeGreaterThan(115_000);
  });
});
