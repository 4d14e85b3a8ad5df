import { type AccessClaims, AUDIENCES, type Audience, type OperatorRole } from '@casinox/auth';

/** Whom an access token speaks for; the claims follow from it (packages/auth/src/principal.ts). */
export type TokenSubject =
  | { kind: 'player'; userId: string; tenantId: string; playerId: string }
  | {
      kind: 'operator';
      userId: string;
      /** Null for a platform administrator acting outside any tenant. */
      tenantId: string | null;
      operatorId: string | null;
      role: OperatorRole | null;
      platformAdmin: boolean;
      /** The user's staff token version (`ver`), set by SessionService when it mints the token. */
      tokenVersion?: number;
    }
  | { kind: 'partner'; apiKeyId: string; tenantId: string; scopes: string[] };

export interface AccessTokenContent {
  /** `sub`: the user id; for partner tokens the API key id (no person stands behind them). */
  subject: string;
  audience: Audience;
  claims: AccessClaims;
}

export function buildAccessClaims(subject: TokenSubject): AccessTokenContent {
  switch (subject.kind) {
    case 'player':
      return {
        subject: subject.userId,
        audience: AUDIENCES.player,
        claims: { kind: 'player', tid: subject.tenantId, pid: subject.playerId },
      };
    case 'operator': {
      const claims: AccessClaims = { kind: 'operator' };
      // A membership comes whole (tenant, operator, role) or not at all.
      if (subject.tenantId && subject.operatorId && subject.role) {
        claims.tid = subject.tenantId;
        claims.oid = subject.operatorId;
        claims.role = subject.role;
      }
      if (subject.platformAdmin) claims.pa = true;
      if (subject.tokenVersion !== undefined) claims.ver = subject.tokenVersion;
      return { subject: subject.userId, audience: AUDIENCES.admin, claims };
    }
    case 'partner':
      return {
        subject: subject.apiKeyId,
        audience: AUDIENCES.partner,
        claims: { kind: 'partner', tid: subject.tenantId, scp: [...new Set(subject.scopes)].sort() },
      };
  }
}
