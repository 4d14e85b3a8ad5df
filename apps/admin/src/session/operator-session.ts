import {
  readFragment,
  SessionFields,
  type ResultOf,
  OperatorVerifyTotpMutation,
  SwitchTenantMutation,
} from '@casinox/web';
import { problemResponse, type RefreshCookie, sessionResponse, type GatewayResult } from '@casinox/web/server';

/** Operator sessions last 12 hours; used when the API does not say when the refresh token expires. */
export const OPERATOR_SESSION_SECONDS = 12 * 60 * 60;

/** The admin app's refresh cookie: httpOnly, only sent to its own session routes. */
export const OPERATOR_COOKIE: RefreshCookie = { name: 'cx_admin_rt', path: '/api/session' };

type AuthPayload =
  | ResultOf<typeof OperatorVerifyTotpMutation>['operatorVerifyTotp']
  | ResultOf<typeof SwitchTenantMutation>['switchTenant'];

/** Turns an OperatorAuthPayload into the browser session (access token + refresh cookie). */
export function operatorSessionResponse(request: Request, result: GatewayResult<AuthPayload>): Response {
  if (!result.ok) return problemResponse(result.problem, result.status);
  const session = readFragment(SessionFields, result.data.session);
  return sessionResponse(request, OPERATOR_COOKIE, session, OPERATOR_SESSION_SECONDS);
}
