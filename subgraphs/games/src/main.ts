import { ServiceSigner } from '@casinox/auth';
import { createPool, scheduleJob } from '@casinox/db';
import { EventBus, TenantCurrencies } from '@casinox/events';
import { startSubgraphService } from '@casinox/graphql';
import { WalletClient } from '@casinox/wallet-client';
import { BetQueryService } from './bets/bet-query.service.js';
import { betEventRelay } from './bets/bet-event-relay.js';
import { BonusWageringConsumer } from './restrictions/bonus-wagering.consumer.js';
import { JackpotOptInConsumer } from './jackpots/jackpot-opt-in.consumer.js';
import { JackpotRulesConsumer } from './jackpots/jackpot-rules.consumer.js';
import { BetRecovery } from './bets/bet-recovery.js';
import { BetService } from './bets/bet.service.js';
import { PlayerAliases } from './bets/player-alias.js';
import { GameConfigService } from './config/game-config.service.js';
import type { GamesContext, GamesServices } from './context.js';
import type { GamesEnv } from './env.js';
import { entities } from './entities.js';
import { FairnessService } from './fairness/fairness.service.js';
import { migrations } from './migrations/index.js';
import { buildGamesSchema } from './schema.js';

export { loadGamesEnv, type GamesEnv } from './env.js';

export interface RunningGames {
  url: string;
  port: number;
  services: GamesServices;
  recovery: BetRecovery;
  relay: { drain(): Promise<number> };
  stop(): Promise<void>;
}

/**
 * Starts the games subgraph: the catalogue, provably fair seeds, the bet lifecycle (plain SQL on
 * its own pool, one wallet call per bet), the recovery job and the outbox relay onto the event bus.
 * Stops the jobs, then the server, the bus, the pool and the wallet client.
 */
export async function startGames(env: GamesEnv): Promise<RunningGames> {
  // pg returns int8 as strings by default: amounts stay exact and become bigint where read.
  const pool = createPool('games', { url: env.DATABASE_URL, max: env.BET_POOL_MAX });
  const wallet = new WalletClient({ url: env.WALLET_INTERNAL_URL, signer: new ServiceSigner('games', env.SERVICE_KEY), timeoutMs: env.WALLET_TIMEOUT_MS });
  // Tenants' currency lists, kept from identity's tenant.currencies events (read from memory on the bet path).
  const currencies = new TenantCurrencies(pool, 'games.tenant_currency');
  const bets = new BetService(pool, wallet, currencies);
  const services: GamesServices = { bets, queries: new BetQueryService(pool), fairness: new FairnessService(pool), config: new GameConfigService(pool), aliases: new PlayerAliases(env.PLAYER_ALIAS_SECRET) };
  const recovery = new BetRecovery(pool, bets, env.RECOVERY_AFTER_MS);
  let bus: EventBus | null = null;
  try {
    // games publishes the most, so it also runs the bus's maintenance (expiry, retention); pg-boss
    // serialises maintenance across processes with an advisory lock.
    bus = await EventBus.start(env.DATABASE_URL, { name: 'games', maintain: true });
    const relay = betEventRelay(pool, bus);
    const service = await startSubgraphService<GamesContext>({
      name: 'games',
      env,
      entities,
      migrations,
      buildSchema: buildGamesSchema,
      context: (base) => ({ ...base, services }),
    });
    const job = scheduleJob('games recovery', env.RECOVERY_INTERVAL_MS, () => recovery.runOnce());
    const relaying = scheduleJob('games outbox relay', env.OUTBOX_RELAY_INTERVAL_MS, () => relay.drain());
    // The bonus max-bet rule's read model, fed by the bonus subgraph (off the bet's synchronous path).
    const caps = new BonusWageringConsumer(pool);
    await bus.work<'bonus.wagering'>('games.bonus-wagering', (event) => caps.handle(event), { pollingIntervalSeconds: 0.5 });
    // The jackpot contribution rules and opt-ins, fed by the jackpot subgraph (likewise off the bet path).
    const rules = new JackpotRulesConsumer(pool);
    const optIns = new JackpotOptInConsumer(pool);
    await bus.work<'jackpot.rules'>('games.jackpot-rules', (event) => rules.handle(event), { pollingIntervalSeconds: 0.5 });
    await bus.work<'jackpot.opt-in'>('games.jackpot-opt-in', (event) => optIns.handle(event), { pollingIntervalSeconds: 0.5 });
    await bus.work<'tenant.currencies'>('games.tenant-currencies', (event) => currencies.handle(event), { pollingIntervalSeconds: 0.5 });
    const started = bus;
    return {
      url: service.url,
      port: service.port,
      services,
      recovery,
      relay,
      async stop() {
        await relaying.stop();
        await job.stop();
        await service.stop();
        await started.stop();
        await bets.drainNotifications();
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
