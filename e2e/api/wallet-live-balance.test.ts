import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer, signInOperator } from './support/actors.js';
import { collect, liveClients } from './support/live.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

let platform: TestPlatform;
const live = liveClients(() => platform.wsUrl);
const connect = live.connect;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await live.dispose();
  await platform?.stop();
});

const walletCall = (operation: string, body: unknown) => platform.walletCall(operation, body);

const MY_BALANCE = 'subscription { myBalance { asset { code } balance available held } }';
type BalanceEvent = { myBalance: { asset: { code: string }; balance: string; available: string; held: string }[] };

describe('myBalance over graphql-ws through the gateway', () => {
  it("pushes a player's new balances after a committed grant and a hold, to that player only", async () => {
    const tenant = await newTenant(platform);
    const [alice, bob] = await Promise.all([
      registerPlayer(platform, tenant.slug),
      registerPlayer(platform, tenant.slug),
    ]);
    const before = platform.liveSubscribers();
    const aliceFeed = collect<BalanceEvent>(connect(alice.session.accessToken), MY_BALANCE);
    const bobFeed = collect<BalanceEvent>(connect(bob.session.accessToken), MY_BALANCE);
    await expect.poll(() => platform.liveSubscribers()).toBe(before + 2);

    const grant = await walletCall('grant', {
      tenantId: tenant.id,
      playerId: alice.playerId,
      asset: 'USD',
      amount: '2500',
      idempotencyKey: `live-${alice.playerId}`,
    });
    expect(grant.status).toBe(200);
    await expect.poll(() => aliceFeed.results.length, { timeout: 5000 }).toBe(1);
    expect(aliceFeed.results[0]).toEqual({
      myBalance: [{ asset: { code: 'USD' }, balance: '2500', available: '2500', held: '0' }],
    });

    // A withdrawal's hold changes what is available, not the balance: that is a balance change too.
    const hold = await platform.gql<{ requestWithdrawal: { ok: boolean } }>(
      `mutation { requestWithdrawal(asset: "USD", amount: "1000", idempotencyKey: "h-1") { ok code } }`,
      {},
      { token: alice.session.accessToken },
    );
    expect(hold.data?.requestWithdrawal.ok).toBe(true);
    await expect.poll(() => aliceFeed.results.length, { timeout: 5000 }).toBe(2);
    expect(aliceFeed.results[1]).toEqual({
      myBalance: [{ asset: { code: 'USD' }, balance: '2500', available: '1500', held: '1000' }],
    });

    // A refused movement commits nothing, so nothing is pushed; neither is anything to Bob.
    const refused = await walletCall('bet', {
      tenantId: tenant.id,
      playerId: alice.playerId,
      asset: 'USD',
      betId: 'too-big',
      stake: '999999',
    });
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
