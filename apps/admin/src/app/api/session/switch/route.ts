import { LogoutMutation, SwitchTenantMutation } from '@casinox/web';
import {
  gatewayRequest,
  problemFor,
  readCookie,
  readJsonObject,
  rejectCrossSite,
  stringField,
} from '@casinox/web/server';
import { OPERATOR_COOKIE, operatorSessionResponse } from '@/session/operator-session';

/**
 * Switches the operator to another tenant they belong to. `switchTenant` starts a new session and
 * ends no earlier one, so once the new refresh token is in the cookie the old one — which only
 * this cookie held — is revoked rather than left valid for the rest of its 12 hours.
 */
export async function POST(request: Request): Promise<Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const token = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  if (!token) return problemFor('UNAUTHENTICATED', 401);
  const body = await readJsonObject(request);
  const result = await gatewayRequest(
    SwitchTenantMutation,
    { tenantId: stringField(body, 'tenantId') },
    { incoming: request, token },
  );
  if (result.ok) {
    const previous = readCookie(request, OPERATOR_COOKIE.name);
    if (previous) {
      const ended = await gatewayRequest(LogoutMutation, { refreshToken: previous }, { incoming: request });
      if (!ended.ok) console.warn(`Switching tenant could not end the previous session: ${ended.problem.code}`);
    }
  }
  return operatorSessionResponse(request, result.ok ? { ok: true, data: result.data.switchTenant } : result);
}
