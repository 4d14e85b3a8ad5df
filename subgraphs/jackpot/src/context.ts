import type { BaseContext } from '@casinox/graphql';
import type { BetSettledConsumer } from './contributions/bet-settled.consumer.js';
import type { PoolLedger } from './contributions/pool-ledger.js';
import type { DrawService } from './draws/draw.service.js';
import type { JackpotService } from './jackpots/jackpot.service.js';

/** Every jackpot service, created once per process. */
export interface JackpotServices {
  jackpots: JackpotService;
  draws: DrawService;
  consumer: BetSettledConsumer;
  ledger: PoolLedger;
}

export interface JackpotContext extends BaseContext {
  services: JackpotServices;
}
