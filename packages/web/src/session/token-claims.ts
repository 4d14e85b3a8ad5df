/**
 * The claims the UI reads from its own access token to decide what to show. Never trusted for
 * authorisation (the API decides); the signature is not and cannot be checked here.
 */
export interface TokenClaims {
  sub?: string;
  kind?: 'player' | 'operator' | 'partner';
  tid?: string;
  pid?: string;
  oid?: string;
  role?: 'OWNER' | 'ADMIN' | 'FINANCE' | 'COMPLIANCE' | 'SUPPORT';
  pa?: boolean;
  exp?: number;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
  if (typeof atob === 'function') {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  }
  return Buffer.from(base64, 'base64').toString('utf8');
}

export function decodeTokenClaims(token: string | null | undefined): TokenClaims | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const parsed: unknown = JSON.parse(base64UrlDecode(payload));
    return typeof parsed === 'object' && parsed !== null ? (parsed as TokenClaims) : null;
  } catch {
    return null;
  }
}
