import { loadTournamentEnv } from './env.js';
import { startTournament } from './main.js';

const service = await startTournament(loadTournamentEnv());
console.log(`tournament subgraph ready at ${service.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void service.stop().then(() => process.exit(0)));
}
