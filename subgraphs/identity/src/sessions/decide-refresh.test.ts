import { describe, expect, it } from 'vitest';
import { decideRefresh, type RefreshDecision } from './decide-refresh.js';

const now = new Date('2026-03-01T12:00:00Z');
const later = new Date('2026-03-02T12:00:00Z');
const earlier = new Date('2026-02-28T12:00:00Z');

describe('decideRefresh', () => {
  it.each<[string, { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, RefreshDecision]>([
    ['a fresh token rotates', { usedAt: null, revokedAt: null, expiresAt: later }, 'ROTATE'],
    ['a used token is reuse', { usedAt: earlier, revokedAt: null, expiresAt: later }, 'REUSED'],
    ['reuse wins over revocation', { usedAt: earlier, revokedAt: earlier, expiresAt: later }, 'REUSED'],
    ['reuse wins over expiry', { usedAt: earlier, revokedAt: null, expiresAt: earlier }, 'REUSED'],
    ['a logged-out family is revoked', { usedAt: null, revokedAt: earlier, expiresAt: later }, 'REVOKED'],
    ['an old family has expired', { usedAt: null, revokedAt: null, expiresAt: earlier }, 'EXPIRED'],
    ['expiry is exclusive', { usedAt: null, revokedAt: null, expiresAt: now }, 'EXPIRED'],
  ])('%s', (_case, token, expected) => {
    expect(decideRefresh(token, now)).toBe(expected);
  });
});
