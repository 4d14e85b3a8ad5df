import { loadComplianceEnv } from './env.js';
import { startCompliance } from './main.js';

const service = await startCompliance(loadComplianceEnv());
console.log(`compliance subgraph ready at ${service.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
