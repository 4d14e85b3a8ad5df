import { EventBus } from '@casinox/events';
import { startSubgraphService } from '@casinox/graphql';
import { WalletClient } from '@casinox/wallet-client';
import pg from 'pg';
import type { JackpotContext, JackpotServices } from './context.js';
import { BetSettledConsumer } from './contributions/bet-settled.consumer.js';
import { PoolLedger } from './contributions/pool-ledger.js';
import type { JackpotEnv } from './env.js';
import { entities } from './entities.js';
import { JackpotService } from './jackpots/jackpot.service.js';
import { migrations } from './migrations/index.js';
import { buildJackpotSchema } from './schema.js';

export { loadJackpotEnv, type JackpotEnv } from './env.js';

export interface RunningJackpot {
  url: string;
  port: number;
  services: JackpotServices;
  stop(): Promise<void>;
}

/**
 * Starts the jackpot subgraph: configuration and reads (plain SQL on its own pool), the
 * `bet.settled` consumer (contributions, must-drop wins) and the wallet client that funds pools
 * and pays wins. Stops the consumer's bus, then the server, the pool and the wallet client.
 */
export async function startJackpot(env: JackpotEnv): Promise<RunningJackpot> {
  // pg returns int8 as strings: amounts stay exact and become bigint where read.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.POOL_MAX });
  pool.on('error', (error) => console.error('[jackpot] idle database connection lost:', error.message));
  const wallet = new WalletClient({ url: env.WALLET_INTERNAL_URL, serviceSecret: env.SERVICE_SECRET, caller: 'jackpot', timeoutMs: env.WALLET_TIMEOUT_MS });
  const ledger = new PoolLedger(pool, wallet);
  const services: JackpotServices = { jackpots: new JackpotService(pool, ledger), consumer: new BetSettledConsumer(pool, ledger) };
  let bus: EventBus | null = null;
  try {
    if (env.CONSUME_BETS) {
      bus = await EventBus.start(env.DATABASE_URL, { name: 'jackpot' });
      await bus.work<'bet.settled'>('jackpot.bet-settled', (event) => services.consumer.handle(event));
    }
    const service = await startSubgraphService<JackpotContext>({
      name: 'jackpot',
      env,
      entities,
      migrations,
      buildSchema: buildJackpotSchema,
      context: (base) => ({ ...base, services }),
    });
    const started = bus;
    return {
      url: service.url,
      port: service.port,
      services,
      async stop() {
        await started?.stop();
        await service.stop();
        await pool.end();
        wallet.close();
      },
    };
  } catch (error) {
    await bus?.stop().catch(() => {});
    await pool.end();
    wallet.close();
    throw error;
  }
}
