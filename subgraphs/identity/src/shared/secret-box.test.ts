import { describe, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from './secret-box.js';

const secret = 'a-master-secret-that-is-long-enough-0123';

describe('createSecretBox', () => {
  const box = createSecretBox(secret, 'totp');

  it('round-trips and never repeats a ciphertext', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP', 'user:1');
    const b = box.seal('JBSWY3DPEHPK3PXP', 'user:1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(a, 'user:1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it.each([
    ['another row', (sealed: string) => box.open(sealed, 'user:2')],
    ['another purpose', (sealed: string) => createSecretBox(secret, 'signing-key').open(sealed, 'user:1')],
    ['another master secret', (sealed: string) => createSecretBox(`${secret}x`, 'totp').open(sealed, 'user:1')],
    [
      'a flipped byte',
      (sealed: string) => box.open(sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BA' : 'AA'), 'user:1'),
    ],
    ['garbage', () => box.open('v1.nope', 'user:1')],
  ])('refuses to open with %s', (_case, open) => {
    const sealed = box.seal('secret', 'user:1');
    expect(() => open(sealed)).toThrow(SecretBoxError);
  });

  it('refuses a short master secret', () => {
    expect(() => createSecretBox('short', 'totp')).toThrow(SecretBoxError);
  });
});
