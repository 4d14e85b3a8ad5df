/**
 * `npm run bench:service-auth`: what signing every service call costs, with and without, in one
 * run. A loopback HTTP server stands for a subgraph that does no work at all: it reads a
 * placeBet-sized GraphQL body (with a player token and the forwarded headers) and answers.
 * autocannon drives it at BENCH_CONNECTIONS connections, alternating phases with the gateway's
 * signature (signed per request, verified and remembered by the server) and without, BENCH_ROUNDS
 * times BENCH_SECONDS each. Client and server share this process, so the ratio is the upper bound
 * of the cost (a real request does far more than parse JSON); the CPU µs of one sign and one
 * verify are what a bet actually pays (bench/README.md puts them beside a bet's CPU).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { derivePairKey, ServiceSigner, ServiceVerifier, SIGNATURE_HEADER } from '@casinox/auth';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const KEY = 'bench-gateway-key-0123456789abcdefghijklmnop';

const body = JSON.stringify({
  query:
    'mutation ($input: PlaceBetInput!) { placeBet(input: $input) { ok code message balanceAfter replayed bet { id status payout multiplier outcome } } }',
  variables: {
    input: {
      game: 'DICE',
      asset: 'EUR',
      stake: '100',
      idempotencyKey: '3f1f5c1e-6c1a-4f55-9b9a-5d8f3e0f7a11',
      params: { target: 50, over: true },
    },
  },
});
const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${'x'.repeat(600)}`,
  'x-casinox-client-ip': '203.0.113.10',
  'x-request-id': 'bench',
};
const signer = new ServiceSigner('gateway', KEY);
let unsignedCount = 0;
const verifier = new ServiceVerifier('games', { gateway: derivePairKey(KEY, 'games') });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const received = Buffer.concat(chunks);
    if (req.headers[SIGNATURE_HEADER]) {
      try {
        verifier.verify({ method: req.method ?? 'POST', path: req.url ?? '/', body: received, headers: req.headers });
      } catch {
        res.statusCode = 401;
      }
    }
    JSON.parse(received.toString('utf8'));
    res.setHeader('content-type', 'application/json');
    res.end('{"data":{"placeBet":{"ok":true}}}');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function phase(signed: boolean): Promise<{ requests: number; seconds: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    body,
    headers,
    // Both sides set a fresh header before every request (autocannon rebuilds the request either
    // way); only the signed side signs it and has the server verify it.
    setupClient: (client) => {
      const next = () =>
        signed
          ? {
              ...headers,
              [SIGNATURE_HEADER]: signer.sign('games', { method: 'POST', path: '/graphql', body, headers }),
            }
          : { ...headers, 'x-unsigned': String(++unsignedCount) };
      client.setHeaders(next());
      client.on('response', () => client.setHeaders(next()));
    },
  });
  return { requests: result.requests.total, seconds: result.duration, errors: result.non2xx + result.errors };
}

const totals = { with: { requests: 0, seconds: 0, errors: 0 }, without: { requests: 0, seconds: 0, errors: 0 } };
for (let round = 1; round <= ROUNDS; round++) {
  for (const side of ['without', 'with'] as const) {
    const run = await phase(side === 'with');
    totals[side].requests += run.requests;
    totals[side].seconds += run.seconds;
    totals[side].errors += run.errors;
    console.log(`round ${round} ${side.padEnd(7)} ${(run.requests / run.seconds).toFixed(0)} req/s`);
  }
}
server.close();

const time = (run: () => unknown, n = 20_000) => {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) run();
  const used = process.cpuUsage(start);
  return ((used.user + used.system) / n).toFixed(1);
};
const sample = signer.sign('games', { method: 'POST', path: '/graphql', body, headers });
const fresh = () => new ServiceVerifier('games', { gateway: derivePairKey(KEY, 'games') });
let verifyOnce = fresh();
const signUs = time(() => signer.sign('games', { method: 'POST', path: '/graphql', body, headers }));
const verifyUs = time(() => {
  verifyOnce = fresh();
  verifyOnce.verify({ method: 'POST', path: '/graphql', body, headers: { ...headers, [SIGNATURE_HEADER]: sample } });
});
const rate = (side: keyof typeof totals) => totals[side].requests / totals[side].seconds;
console.log(`
service-call signatures, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per side
  without: ${rate('without').toFixed(0)} req/s
  with:    ${rate('with').toFixed(0)} req/s   (errors: ${totals.with.errors})
  ratio with/without: ${(rate('with') / rate('without')).toFixed(3)}
  CPU per request: sign ${signUs} µs (gateway, games, bonus, jackpot), verify ${verifyUs} µs (callee)`);
if (totals.with.errors > 0 || totals.without.errors > 0) process.exitCode = 1;
