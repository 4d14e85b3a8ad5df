import { serviceAuthorization } from '@casinox/auth';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { SECRETS, startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
const clients: Client[] = [];
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await platform?.stop();
});

function connect(token: string): Client {
  const client = createClient({
    url: platform.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    connectionParams: { authorization: `Bearer ${token}` },
    on: { error: () => {} },
  });
  clients.push(client);
  return client;
}

function collect<T>(client: Client, query: string) {
  const results: T[] = [];
  const errors: unknown[] = [];
  client.subscribe<T>(
    { query },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) results.push(value.data as T);
      },
      error: (error) => errors.push(error),
      complete: () => {},
    },
  );
  return { results, errors };
}

async function walletCall(operation: string, body: unknown) {
  const res = await fetch(`${new URL(platform.urls.wallet).origin}/internal/v1/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: serviceAuthorization(SECRETS.SERVICE_SECRET, 'games') },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const MY_BALANCE = 'subscription { myBalance { asset { code } balance available held } }';
type BalanceEvent = { myBalance: { asset: { code: string }; balance: string; available: string; held: string }[] };

describe('myBalance over graphql-ws through the gateway', () => {
  it("pushes a player's new balances after a committed grant and a hold, to that player only", async () => {
    const tenant = await newTenant(platform);
    const [alice, bob] = await Promise.all([registerPlayer(platform, tenant.slug), registerPlayer(platform, tenant.slug)]);
    const before = platform.liveSubscribers();
    const aliceFeed = collect<BalanceEvent>(connect(alice.session.accessToken), MY_BALANCE);
    const bobFeed = collect<BalanceEvent>(connect(bob.session.accessToken), MY_BALANCE);
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 2);

    const grant = await walletCall('grant', { tenantId: tenant.id, playerId: alice.playerId, asset: 'USD', amount: '2500', idempotencyKey: `live-${alice.playerId}` });
    expect(grant.status).toBe(200);
    await expect.poll(() => aliceFeed.results.length, { timeout: 5000 }).toBe(1);
    expect(aliceFeed.results[0]).toEqual({ myBalance: [{ asset: { code: 'USD' }, balance: '2500', available: '2500', held: '0' }] });

    // A hold changes what is available, not the balance: that is a balance change too.
    const hold = await walletCall('holds/place', { tenantId: tenant.id, playerId: alice.playerId, asset: 'USD', amount: '1000', destination: 'PROVIDER_CLEARING', idempotencyKey: `h-${alice.playerId}` });
    expect(hold.status).toBe(200);
    await expect.poll(() => aliceFeed.results.length, { timeout: 5000 }).toBe(2);
    expect(aliceFeed.results[1]).toEqual({ myBalance: [{ asset: { code: 'USD' }, balance: '2500', available: '1500', held: '1000' }] });

    // A refused movement commits nothing, so nothing is pushed; neither is anything to Bob.
    const refused = await walletCall('bet', { tenantId: tenant.id, playerId: alice.playerId, asset: 'USD', betId: 'too-big', stake: '999999' });
    expect(refused.body.code).toBe('INSUFFICIENT_FUNDS');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(aliceFeed.results).toHaveLength(2);
    expect(bobFeed.results).toHaveLength(0);
    expect(aliceFeed.errors).toEqual([]);
  });

  it('refuses operators at subscribe time', async () => {
    const tenant = await newTenant(platform);
    const operator = await signInOperator(platform, tenant.id, 'FINANCE');
    const feed = collect<BalanceEvent>(connect(operator.session.accessToken), MY_BALANCE);
    await expect.poll(() => feed.errors.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(JSON.stringify(feed.errors)).toMatch(/FORBIDDEN|player session/);
    expect(feed.results).toEqual([]);
  });
});
