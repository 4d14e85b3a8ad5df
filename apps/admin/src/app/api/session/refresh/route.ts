import { handleRefresh } from '@casinox/web/server';
import { OPERATOR_COOKIE, OPERATOR_SESSION_SECONDS } from '@/session/operator-session';

export async function POST(request: Request): Promise<Response> {
  return handleRefresh(request, OPERATOR_COOKIE, OPERATOR_SESSION_SECONDS);
}
