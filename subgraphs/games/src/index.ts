import { loadGamesEnv } from './env.js';
import { startGames } from './main.js';

const service = await startGames(loadGamesEnv());
console.log(`games subgraph ready at ${service.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
