import { roleName, runMigrations, SUBGRAPHS, type SubgraphName, subgraphUrl, type MigrationList } from '@casinox/db';
import { installEventBus } from '@casinox/events';
import { migrations as identity } from '@casinox/identity/migrations';
import { migrations as wallet } from '@casinox/wallet/migrations';
import { migrations as games } from '@casinox/games/migrations';
import { migrations as bonus } from '@casinox/bonus/migrations';
import { migrations as jackpot } from '@casinox/jackpot/migrations';
import { migrations as tournament } from '@casinox/tournament/migrations';
import { migrations as compliance } from '@casinox/compliance/migrations';

/** Every subgraph's migrations, applied by that subgraph's owner role into its own schema. */
export const MIGRATIONS: Record<SubgraphName, MigrationList> = { identity, wallet, games, bonus, jackpot, tournament, compliance };

export async function migrateAll(adminUrl: string, secret: string, log: (line: string) => void = () => {}): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    const applied = await runMigrations({ url: subgraphUrl(adminUrl, subgraph, 'owner', secret), schema: subgraph, migrations: MIGRATIONS[subgraph] });
    if (applied.length) log(`${subgraph}: applied ${applied.join(', ')}`);
  }
  // The durable event bus between subgraphs (pg-boss): its schema, queues and the runtime roles' rights.
  await installEventBus(adminUrl, SUBGRAPHS.map((subgraph) => roleName(subgraph, 'runtime')));
}
