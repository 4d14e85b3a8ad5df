import type { BaseContext } from '@casinox/graphql';
import type { BetSettledConsumer } from './contributions/bet-settled.consumer.js';
import type { JackpotService } from './jackpots/jackpot.service.js';

/** Every jackpot service, created once per process. */
export interface JackpotServices {
  jackpots: JackpotService;
  consumer: BetSettledConsumer;
}

export interface JackpotContext extends BaseContext {
  services: JackpotServices;
}
