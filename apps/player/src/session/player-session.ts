import { LoginPlayerMutation, readFragment, RegisterPlayerMutation, SessionFields } from '@casinox/web';
import {
  gatewayRequest,
  problemFor,
  problemResponse,
  type RefreshCookie,
  rejectCrossSite,
  sessionResponse,
} from '@casinox/web/server';
import { isTenantSlug } from '@/env';

/** Player sessions last 30 days; used when the API does not say when the refresh token expires. */
export const PLAYER_SESSION_SECONDS = 30 * 24 * 60 * 60;

export interface SlugParams {
  params: Promise<{ slug: string }>;
}

/**
 * One refresh cookie per tenant, sent only to that tenant's session routes: a player signed in
 * to two casinos holds two independent sessions.
 */
export function playerCookie(slug: string): RefreshCookie {
  return { name: `cx_player_rt_${slug.replace(/-/g, '_')}`, path: `/api/session/${slug}` };
}

/** The tenant slug of a session route, or a ready 404 / 403 response. */
export async function routeTenant(
  request: Request,
  { params }: SlugParams,
): Promise<{ slug: string } | { response: Response }> {
  const rejected = rejectCrossSite(request);
  if (rejected) return { response: rejected };
  const { slug } = await params;
  if (!isTenantSlug(slug)) return { response: problemFor('TENANT_NOT_FOUND', 404) };
  return { slug };
}

type Credentials = { email: string; password: string; displayName?: string };

/** Registers or signs in through the gateway and starts the browser session. */
export async function startPlayerSession(
  request: Request,
  slug: string,
  kind: 'login' | 'register',
  input: Credentials,
): Promise<Response> {
  const result =
    kind === 'register'
      ? await gatewayRequest(
          RegisterPlayerMutation,
          {
            input: {
              tenantSlug: slug,
              email: input.email,
              password: input.password,
              displayName: input.displayName ?? '',
            },
          },
          { incoming: request },
        ).then((r) => (r.ok ? { ok: true as const, payload: r.data.registerPlayer } : r))
      : await gatewayRequest(
          LoginPlayerMutation,
          { input: { tenantSlug: slug, email: input.email, password: input.password } },
          { incoming: request },
        ).then((r) => (r.ok ? { ok: true as const, payload: r.data.loginPlayer } : r));
  if (!result.ok) return problemResponse(result.problem, result.status);
  const session = readFragment(SessionFields, result.payload.session);
  return sessionResponse(request, playerCookie(slug), session, PLAYER_SESSION_SECONDS, {
    player: { id: result.payload.player.id, displayName: result.payload.player.displayName },
  });
}
