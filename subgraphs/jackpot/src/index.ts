import { loadJackpotEnv } from './env.js';
import { startJackpot } from './main.js';

const service = await startJackpot(loadJackpotEnv());
console.log(`jackpot subgraph ready at ${service.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
