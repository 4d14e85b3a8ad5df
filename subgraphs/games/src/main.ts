import { ServiceSigner } from '@casinox/auth';
import { createPool } from '@casinox/db';
import { TenantCurrencies } from '@casinox/events';
import { consume, startSubgraphService } from '@casinox/graphql';
import { WalletClient } from '@casinox/wallet-client';
import { BetQueryService } from './bets/bet-query.service.js';
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
 * The bootstrap stops it (server, loops, bus), then the notifier, the pool and the wallet client.
 */
export async function startGames(env: GamesEnv): Promise<RunningGames> {
  // pg returns int8 as strings by default: amounts stay exact and become bigint where read.
  const pool = createPool('games', { url: env.DATABASE_URL, max: env.BET_POOL_MAX });
  const wallet = new WalletClient({
    url: env.WALLET_INTERNAL_URL,
    signer: new ServiceSigner('games', env.SERVICE_KEY),
    timeoutMs: env.WALLET_TIMEOUT_MS,
  });
  // Tenants' currency lists, kept from identity's tenant.currencies events (read from memory on the bet path).
  const currencies = new TenantCurrencies(pool, 'games.tenant_currency');
  const bets = new BetService(pool, wallet, currencies);
  const services: GamesServices = {
    bets,
    queries: new BetQueryService(pool),
    fairness: new FairnessService(pool),
    config: new GameConfigService(pool),
    aliases: new PlayerAliases(env.PLAYER_ALIAS_SECRET),
  };
  const recovery = new BetRecovery(pool, bets, env.RECOVERY_AFTER_MS);
  // The read models of the bet path, fed by the bonus and jackpot subgraphs (off the bet's synchronous path).
  const caps = new BonusWageringConsumer(pool);
  const rules = new JackpotRulesConsumer(pool);
  const optIns = new JackpotOptInConsumer(pool);
  const service = await startSubgraphService<GamesContext>({
    name: 'games',
    env,
    entities,
    migrations,
    buildSchema: buildGamesSchema,
    // games publishes the most, so it also runs the bus's maintenance (expiry, retention).
    maintainBus: true,
    release: [() => bets.drainNotifications(), () => pool.end(), () => wallet.close()],
    parts: {
      context: (base) => ({ ...base, services }),
      consumers: [
        consume<'bonus.wagering'>('games.bonus-wagering', (event) => caps.handle(event), 0.5),
        consume<'jackpot.rules'>('games.jackpot-rules', (event) => rules.handle(event), 0.5),
        consume<'jackpot.opt-in'>('games.jackpot-opt-in', (event) => optIns.handle(event), 0.5),
        consume<'tenant.currencies'>('games.tenant-currencies', (event) => currencies.handle(event), 0.5),
      ],
      // bet.settled, written by the settling statement itself (the bet path's SQL), onto the bus.
      outbox: { pool, table: 'games.bet_event', events: ['bet.settled'], intervalMs: env.OUTBOX_RELAY_INTERVAL_MS },
      loops: [{ name: 'games recovery', intervalMs: env.RECOVERY_INTERVAL_MS, run: () => recovery.runOnce() }],
    },
  });
  return { url: service.url, port: service.port, services, recovery, relay: service.relay, stop: service.stop };
}
