import { ServiceSigner } from '@casinox/auth';
import { createPool, scheduleJob } from '@casinox/db';
import { EventBus, type JackpotOptInEvent, type JackpotRulesEvent, OutboxRelay, TenantCurrencies } from '@casinox/events';
import { startSubgraphService } from '@casinox/graphql';
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
 * SPONSORED periods, bounded per run) and the wallet client that funds pools and pays wins. Stops
 * the jobs, the bus, the server, then the pool and the wallet client.
 */
export async function startJackpot(env: JackpotEnv): Promise<RunningJackpot> {
  // pg returns int8 as strings: amounts stay exact and become bigint where read.
  const pool = createPool('jackpot', { url: env.DATABASE_URL, max: env.POOL_MAX });
  const wallet = new WalletClient({ url: env.WALLET_INTERNAL_URL, signer: new ServiceSigner('jackpot', env.SERVICE_KEY), timeoutMs: env.WALLET_TIMEOUT_MS });
  const ledger = new PoolLedger(pool, wallet);
  // Tenants' currency lists, kept from identity's tenant.currencies events.
  const currencies = new TenantCurrencies(pool, 'jackpot.tenant_currency');
  const services: JackpotServices = { jackpots: new JackpotService(pool, ledger, currencies), draws: new DrawService(pool, ledger), consumer: new BetSettledConsumer(pool, ledger), ledger };
  let bus: EventBus | null = null;
  try {
    bus = await EventBus.start(env.DATABASE_URL, { name: 'jackpot' });
    if (env.CONSUME_BETS) await bus.work<'bet.settled'>('jackpot.bet-settled', (event) => services.consumer.handle(event));
    const service = await startSubgraphService<JackpotContext>({
      name: 'jackpot',
      env,
      entities,
      migrations,
      buildSchema: buildJackpotSchema,
      context: (base) => ({ ...base, services }),
    });
    await bus.work<'tenant.currencies'>('jackpot.tenant-currencies', (event) => currencies.handle(event));
    const started = bus;
    const outbox = { outbox: 'jackpot.jackpot_event', cursor: 'jackpot.outbox_cursor' };
    const relays = [
      new OutboxRelay(pool, started, {
        ...outbox,
        event: 'jackpot.rules',
        toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<JackpotRulesEvent, 'seq' | 'tenantId'>), seq, tenantId }),
      }),
      new OutboxRelay(pool, started, {
        ...outbox,
        event: 'jackpot.opt-in',
        toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<JackpotOptInEvent, 'seq' | 'tenantId'>), seq, tenantId }),
      }),
    ];
    const relay = async () => {
      let moved = 0;
      for (const outboxRelay of relays) moved += await outboxRelay.drain();
      return moved;
    };
    const relaying = scheduleJob('jackpot outbox relay', env.RELAY_INTERVAL_MS, relay);
    const drawing = scheduleJob('jackpot draws', env.DRAW_INTERVAL_MS, (signal) => services.draws.runDue(signal));
    return {
      url: service.url,
      port: service.port,
      services,
      relay,
      async stop() {
        await drawing.stop();
        await relaying.stop();
        await started.stop();
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
