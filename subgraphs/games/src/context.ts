import type { BaseContext } from '@casinox/graphql';
import type { BetQueryService } from './bets/bet-query.service.js';
import type { BetService } from './bets/bet.service.js';
import type { PlayerAliases } from './bets/player-alias.js';
import type { GameConfigService } from './config/game-config.service.js';
import type { FairnessService } from './fairness/fairness.service.js';

/** Every games service, created once per process. */
export interface GamesServices {
  bets: BetService;
  queries: BetQueryService;
  fairness: FairnessService;
  config: GameConfigService;
  aliases: PlayerAliases;
}

export interface GamesContext extends BaseContext {
  services: GamesServices;
}
