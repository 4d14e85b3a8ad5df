import { SUBGRAPHS } from '@casinox/db';
import { graphql, unique } from '@casinox/testkit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

describe('the service boundary', () => {
  it('subgraphs answer GraphQL to the gateway only: no SDL, no aliases, no forged client IP for anyone else', async () => {
    for (const name of SUBGRAPHS) {
      const sdl = await graphql(platform.urls[name], '{ _service { sdl } }');
      expect(sdl.status).toBe(401);
      expect(JSON.stringify(sdl)).not.toMatch(/type /);
    }
    // Registering straight at identity with a made-up address (to dodge the per-IP limit) is refused.
    const direct = await graphql(
      platform.urls.identity,
      'mutation ($input: RegisterPlayerInput!) { registerPlayer(input: $input) { session { accessToken } } }',
      { input: { tenantSlug: 'aurora', email: `${unique('direct')}@example.test`, password: 'Correct-Horse-9' } },
      { 'x-casinox-client-ip': '203.0.113.77' },
    );
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the wallet moves no money on its public listener, and the gateway routes no internal path', async () => {
    const body = JSON.stringify({
      tenantId: randomUUID(),
      playerId: randomUUID(),
      asset: 'EUR',
      amount: '100',
      idempotencyKey: randomUUID(),
    });
    expect(
      (await fetch(platform.urls.wallet.replace('/graphql', '/internal/v1/grant'), { method: 'POST', body })).status,
    ).toBe(404);
    expect(
      (await fetch(platform.gatewayUrl.replace('/graphql', '/internal/v1/grant'), { method: 'POST', body })).status,
    ).toBe(404);
    // The internal listener wants a signature, and a signature of a service allowed the operation.
    expect((await fetch(`${platform.walletInternalUrl}/internal/v1/grant`, { method: 'POST', body })).status).toBe(401);
  });
});
