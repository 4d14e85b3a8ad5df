import { describe, expect, it } from 'vitest';
import { AuthError } from './errors.js';
import { callerKeysFor, derivePairKey, ServiceSigner, ServiceVerifier, SIGNATURE_HEADER } from './service-auth.js';

const gatewayKey = 'gateway-key-for-this-unit-test-0123456789';
const gamesKey = 'games-key-for-this-unit-test-0123456789ab';
const request = { method: 'POST', path: '/internal/v1/bet-win', body: '{"stake":"100"}' };

function wallet() {
  return new ServiceVerifier('wallet', {
    gateway: derivePairKey(gatewayKey, 'wallet'),
    games: derivePairKey(gamesKey, 'wallet'),
  });
}
const signed = (signature: string, overrides: Partial<typeof request> & { headers?: Record<string, string> } = {}) => ({
  ...request,
  ...overrides,
  headers: { [SIGNATURE_HEADER]: signature, ...overrides.headers },
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('service signatures', () => {
  it('names the caller of a genuine request, once', () => {
    const verifier = wallet();
    const signature = new ServiceSigner('games', gamesKey).sign('wallet', request);
    expect(verifier.verify(signed(signature))).toBe('games');
    expect(refusal(() => verifier.verify(signed(signature)))).toMatch(/Replayed/);
  });

  it.each([
    ['another body', { body: '{"stake":"999"}' }],
    ['another path', { path: '/internal/v1/grant' }],
    ['another method', { method: 'PUT' }],
    ['another forwarded client IP', { headers: { 'x-casinox-client-ip': '203.0.113.9' } }],
  ])('refuses the signature on %s', (_what, overrides) => {
    const signature = new ServiceSigner('games', gamesKey).sign('wallet', request);
    expect(refusal(() => wallet().verify(signed(signature, overrides)))).toMatch(/Bad service signature/);
  });

  it('refuses a signature meant for another callee, a stale one, an unknown caller and a wrong key', () => {
    const verifier = wallet();
    expect(
      refusal(() => verifier.verify(signed(new ServiceSigner('games', gamesKey).sign('identity', request)))),
    ).toMatch(/Bad/);
    expect(
      refusal(() =>
        verifier.verify(signed(new ServiceSigner('games', gamesKey).sign('wallet', request, Date.now() - 60_000))),
      ),
    ).toMatch(/expired/);
    expect(
      refusal(() =>
        verifier.verify(
          signed(new ServiceSigner('bonus', 'bonus-key-for-this-unit-test-0123456789').sign('wallet', request)),
        ),
      ),
    ).toMatch(/Unknown/);
    expect(
      refusal(() => verifier.verify(signed(new ServiceSigner('games', gatewayKey).sign('wallet', request)))),
    ).toMatch(/Bad/);
    expect(refusal(() => verifier.verify(signed('v1 games 1 2')))).toMatch(/Malformed/);
    expect(refusal(() => verifier.verify({ ...request, headers: {} }))).toMatch(/required/);
  });

  it('gives each callee a key of its own, from which the caller key cannot be used elsewhere', () => {
    expect(derivePairKey(gamesKey, 'wallet')).not.toBe(derivePairKey(gamesKey, 'identity'));
    // What the wallet holds for games does not sign as games towards anyone (it is not games' key).
    const impostor = new ServiceSigner('games', derivePairKey(gamesKey, 'wallet'));
    const identity = new ServiceVerifier('identity', { games: derivePairKey(gamesKey, 'identity') });
    expect(refusal(() => identity.verify(signed(impostor.sign('identity', request))))).toMatch(/Bad/);
    expect(callerKeysFor('wallet', { games: gamesKey })).toBe(`games:${derivePairKey(gamesKey, 'wallet')}`);
  });
});
