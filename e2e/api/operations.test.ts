import { request } from 'node:http';
import { startFromEnv, type StartedSubgraph } from '@casinox/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

// Handles on two subgraphs, started as the platform starts every subgraph, so the test can stop them.
const started: Partial<Record<'tournament' | 'games', StartedSubgraph>> = {};
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({
    starters: {
      tournament: async (env) => (started.tournament = await startFromEnv('tournament', env)),
      games: async (env) => (started.games = await startFromEnv('games', env)),
    },
    gatewayEnv: { SHUTDOWN_GRACE_MS: '400', SHUTDOWN_DRAIN_MS: '5000' },
  });
});
afterAll(() => platform?.stop());

const origin = () => new URL(platform.gatewayUrl).origin;
const ready = async () => {
  const res = await fetch(`${origin()}/ready`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, body: (await res.json()) as { status: string; degraded?: string[] } };
};

describe('operating the platform', () => {
  it('keeps the gateway ready while a non-critical subgraph is down, and not while a critical one is', async () => {
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'ready' } });
    await started.tournament!.stop();
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'degraded', degraded: ['tournament'] } });
    await started.games!.stop();
    expect(await ready()).toMatchObject({
      status: 503,
      body: { status: 'unavailable', degraded: ['games', 'tournament'] },
    });
  });

  it('shuts the gateway down gracefully: readiness 503, then no new connections, while a request in flight completes and sockets are told to go away', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const req = request(`${origin()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
    });
    // Half the body now: the request is in flight when shutdown begins.
    req.write(body.slice(0, 10));
    const socket = new WebSocket(platform.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const socketClosed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    const stopping = platform.stopGateway();
    expect(await ready()).toMatchObject({ status: 503, body: { status: 'draining' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const refused = await fetch(`${origin()}/health`).then(
      () => 'answered',
      (error: Error) => (error.cause as { code?: string }).code,
    );
    expect(refused).toBe('ECONNREFUSED');
    expect(await socketClosed).toBe(1001);

    req.end(body.slice(10));
    const response = await answered;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { __typename: 'Query' } });
    await stopping;
  });
});
