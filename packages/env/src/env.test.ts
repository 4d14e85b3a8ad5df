import { describe, expect, it } from 'vitest';
import { EnvError, envField, loadEnv, z } from './index.js';

describe('loadEnv', () => {
  const shape = { PORT: envField.port(4000), DATABASE_URL: envField.postgresUrl(), SECRET: envField.secret() };

  it('applies defaults and coerces numbers', () => {
    const env = loadEnv('svc', shape, {
      DATABASE_URL: 'postgres://u@h/db',
      SECRET: 'a-real-secret-of-thirty-two-chars-0123',
    });
    expect(env.PORT).toBe(4000);
  });

  it('lists every problem at once', () => {
    try {
      loadEnv('svc', shape, { PORT: 'abc', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const issues = (error as EnvError).issues.join('\n');
      expect(issues).toMatch(/PORT/);
      expect(issues).toMatch(/DATABASE_URL/);
      expect(issues).toMatch(/SECRET/);
    }
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    [undefined, false],
  ])('parses boolean %s', (raw, expected) => {
    expect(loadEnv('svc', { FLAG: envField.bool(false) }, { FLAG: raw }).FLAG).toBe(expected);
  });

  it.each([
    ['too short', 'short-but-16-chars!'],
    ['a published default', 'casinox-dev-service-secret-change-me'],
    ['repetitive', 'x'.repeat(40)],
  ])('refuses a secret that is %s, unless in local development', (_what, secret) => {
    expect(() => loadEnv('svc', shape, { DATABASE_URL: 'postgres://u@h/db', SECRET: secret })).toThrow(/SECRET/);
    expect(
      loadEnv('svc', shape, { DATABASE_URL: 'postgres://u@h/db', SECRET: secret, CASINOX_LOCAL_DEV: 'true' }).SECRET,
    ).toBe(secret);
  });

  it('reads the services allowed to call', () => {
    const key = 'k'.repeat(20) + '0123456789abcdef';
    expect(
      loadEnv(
        'svc',
        { SERVICE_CALLERS: envField.serviceCallers() },
        { SERVICE_CALLERS: `gateway:${key}, games:${key}` },
      ).SERVICE_CALLERS,
    ).toEqual({ gateway: key, games: key });
    expect(() =>
      loadEnv('svc', { SERVICE_CALLERS: envField.serviceCallers() }, { SERVICE_CALLERS: 'gateway:short' }),
    ).toThrow(/SERVICE_CALLERS/);
  });

  it('exposes zod for service-specific fields', () => {
    expect(loadEnv('svc', { MODE: z.enum(['a', 'b']) }, { MODE: 'b' }).MODE).toBe('b');
  });
});
