import { OperatorLoginMutation } from '@casinox/web';
import {
  gatewayRequest,
  json,
  problemResponse,
  readJsonObject,
  rejectCrossSite,
  stringField,
} from '@casinox/web/server';

/** Step 1 of operator sign-in: email + password → a TOTP challenge (no session yet). */
export async function POST(request: Request): Promise<Response> {
  const rejected = rejectCrossSite(request);
  if (rejected) return rejected;
  const body = await readJsonObject(request);
  const result = await gatewayRequest(
    OperatorLoginMutation,
    { input: { email: stringField(body, 'email'), password: stringField(body, 'password') } },
    { incoming: request },
  );
  if (!result.ok) return problemResponse(result.problem, result.status);
  return json(result.data.operatorLogin);
}
