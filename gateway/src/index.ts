import { loadGatewayEnv } from './env.js';
import { startGateway } from './main.js';

const gateway = await startGateway(loadGatewayEnv());
console.log(`gateway ready at ${gateway.url} (subscriptions: ${gateway.wsUrl})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void gateway.stop().then(() => process.exit(0)));
}
