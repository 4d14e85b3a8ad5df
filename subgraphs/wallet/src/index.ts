import { loadWalletEnv } from './env.js';
import { startWallet } from './main.js';

const service = await startWallet(loadWalletEnv());
console.log(`wallet subgraph ready at ${service.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
