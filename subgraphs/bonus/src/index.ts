import { loadBonusEnv } from './env.js';
import { startBonus } from './main.js';

const service = await startBonus(loadBonusEnv());
console.log(`bonus subgraph ready at ${service.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
