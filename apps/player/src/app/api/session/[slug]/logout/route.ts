import { handleLogout } from '@casinox/web/server';
import { playerCookie, routeTenant, type SlugParams } from '@/session/player-session';

export async function POST(request: Request, context: SlugParams): Promise<Response> {
  const tenant = await routeTenant(request, context);
  if ('response' in tenant) return tenant.response;
  return handleLogout(request, playerCookie(tenant.slug));
}
