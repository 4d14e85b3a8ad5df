import { OperatorVerifyTotpMutation } from '@casinox/web';
import { gatewayRequest, readJsonObject, rejectCrossSite, stringField } from '@casinox/web/server';
import { operatorSessionResponse } from '@/session/operator-session';

/** Step 2: the challenge token + a TOTP code → the operator session. */
export async function POST(request: Request): Promise<Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const body = await readJsonObject(request);
  const tenantId = stringField(body, 'tenantId');
  const result = await gatewayRequest(
    OperatorVerifyTotpMutation,
    {
      input: {
        challengeToken: stringField(body, 'challengeToken'),
        code: stringField(body, 'code').replace(/\s+/g, ''),
        ...(tenantId ? { tenantId } : {}),
      },
    },
    { incoming: request },
  );
  return operatorSessionResponse(request, result.ok ? { ok: true, data: result.data.operatorVerifyTotp } : result);
}
