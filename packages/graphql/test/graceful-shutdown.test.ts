import { request } from 'node:http';
import { ServiceVerifier } from '@casinox/auth';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { startSubgraphServer } from '../src/server.js';

/** A server whose public `POST /echo` and internal `POST /internal/echo` answer once the whole body arrived. */
async function start(shutdown: { graceMs: number; drainMs: number }) {
  return startSubgraphServer({
    name: 'shutdown-test',
    port: 0,
    schema: buildSchema('type Query { ok: Boolean }'),
    verifyToken: () => Promise.reject(new Error('no tokens here')),
    services: new ServiceVerifier('shutdown-test', {}),
    context: (base) => base,
    routes: { 'POST /echo': (_req, res, body) => void res.end(`echo:${body.toString()}`) },
    internal: { port: 0, routes: {} },
    shutdown,
  });
}

/** Opens a request and sends only half its body: it stays in flight until `finish()`. */
function halfSent(port: number) {
  const req = request({ port, host: '127.0.0.1', method: 'POST', path: '/echo', headers: { 'content-length': '10' } });
  const response = new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    });
    req.on('error', reject);
  });
  req.write('hello');
  return { response, finish: () => req.end('world') };
}

const refused = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    () => 'answered',
    (error: Error) => (error.cause as { code?: string })?.code ?? error.message,
  );

describe('subgraph server shutdown', () => {
  it('turns readiness 503, stops accepting on both listeners, and lets a request in flight finish', async () => {
    const server = await start({ graceMs: 300, drainMs: 5000 });
    const origin = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
    const inFlight = halfSent(server.port);
    await new Promise((resolve) => setTimeout(resolve, 50));

    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    // The grace period: still listening, but not ready, so a load balancer moves away.
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'draining' });
    // Past the grace period: new connections are refused, on the internal listener too.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await refused(`${origin}/health`)).toBe('ECONNREFUSED');
    expect(await refused(`${server.internalUrl}/health`)).toBe('ECONNREFUSED');
    expect(stopped).toBe(false);

    // The request that was in flight completes normally, told not to reuse the connection.
    inFlight.finish();
    expect(await inFlight.response).toEqual({ status: 200, body: 'echo:helloworld', connection: 'close' });
    await stopping;
    expect(stopped).toBe(true);
  });

  it('cuts a request still in flight once the drain bound has passed', async () => {
    const server = await start({ graceMs: 0, drainMs: 300 });
    const inFlight = halfSent(server.port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.stop();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(3000);
    await expect(inFlight.response).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
