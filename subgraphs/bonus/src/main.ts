import { ServiceSigner } from '@casinox/auth';
import { createPool } from '@casinox/db';
import { TenantCurrencies } from '@casinox/events';
import { consume, startSubgraphService } from '@casinox/graphql';
import { WalletClient } from '@casinox/wallet-client';
import { CampaignService } from './campaigns/campaign.service.js';
import { CashbackCloser } from './cashback/cashback-closer.js';
import { type BonusContext, type BonusServices, createLoaders } from './context.js';
import { DepositCompletedConsumer } from './deposits/deposit-completed.consumer.js';
import type { BonusEnv } from './env.js';
import { entities } from './entities.js';
import { BetSettledConsumer } from './grants/bet-settled.consumer.js';
import { GrantLifecycle } from './grants/grant-lifecycle.js';
import { GrantService } from './grants/grant.service.js';
import { migrations } from './migrations/index.js';
import { buildBonusSchema } from './schema.js';
import { WithdrawalRequestedConsumer } from './withdrawals/withdrawal-requested.consumer.js';

export { loadBonusEnv, type BonusEnv } from './env.js';

export interface RunningBonus {
  url: string;
  port: number;
  services: BonusServices;
  lifecycle: GrantLifecycle;
  consumer: BetSettledConsumer;
  deposits: DepositCompletedConsumer;
  withdrawals: WithdrawalRequestedConsumer;
  cashback: CashbackCloser;
  stop(): Promise<void>;
}

/**
 * Starts the bonus subgraph: campaigns and grants over GraphQL, the consumers on the event bus
 * (bet.settled: wagering and cashback losses; deposits: deposit bonuses; withdrawals: forfeits),
 * the sweep (expiry, money moves left undone) and the cashback job (closing finished periods).
 * The bootstrap stops it (server, relay, jobs, bus), then the pool and the wallet client.
 */
export async function startBonus(env: BonusEnv): Promise<RunningBonus> {
  // pg returns int8 as strings by default: amounts stay exact and become bigint where read.
  const pool = createPool('bonus', { url: env.DATABASE_URL, max: env.BONUS_POOL_MAX });
  const wallet = new WalletClient({
    url: env.WALLET_INTERNAL_URL,
    signer: new ServiceSigner('bonus', env.SERVICE_KEY),
    timeoutMs: env.WALLET_TIMEOUT_MS,
  });
  const lifecycle = new GrantLifecycle(pool, wallet);
  // Tenants' currency lists, kept from identity's tenant.currencies events.
  const currencies = new TenantCurrencies(pool, 'bonus.tenant_currency');
  const campaigns = new CampaignService(pool, currencies);
  const services: BonusServices = { campaigns, grants: new GrantService(pool, campaigns, lifecycle) };
  const consumer = new BetSettledConsumer(pool, lifecycle);
  const deposits = new DepositCompletedConsumer(pool, lifecycle);
  const withdrawals = new WithdrawalRequestedConsumer(pool, lifecycle);
  const cashback = new CashbackCloser(pool, lifecycle);
  const polling = env.EVENT_POLL_SECONDS;
  const service = await startSubgraphService<BonusContext>({
    name: 'bonus',
    env,
    entities,
    migrations,
    buildSchema: buildBonusSchema,
    release: [() => pool.end(), () => wallet.close()],
    parts: {
      context: (base) => ({ ...base, services, loaders: createLoaders(base, services) }),
      consumers: [
        consume<'bet.settled'>('bonus.bet-settled', (event) => consumer.handle(event), polling),
        consume<'wallet.deposit-completed'>('bonus.deposit-completed', (event) => deposits.handle(event), polling),
        consume<'wallet.withdrawal-requested'>(
          'bonus.withdrawal-requested',
          (event) => withdrawals.handle(event),
          polling,
        ),
        consume<'tenant.currencies'>('bonus.tenant-currencies', (event) => currencies.handle(event), polling),
      ],
      // bonus.wagering (written by a trigger on bonus_grant) onto the bus, for games' max-bet rule.
      outbox: {
        pool,
        table: 'bonus.outbox_event',
        events: ['bonus.wagering'],
        intervalMs: env.OUTBOX_RELAY_INTERVAL_MS,
      },
      jobs: [
        { queue: 'bonus.sweep', everyMs: env.SWEEP_INTERVAL_MS, run: (signal) => lifecycle.sweep(signal) },
        { queue: 'bonus.cashback', everyMs: env.CASHBACK_INTERVAL_MS, run: (signal) => cashback.run(signal) },
      ],
    },
  });
  return {
    url: service.url,
    port: service.port,
    services,
    lifecycle,
    consumer,
    deposits,
    withdrawals,
    cashback,
    stop: service.stop,
  };
}
