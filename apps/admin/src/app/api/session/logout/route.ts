import { handleLogout } from '@casinox/web/server';
import { OPERATOR_COOKIE } from '@/session/operator-session';

export async function POST(request: Request): Promise<Response> {
  return handleLogout(request, OPERATOR_COOKIE);
}
