import { createPool } from '@casinox/db';
import { TenantCurrencies } from '@casinox/events';
import { consume, startSubgraphService } from '@casinox/graphql';
import type { WalletContext, WalletServices } from './context.js';
import type { WalletEnv } from './env.js';
import { entities } from './entities.js';
import { registerPlayer } from './events/register-player.js';
import { AdjustmentService } from './adjustments/adjustment.service.js';
import { DepositService } from './deposits/deposit.service.js';
import { transferApiRoutes } from './internal/transfer-api.route.js';
import { LedgerService } from './ledger/ledger.service.js';
import { migrations } from './migrations/index.js';
import { paymentWebhookRoutes } from './payments/payment-webhook.route.js';
import { SandboxProvider } from './payments/sandbox-provider/sandbox-provider.js';
import { ReconciliationService } from './reconciliation/reconciliation.service.js';
import { buildWalletSchema } from './schema.js';
import { WalletSettingsService } from './settings/wallet-settings.service.js';
import { routeTable } from './shared/route-table.js';
import { WalletQueryService } from './wallets/wallet-query.service.js';
import { PayoutSweep } from './withdrawals/payout-sweep.js';
import { WithdrawalService } from './withdrawals/withdrawal.service.js';

export { loadWalletEnv, type WalletEnv } from './env.js';
export type { WalletServices } from './context.js';
export type { LedgerResult } from './ledger/ledger.service.js';

export interface RunningWallet {
  url: string;
  port: number;
  /** Origin of the internal listener: the transfer API the other subgraphs call. */
  internalUrl: string;
  services: WalletServices;
  /** The sandbox payment provider running inside this service. */
  provider: SandboxProvider;
  stop(): Promise<void>;
}

/**
 * Starts the wallet subgraph: GraphQL (Player.wallets, Player.transactions, Tenant.treasury), the
 * internal transfer API for the other subgraphs, the reconciliation job, the payout sweep and the
 * outbox relay (deposit and withdrawal events onto the event bus). Money moves through a
 * plain pg pool (one SQL function call per movement); the ORM is there for the migrations and
 * the schema checks. The bootstrap stops it (server, jobs, bus), then the provider and the pool.
 */
export async function startWallet(env: WalletEnv): Promise<RunningWallet> {
  // pg returns int8 as strings by default: amounts stay exact and become bigint where read.
  const pool = createPool('wallet', { url: env.DATABASE_URL, max: env.LEDGER_POOL_MAX });
  const webhookSecret = env.PAYMENT_WEBHOOK_SECRET;
  const provider = new SandboxProvider(pool, {
    secret: webhookSecret,
    delayMs: env.PAYMENT_SANDBOX_DELAY_MS,
    publicUrl: env.PAYMENT_SANDBOX_PUBLIC_URL,
  });
  // Tenants' currency lists, kept from identity's tenant.currencies events.
  const currencies = new TenantCurrencies(pool, 'wallet.tenant_currency');
  const withdrawals = new WithdrawalService(pool, provider, currencies);
  const services: WalletServices = {
    ledger: new LedgerService(pool),
    queries: new WalletQueryService(pool),
    reconciliation: new ReconciliationService(pool, provider, { providerGraceMs: env.PROVIDER_SETTLEMENT_GRACE_MS }),
    deposits: new DepositService(pool, provider, currencies, env.PLAYER_APP_URL ?? null),
    withdrawals,
    adjustments: new AdjustmentService(pool, currencies),
    settings: new WalletSettingsService(pool),
    payoutSweep: new PayoutSweep(pool, withdrawals, {
      stuckAfterMs: env.PAYOUT_STUCK_AFTER_MS,
      batchSize: env.PAYOUT_SWEEP_BATCH,
    }),
  };
  const service = await startSubgraphService<WalletContext>({
    name: 'wallet',
    env,
    entities,
    migrations,
    buildSchema: buildWalletSchema,
    release: [() => provider.stop(), () => services.ledger.drainNotifications(), () => pool.end()],
    parts: {
      context: (base) => ({ ...base, services }),
      internalRoutes: transferApiRoutes(services.ledger),
      routes: routeTable({
        ...paymentWebhookRoutes(webhookSecret, services.deposits, services.withdrawals),
        ...provider.routes(),
      }),
      // wallet.deposit-completed and wallet.withdrawal-requested (written with the business change) onto the bus.
      outbox: {
        pool,
        table: 'wallet.wallet_event',
        events: ['wallet.deposit-completed', 'wallet.withdrawal-requested'],
        intervalMs: env.OUTBOX_RELAY_INTERVAL_MS,
      },
      jobs: [
        {
          queue: 'wallet.reconciliation',
          everyMs: env.RECONCILIATION_INTERVAL_MS,
          run: () => services.reconciliation.reconcileAll(),
        },
        {
          queue: 'wallet.payout-sweep',
          everyMs: env.PAYOUT_SWEEP_INTERVAL_MS,
          run: (signal) => services.payoutSweep.sweep({ signal }),
        },
      ],
      consumers: [
        consume<'tenant.currencies'>('wallet.tenant-currencies', (event) => currencies.handle(event)),
        consume<'player.registered'>('wallet.player-registered', (event) => registerPlayer(pool, event)),
      ],
      listening: ({ url }) => provider.attach(new URL(url).origin),
    },
  });
  return {
    url: service.url,
    port: service.port,
    internalUrl: service.internalUrl!,
    services,
    provider,
    stop: service.stop,
  };
}
