import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpCode, totpUrl, verifyTotpCode } from './totp.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const at = Date.UTC(2026, 0, 1, 12, 0, 15);
const step = Math.floor(at / 30_000);

describe('TOTP', () => {
  it('makes fresh base32 secrets of 160 bits', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });

  it('builds an otpauth URL for authenticator apps', () => {
    const url = totpUrl(secret, 'owner@aurora.test');
    expect(url).toMatch(/^otpauth:\/\/totp\/CasinoX:owner%40aurora\.test\?/);
    expect(url).toContain(`secret=${secret}`);
    expect(url).toContain('issuer=CasinoX');
  });

  it.each([
    ['the current code', totpCode(secret, at), null, step],
    ['the previous step (clock drift)', totpCode(secret, at - 30_000), null, step - 1],
    ['the next step (clock drift)', totpCode(secret, at + 30_000), null, step + 1],
    ['a code two steps old', totpCode(secret, at - 60_000), null, null],
    ['a replayed code', totpCode(secret, at), step, null],
    ['an older code after a newer one', totpCode(secret, at - 30_000), step, null],
    ['a wrong code', totpCode(secret, at) === '000000' ? '111111' : '000000', null, null],
  ])('%s', (_case, code, lastStep, expected) => {
    expect(verifyTotpCode(secret, code, { at, lastStep })).toBe(expected);
  });
});
