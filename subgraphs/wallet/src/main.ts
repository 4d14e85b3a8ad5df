import { startSubgraphService } from '@casinox/graphql';
import pg from 'pg';
import type { WalletContext, WalletServices } from './context.js';
import type { WalletEnv } from './env.js';
import { entities } from './entities.js';
import { transferApiRoutes } from './internal/transfer-api.route.js';
import { LedgerService } from './ledger/ledger.service.js';
import { migrations } from './migrations/index.js';
import { ReconciliationService, scheduleReconciliation } from './reconciliation/reconciliation.service.js';
import { buildWalletSchema } from './schema.js';
import { WalletQueryService } from './wallets/wallet-query.service.js';

export { loadWalletEnv, type WalletEnv } from './env.js';
export type { WalletServices } from './context.js';
export type { LedgerResult } from './ledger/ledger.service.js';

export interface RunningWallet {
  url: string;
  port: number;
  services: WalletServices;
  stop(): Promise<void>;
}

/**
 * Starts the wallet subgraph: GraphQL (Player.wallets, Player.transactions, Tenant.treasury), the
 * internal transfer API for the other subgraphs, and the reconciliation job. Money moves through a
 * plain pg pool (one SQL function call per movement); the ORM is there for the migrations and
 * the schema checks. Stops the job, then the server, then the pools.
 */
export async function startWallet(env: WalletEnv): Promise<RunningWallet> {
  // pg returns int8 as strings by default: amounts stay exact and become bigint where read.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.LEDGER_POOL_MAX });
  const services: WalletServices = {
    ledger: new LedgerService(pool),
    queries: new WalletQueryService(pool),
    reconciliation: new ReconciliationService(pool),
  };
  try {
    const service = await startSubgraphService<WalletContext>({
      name: 'wallet',
      env,
      entities,
      migrations,
      buildSchema: buildWalletSchema,
      context: (base) => ({ ...base, services }),
      routes: () => transferApiRoutes(services.ledger, env.SERVICE_SECRET),
    });
    const job = scheduleReconciliation(services.reconciliation, env.RECONCILIATION_INTERVAL_MS);
    return {
      url: service.url,
      port: service.port,
      services,
      async stop() {
        await job.stop();
        await service.stop();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
