/**
 * Serves a built Next app (run in the app's folder): `tsx …/serve.ts -p 3000 -H 127.0.0.1`, what
 * `next start` does, except that X-Forwarded-For gets the connecting address appended before Next
 * sees the request (see forwarded-for.ts), so the BFF passes the gateway a chain a client cannot
 * forge the end of.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { appendForwardedFor } from './forwarded-for';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: '3000' },
    hostname: { type: 'string', short: 'H', default: '0.0.0.0' },
  },
});
const port = Number(values.port);
const hostname = values.hostname;

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const forwarded = appendForwardedFor(req.headers['x-forwarded-for'], req.socket.remoteAddress);
  if (forwarded) req.headers['x-forwarded-for'] = forwarded;
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[serve] ${process.cwd()} on http://${hostname}:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
