import { readJsonObject, stringField } from '@casinox/web/server';
import { routeTenant, type SlugParams, startPlayerSession } from '@/session/player-session';

export async function POST(request: Request, context: SlugParams): Promise<Response> {
  const tenant = await routeTenant(request, context);
  if ('response' in tenant) return tenant.response;
  const body = await readJsonObject(request);
  return startPlayerSession(request, tenant.slug, 'login', {
    email: stringField(body, 'email'),
    password: stringField(body, 'password'),
  });
}
