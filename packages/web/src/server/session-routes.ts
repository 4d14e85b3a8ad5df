import { LogoutMutation, RefreshSessionMutation } from '../documents/player';
import { readFragment } from '../graphql';
import { SessionFields } from '../documents/player';
import {
  clearRefreshCookieHeader,
  json,
  problemResponse,
  readCookie,
  rejectCrossSite,
  sessionResponse,
  type RefreshCookie,
} from './bff';
import { gatewayRequest } from './gateway-request';

/**
 * POST …/refresh: rotates the refresh token held in the cookie and answers a new access token.
 * A rejected token clears the cookie; an unreachable gateway leaves it alone (the next try may work).
 */
export async function handleRefresh(
  request: Request,
  cookie: RefreshCookie,
  fallbackMaxAgeSeconds: number,
): Promise<Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const refreshToken = readCookie(request, cookie.name);
  // No cookie is not an error: the page is asking whether anyone is signed in.
  if (!refreshToken) return json({ accessToken: null });
  const result = await gatewayRequest(RefreshSessionMutation, { refreshToken }, { incoming: request });
  if (!result.ok) {
    const headers: HeadersInit =
      result.status >= 500 ? {} : { 'set-cookie': clearRefreshCookieHeader(request, cookie) };
    return problemResponse(result.problem, result.status >= 500 ? result.status : 401, headers);
  }
  const session = readFragment(SessionFields, result.data.refreshSession);
  return sessionResponse(request, cookie, session, fallbackMaxAgeSeconds);
}

/** POST …/logout: revokes the refresh token (best effort) and clears the cookie. */
export async function handleLogout(request: Request, cookie: RefreshCookie): Promise<Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const refreshToken = readCookie(request, cookie.name);
  if (refreshToken) {
    const result = await gatewayRequest(LogoutMutation, { refreshToken }, { incoming: request });
    if (!result.ok) console.warn(`Logout could not revoke the refresh token: ${result.problem.code}`);
  }
  return json({ ok: true }, 200, { 'set-cookie': clearRefreshCookieHeader(request, cookie) });
}
