import { ServiceSigner } from '@casinox/auth';
import { createPool } from '@casinox/db';
import { TenantCurrencies } from '@casinox/events';
import { consume, startSubgraphService } from '@casinox/graphql';
import { WalletClient } from '@casinox/wallet-client';
import type { JackpotContext, JackpotServices } from './context.js';
import { BetSettledConsumer } from './contributions/bet-settled.consumer.js';
import { PoolLedger } from './contributions/pool-ledger.js';
import { DrawService } from './draws/draw.service.js';
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
  /** Moves the outbox onto the bus now (tests; the schedule does it every RELAY_INTERVAL_MS). */
  relay(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts the jackpot subgraph: configuration and reads (plain SQL on its own pool), the
 * `bet.settled` consumer (contributions, must-drop and progressive wins, draw entries), the outbox
 * relay (`jackpot.rules`, `jackpot.opt-in` for games' bet path), the draw schedule (FIXED and
 * SPONSORED periods, bounded per run) and the wallet client that funds pools and pays wins. The
 * bootstrap stops it (server, relay, jobs, bus), then the pool and the wallet client.
 */
export async function startJackpot(env: JackpotEnv): Promise<RunningJackpot> {
  // pg returns int8 as strings: amounts stay exact and become bigint where read.
  const pool = createPool('jackpot', { url: env.DATABASE_URL, max: env.POOL_MAX });
  const wallet = new WalletClient({
    url: env.WALLET_INTERNAL_URL,
    signer: new ServiceSigner('jackpot', env.SERVICE_KEY),
    timeoutMs: env.WALLET_TIMEOUT_MS,
  });
  const ledger = new PoolLedger(pool, wallet);
  // Tenants' currency lists, kept from identity's tenant.currencies events.
  const currencies = new TenantCurrencies(pool, 'jackpot.tenant_currency');
  const services: JackpotServices = {
    jackpots: new JackpotService(pool, ledger, currencies),
    draws: new DrawService(pool, ledger),
    consumer: new BetSettledConsumer(pool, ledger),
    ledger,
  };
  const service = await startSubgraphService<JackpotContext>({
    name: 'jackpot',
    env,
    entities,
    migrations,
    buildSchema: buildJackpotSchema,
    release: [() => pool.end(), () => wallet.close()],
    parts: {
      context: (base) => ({ ...base, services }),
      consumers: [
        ...(env.CONSUME_BETS
          ? [consume<'bet.settled'>('jackpot.bet-settled', (event) => services.consumer.handle(event))]
          : []),
        consume<'tenant.currencies'>('jackpot.tenant-currencies', (event) => currencies.handle(event)),
      ],
      // jackpot.rules and jackpot.opt-in onto the bus, for games' bet path.
      outbox: {
        pool,
        table: 'jackpot.jackpot_event',
        events: ['jackpot.rules', 'jackpot.opt-in'],
        intervalMs: env.RELAY_INTERVAL_MS,
      },
      jobs: [{ queue: 'jackpot.draws', everyMs: env.DRAW_INTERVAL_MS, run: (signal) => services.draws.runDue(signal) }],
    },
  });
  return { url: service.url, port: service.port, services, relay: () => service.relay.drain(), stop: service.stop };
}
