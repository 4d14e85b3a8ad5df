import { describe, expect, it } from 'vitest';
import { validateRegistration } from './validate-registration';

const valid = { displayName: 'Ada', email: 'ada@example.com', password: 'correct-horse' };

describe('validateRegistration', () => {
  it('accepts valid input', () => {
    expect(validateRegistration(valid)).toEqual({});
  });

  it.each([
    ['displayName', { displayName: '   ' }, 'Enter a display name.'],
    ['displayName', { displayName: 'x'.repeat(65) }, 'Keep your display name to 64 characters or fewer.'],
    ['email', { email: 'ada@' }, 'Enter a valid email address, like you@example.com.'],
    ['password', { password: 'short' }, 'Use at least 10 characters.'],
    ['password', { password: 'x'.repeat(129) }, 'Use at most 128 characters.'],
  ] as const)('flags %s: %j', (field, change, message) => {
    expect(validateRegistration({ ...valid, ...change })[field]).toBe(message);
  });
});
