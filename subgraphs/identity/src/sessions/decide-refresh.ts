/**
 * What presenting a refresh token means. A used token shown again is the signature of theft (the
 * thief or the owner already rotated it), so it wins over every other state: the whole family
 * must go, even when it has expired or was already revoked.
 */
export type RefreshDecision = 'ROTATE' | 'REUSED' | 'REVOKED' | 'EXPIRED';

export function decideRefresh(
  token: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): RefreshDecision {
  if (token.usedAt) return 'REUSED';
  if (token.revokedAt) return 'REVOKED';
  if (token.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ROTATE';
}
