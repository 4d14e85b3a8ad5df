import { handleRefresh } from '@casinox/web/server';
import { PLAYER_SESSION_SECONDS, playerCookie, routeTenant, type SlugParams } from '@/session/player-session';

export async function POST(request: Request, context: SlugParams): Promise<Response> {
  const tenant = await routeTenant(request, context);
  if ('response' in tenant) return tenant.response;
  return handleRefresh(request, playerCookie(tenant.slug), PLAYER_SESSION_SECONDS);
}
