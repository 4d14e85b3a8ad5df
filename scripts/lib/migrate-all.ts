import { applySqlSources, roleName, runMigrations, SUBGRAPHS, type SubgraphName, type SqlSourceList, subgraphUrl, type MigrationList } from '@casinox/db';
import { installEventBus } from '@casinox/events';
import { migrations as identity, sqlSources as identitySql } from '@casinox/identity/migrations';
import { migrations as wallet, sqlSources as walletSql } from '@casinox/wallet/migrations';
import { migrations as games, sqlSources as gamesSql } from '@casinox/games/migrations';
import { migrations as bonus, sqlSources as bonusSql } from '@casinox/bonus/migrations';
import { migrations as jackpot, sqlSources as jackpotSql } from '@casinox/jackpot/migrations';
import { migrations as tournament, sqlSources as tournamentSql } from '@casinox/tournament/migrations';
import { migrations as compliance, sqlSources as complianceSql } from '@casinox/compliance/migrations';

/** Every subgraph's migrations, applied by that subgraph's owner role into its own schema. */
export const MIGRATIONS: Record<SubgraphName, MigrationList> = { identity, wallet, games, bonus, jackpot, tournament, compliance };
/** Every subgraph's SQL functions, triggers and views (applySqlSources), re-applied after its migrations when changed. */
export const SQL_SOURCES: Record<SubgraphName, SqlSourceList> = {
  identity: identitySql, wallet: walletSql, games: gamesSql, bonus: bonusSql, jackpot: jackpotSql, tournament: tournamentSql, compliance: complianceSql,
};

export async function migrateAll(adminUrl: string, secret: string, log: (line: string) => void = () => {}): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    const applied = await runMigrations({ url: subgraphUrl(adminUrl, subgraph, 'owner', secret), schema: subgraph, migrations: MIGRATIONS[subgraph] });
    if (applied.length) log(`${subgraph}: applied ${applied.join(', ')}`);
    const sql = await applySqlSources({ url: subgraphUrl(adminUrl, subgraph, 'owner', secret), schema: subgraph, sources: SQL_SOURCES[subgraph] });
    if (sql.length) log(`${subgraph}: applied SQL sources ${sql.join(', ')}`);
  }
  // The durable event bus between subgraphs (pg-boss): its schema, queues and the runtime roles' rights.
  await installEventBus(adminUrl, SUBGRAPHS.map((subgraph) => roleName(subgraph, 'runtime')));
}
