import { type Client, createClient } from 'graphql-ws';
import WebSocket, { type ClientOptions } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, registerPlayer } from './support/actors.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

// Small caps and short timers, so each limit is reached in a few sockets and a few seconds.
const LIMITS = {
  WS_MAX_SOCKETS_PER_IP: '3',
  WS_MAX_SOCKETS_PER_USER: '2',
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '3',
  WS_MAX_SUBSCRIPTIONS: '8',
  WS_IDLE_SECONDS: '2',
  WS_HEARTBEAT_SECONDS: '0.5',
};

let platform: TestPlatform;
let tenantId: string;
beforeAll(async () => {
  platform = await startTestPlatform({ gatewayEnv: LIMITS });
  tenantId = (await newTenant(platform)).id;
});
afterAll(() => platform?.stop());

type Closed = { code: number; reason: string };
interface Socket {
  client: Client;
  /** Resolves when the server acknowledged the connection. */
  connected: Promise<void>;
  /** Resolves with the close code and reason, whenever the socket closes. */
  closed: Promise<Closed>;
}
let sockets: Socket[] = [];
afterEach(async () => {
  await Promise.all(sockets.map((socket) => socket.client.dispose()));
  sockets = [];
  await until(() => platform.liveSubscribers() === 0, 'subscribers released');
});

/**
 * A graphql-ws client over `ws` that arrives from `ip`: the test process is 127.0.0.1, a trusted
 * proxy by default, so the gateway takes the client address from X-Forwarded-For as it would behind Next.
 */
function open(ip: string, options: { token?: string; ws?: ClientOptions } = {}): Socket {
  class FromAddress extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { 'x-forwarded-for': ip }, ...options.ws });
    }
  }
  let onConnected!: () => void;
  let onClosed!: (closed: Closed) => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: platform.wsUrl,
    webSocketImpl: FromAddress,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    on: {
      connected: () => onConnected(),
      closed: (event) =>
        onClosed({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }),
      error: () => {},
    },
  });
  const socket = { client, connected, closed };
  sockets.push(socket);
  return socket;
}

/** Subscribes and reports the first result or error (codes), leaving the subscription running. */
function subscribe(socket: Socket, query: string): Promise<{ codes: (string | undefined)[] } | 'running'> {
  return new Promise((resolve) => {
    socket.client.subscribe(
      { query },
      {
        next: (result) =>
          resolve(
            result.errors ? { codes: result.errors.map((e) => e.extensions?.code as string | undefined) } : 'running',
          ),
        error: (error) =>
          resolve({
            codes: (Array.isArray(error) ? error : [error]).map(
              (e) => (e as { extensions?: { code?: string } }).extensions?.code,
            ),
          }),
        complete: () => {},
      },
    );
    // A live subscription sends nothing until an event: registered without an error is running.
    setTimeout(() => resolve('running'), 1500);
  });
}

const BIG_WINS = () => `subscription { bigWins(tenantId: "${tenantId}") { id } }`;

async function until(condition: () => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)),
  ]);

/** Subscribes (kept alive: not idle) and waits until the gateway has registered it. */
async function watch(socket: Socket, expectedTotal: number, query = BIG_WINS()) {
  await within(socket.connected, 3000, 'connection');
  void subscribe(socket, query);
  await until(() => platform.liveSubscribers() === expectedTotal, `${expectedTotal} subscribers`);
}

describe('WebSocket caps at the gateway', () => {
  it('caps sockets per client address, taken from the trusted proxy chain, with close code 4430', async () => {
    const first = [open('203.0.113.1'), open('203.0.113.1'), open('203.0.113.1')];
    for (const [index, socket] of first.entries()) await watch(socket, index + 1);
    const fourth = open('203.0.113.1');
    expect(await within(fourth.closed, 3000, 'close')).toMatchObject({ code: 4430 });
    // Another address has its own budget (all of these came from 127.0.0.1 on the wire).
    await watch(open('203.0.113.2'), 4);
  });

  it('caps sockets per user, whatever the address, with close code 4431', async () => {
    const [alice, bob] = await Promise.all([
      registerPlayer(platform, (await newTenant(platform)).slug),
      registerPlayer(platform, (await newTenant(platform)).slug),
    ]);
    const token = alice.session.accessToken;
    const OWN_BIG_WINS = 'subscription { bigWins { id } }';
    await watch(open('198.51.100.1', { token }), 1, OWN_BIG_WINS);
    await watch(open('198.51.100.2', { token }), 2, OWN_BIG_WINS);
    const third = open('198.51.100.3', { token });
    expect(await within(third.closed, 3000, 'close')).toMatchObject({ code: 4431 });
    await within(open('198.51.100.4', { token: bob.session.accessToken }).connected, 3000, "another user's connection");
  });

  it('caps subscriptions per socket and overall', async () => {
    const one = open('192.0.2.10');
    for (let i = 1; i <= 3; i += 1) await watch(one, i);
    expect(await subscribe(one, BIG_WINS())).toEqual({ codes: ['TOO_MANY_SUBSCRIPTIONS'] });
    const two = open('192.0.2.11');
    for (let i = 4; i <= 6; i += 1) await watch(two, i);
    const three = open('192.0.2.12');
    for (let i = 7; i <= 8; i += 1) await watch(three, i);
    expect(await subscribe(three, BIG_WINS())).toEqual({ codes: ['SUBSCRIPTIONS_EXHAUSTED'] });
    expect(platform.liveSubscribers()).toBe(8);
  });

  it('closes a socket without a subscription after the idle timeout (4440), not one that watches', async () => {
    const idle = open('192.0.2.20');
    const watching = open('192.0.2.21');
    await within(idle.connected, 3000, 'connection');
    await watch(watching, 1);
    const started = Date.now();
    expect(await within(idle.closed, 5000, 'idle close')).toMatchObject({ code: 4440 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const stillOpen = await Promise.race([
      watching.closed,
      new Promise((resolve) => setTimeout(() => resolve('open'), 1000)),
    ]);
    expect(stillOpen).toBe('open');
  });

  it('closes a socket that stops answering pings (4441)', async () => {
    const silent = open('192.0.2.30', { ws: { autoPong: false } });
    await watch(silent, 1);
    expect(await within(silent.closed, 4000, 'close')).toMatchObject({ code: 4441 });
  });

  it('answers a syntax error or a token flood as an error on that subscription, keeping the socket', async () => {
    const socket = open('192.0.2.50');
    await within(socket.connected, 3000, 'connection');
    let closed: Closed | null = null;
    void socket.closed.then((event) => (closed = event));
    expect(await subscribe(socket, 'subscription { bigWins(')).toEqual({ codes: ['GRAPHQL_PARSE_FAILED'] });
    expect(
      await subscribe(socket, `subscription { bigWins(tenantId: "${tenantId}") { ${'id '.repeat(3000)}} }`),
    ).toEqual({ codes: ['GRAPHQL_PARSE_FAILED'] });
    await watch(socket, 1);
    expect(closed).toBeNull();
  });

  it('hides field suggestions in subscription validation errors', async () => {
    const socket = open('192.0.2.40');
    await within(socket.connected, 3000, 'connection');
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => {
      socket.client.subscribe(
        { query: `subscription { bigWins(tenantId: "${tenantId}") { payot } }` },
        { next: () => {}, error: (error) => (errors.push(error), resolve()), complete: () => resolve() },
      );
    });
    expect(JSON.stringify(errors)).toMatch(/Cannot query field .{0,2}"payot/);
    expect(JSON.stringify(errors)).not.toMatch(/Did you mean|payout/);
  });
});
