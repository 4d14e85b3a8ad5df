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

const SUBSCRIPTION = 'subscription { tenantUpdated { id version branding { primaryColor } } }';
type Update = { tenantUpdated: { id: string; version: number; branding: { primaryColor: string } } };

async function changeColour(token: string, primaryColor: string) {
  const res = await platform.gql(
    `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { version } }`,
    {
      input: {
        branding: {
          primaryColor,
          accentColor: '#112233',
          backgroundColor: '#000000',
          textColor: '#ffffff',
          logoText: 'Live Test',
          tagline: null,
        },
      },
    },
    { token },
  );
  expect(res.errors).toBeUndefined();
}

describe('tenantUpdated over graphql-ws through the gateway', () => {
  it("reaches every open subscriber of the tenant after the mutation commits, and only that tenant's", async () => {
    const a = await newTenant(platform);
    const b = await newTenant(platform);
    const ownerA = await signInOperator(platform, a.id, 'OWNER');
    const playersA = await Promise.all([registerPlayer(platform, a.slug), registerPlayer(platform, a.slug)]);
    const playerB = await registerPlayer(platform, b.slug);

    const feedsA = playersA.map((p) => collect<Update>(connect(p.session.accessToken), SUBSCRIPTION));
    const feedB = collect<Update>(connect(playerB.session.accessToken), SUBSCRIPTION);
    await expect.poll(() => platform.liveSubscribers()).toBeGreaterThanOrEqual(3);

    await changeColour(ownerA.session.accessToken, '#ff0055');
    for (const feed of feedsA) {
      const event = await feed.next();
      expect(event.tenantUpdated).toMatchObject({ id: a.id, branding: { primaryColor: '#ff0055' } });
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect(feedB.results).toHaveLength(0);
  });

  it('lets a reconnecting subscriber catch up from the last version it saw', async () => {
    const tenant = await newTenant(platform);
    const owner = await signInOperator(platform, tenant.id, 'OWNER');
    const player = await registerPlayer(platform, tenant.slug);
    await changeColour(owner.session.accessToken, '#00aa00');
    const feed = collect<Update>(
      connect(player.session.accessToken),
      'subscription($v: Int) { tenantUpdated(afterVersion: $v) { version branding { primaryColor } } }',
      { v: 0 },
    );
    const event = await feed.next();
    expect(event.tenantUpdated.branding.primaryColor).toBe('#00aa00');
  });

  it('refuses invalid connections, and tenantUpdated to visitors (connections without a token watch only the lobby)', async () => {
    const codes: number[] = [];
    const anonymous = collect(
      connect(null, (code) => codes.push(code)),
      SUBSCRIPTION,
    );
    const invalid = collect(
      connect('not-a-token', (code) => codes.push(code)),
      SUBSCRIPTION,
    );
    await expect(anonymous.next(2000)).rejects.toThrow();
    await expect(invalid.next(2000)).rejects.toThrow();
    expect(anonymous.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
    expect(codes).toEqual([4401]);
  });

  it('rejects queries over the socket and oversized selections', async () => {
    const tenant = await newTenant(platform);
    const player = await registerPlayer(platform, tenant.slug);
    const client = connect(player.session.accessToken);
    const query = collect(client, '{ me { id } }');
    await expect(query.next(2000)).rejects.toThrow();
    expect(JSON.stringify(query.errors)).toMatch(/subscriptions/);
    const nested = collect(
      client,
      `subscription { tenantUpdated { ${'id '.repeat(1)}${'__typename '.repeat(3000)} } }`,
    );
    await expect(nested.next(2000)).rejects.toThrow();
  });
});
