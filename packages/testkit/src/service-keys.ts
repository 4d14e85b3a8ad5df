import { callerKeysFor, SIGNATURE_HEADER, ServiceSigner } from '@casinox/auth';
import { CALLERS_OF, CALLING_SERVICES, type CallingService, type SubgraphName } from '@casinox/db';

/** Test-only service keys: every test platform runs with these (never a deployment). */
export const TEST_SERVICE_KEYS = Object.fromEntries(
  CALLING_SERVICES.map((name) => [name, `${name}-test-service-key-0123456789abcdefghijklmnop`]),
) as Record<CallingService, string>;

const signers = new Map<string, ServiceSigner>();
/** Signs as `caller` with its test key: what that service itself sends. */
export function testSigner(caller: CallingService): ServiceSigner {
  let signer = signers.get(caller);
  if (!signer) signers.set(caller, (signer = new ServiceSigner(caller, TEST_SERVICE_KEYS[caller])));
  return signer;
}

/** What a subgraph's env needs for service calls in tests: its callers' pair keys, its own key, an OS-chosen internal port. */
export function testServiceEnv(name: SubgraphName): Record<string, string> {
  const callers: readonly CallingService[] = CALLERS_OF[name];
  const env: Record<string, string> = {
    SERVICE_CALLERS: callerKeysFor(
      name,
      Object.fromEntries(callers.map((caller) => [caller, TEST_SERVICE_KEYS[caller]])),
    ),
    INTERNAL_PORT: '0',
  };
  if ((CALLING_SERVICES as readonly string[]).includes(name))
    env.SERVICE_KEY = TEST_SERVICE_KEYS[name as CallingService];
  // The wallet needs its webhook secret too; a test may set its own after this.
  if (name === 'wallet') env.PAYMENT_WEBHOOK_SECRET = 'wallet-test-webhook-secret-0123456789abcdef';
  return env;
}

/** A signed POST to a service's internal listener, as `caller` would send it. */
export async function internalPost(
  url: string,
  caller: CallingService,
  callee: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> & { ok?: boolean; code?: string } }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const target = new URL(url);
  const res = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: testSigner(caller).sign(callee, {
        method: 'POST',
        path: target.pathname + target.search,
        body: text,
      }),
    },
    body: text,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
