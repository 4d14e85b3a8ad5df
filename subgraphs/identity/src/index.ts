import { loadIdentityEnv } from './env.js';
import { startIdentity } from './main.js';

const service = await startIdentity(loadIdentityEnv());
console.log(`identity subgraph ready at ${service.url} (JWKS ${service.jwksUrl})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
