/** Who is calling, as every subgraph and the gateway see it after verifying the token. */
export const AUDIENCES = {
  player: 'casinox:player',
  admin: 'casinox:admin',
  partner: 'casinox:partner',
} as const;
export type Audience = (typeof AUDIENCES)[keyof typeof AUDIENCES];

export const ISSUER = 'casinox-identity';

export const OPERATOR_ROLES = ['OWNER', 'ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export type PrincipalKind = 'player' | 'operator' | 'partner';

/** The claims CasinoX puts in its access tokens, besides the registered ones. */
export interface AccessClaims {
  kind: PrincipalKind;
  /** Tenant the token acts in; absent only for a platform admin outside any tenant. */
  tid?: string;
  /** Player id (player × tenant membership), for player tokens. */
  pid?: string;
  /** Operator id and its role in `tid`, for operator tokens. */
  oid?: string;
  role?: OperatorRole;
  /** Platform administrator (creates tenants). */
  pa?: boolean;
  /** Partner API key scopes. */
  scp?: string[];
  /**
   * Staff tokens: the user's staff token version when signed. Identity bumps it to revoke every
   * staff access token of the user at once; the gateway refuses tokens below the current one.
   */
  ver?: number;
}

export interface Principal {
  kind: PrincipalKind;
  userId: string;
  tenantId: string | null;
  playerId: string | null;
  operatorId: string | null;
  role: OperatorRole | null;
  platformAdmin: boolean;
  scopes: string[];
  audience: Audience;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** `iat`, seconds since the epoch (absent only in hand-built test principals). */
  issuedAt?: number;
  /** `ver` of a staff token (0 when the token carries none). */
  tokenVersion?: number;
  /** The raw bearer token, forwarded to subgraphs. */
  token: string;
}
