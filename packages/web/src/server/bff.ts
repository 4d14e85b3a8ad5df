import type { ApiErrorBody, ApiProblem } from '../errors';
import { messageForCode } from '../errors';
import { decodeTokenClaims } from '../session/token-claims';
import type { SessionTokenBody } from '../session/session-types';
import { requestIsHttps } from '../security/headers';

export interface RefreshCookie {
  name: string;
  /** Only BFF routes under this path receive the cookie. */
  path: string;
}

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt?: string | null;
  refreshTokenExpiresAt?: string | null;
}

/** Access tokens live 10 minutes; used only when a token carries no `exp`. */
const FALLBACK_ACCESS_LIFETIME_MS = 10 * 60_000;

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function problemResponse(problem: ApiProblem, status: number, headers: HeadersInit = {}): Response {
  const body: ApiErrorBody = { error: problem };
  return json(body, status, headers);
}

export function problemFor(code: string, status: number): Response {
  return problemResponse({ code, message: messageForCode(code), fields: {} }, status);
}

/**
 * Cross-site request forgery guard for the session routes: the custom header forces a CORS
 * preflight that we never grant, and a present Origin must be our own. SameSite=Lax on the cookie
 * is the second layer.
 */
export function rejectCrossSite(request: Request): Response | null {
  if (request.headers.get('x-casinox-bff') !== '1') return problemFor('FORBIDDEN', 403);
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    let originHost: string | null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) return problemFor('FORBIDDEN', 403);
  }
  return null;
}

/** The JSON body of a route request, or an empty object when absent or malformed. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json().catch(() => null);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : '';
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** httpOnly + SameSite=Lax, scoped to the BFF path, Secure whenever the site is served over HTTPS. */
export function refreshCookieHeader(
  request: Request,
  cookie: RefreshCookie,
  value: string,
  maxAgeSeconds: number,
): string {
  const parts = [
    `${cookie.name}=${encodeURIComponent(value)}`,
    `Path=${cookie.path}`,
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (requestIsHttps(request)) parts.push('Secure');
  return parts.join('; ');
}

export function clearRefreshCookieHeader(request: Request, cookie: RefreshCookie): string {
  return refreshCookieHeader(request, cookie, '', 0);
}

/** What the browser gets: the access token and its remaining life, never the refresh token. */
export function tokenBody(session: IssuedSession): SessionTokenBody {
  const exp = decodeTokenClaims(session.accessToken)?.exp;
  let expiresAt = typeof exp === 'number' ? exp * 1000 : NaN;
  if (Number.isNaN(expiresAt) && session.accessTokenExpiresAt) expiresAt = Date.parse(session.accessTokenExpiresAt);
  const expiresInMs = Number.isNaN(expiresAt) ? FALLBACK_ACCESS_LIFETIME_MS : Math.max(0, expiresAt - Date.now());
  return { accessToken: session.accessToken, expiresInMs };
}

/** Seconds the refresh cookie should live: the refresh token's own expiry, else `fallbackSeconds`. */
export function refreshMaxAge(session: IssuedSession, fallbackSeconds: number): number {
  const at = session.refreshTokenExpiresAt ? Date.parse(session.refreshTokenExpiresAt) : NaN;
  return Number.isNaN(at) ? fallbackSeconds : Math.max(0, Math.floor((at - Date.now()) / 1000));
}

/** A success response that starts or renews a session: token body + rotated refresh cookie. */
export function sessionResponse<T extends object>(
  request: Request,
  cookie: RefreshCookie,
  session: IssuedSession,
  fallbackMaxAgeSeconds: number,
  extra?: T,
): Response {
  return json({ ...extra, ...tokenBody(session) }, 200, {
    'set-cookie': refreshCookieHeader(
      request,
      cookie,
      session.refreshToken,
      refreshMaxAge(session, fallbackMaxAgeSeconds),
    ),
  });
}
