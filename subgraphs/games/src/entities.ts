import { TenantCurrency } from './config/tenant-currency.entity.js';
import { PlayerBetCap } from './restrictions/player-bet-cap.entity.js';
import { BetEvent, OutboxCursor } from './bets/bet-event.entities.js';
import { Bet } from './bets/bet.entity.js';
import { UnsettledBet } from './bets/unsettled-bet.entity.js';
import { GameConfig } from './config/game-config.entity.js';
import { StakeLimit } from './config/stake-limit.entity.js';
import { SeedPair } from './fairness/seed-pair.entity.js';
import { JackpotOptIn } from './jackpots/jackpot-opt-in.entity.js';
import { JackpotRule } from './jackpots/jackpot-rule.entity.js';
import { PlayerRestriction } from './restrictions/player-restriction.entity.js';

/** Every table the games schema holds; the migrations create exactly these. */
export const entities = [
  GameConfig,
  StakeLimit,
  SeedPair,
  Bet,
  BetEvent,
  PlayerRestriction,
  UnsettledBet,
  OutboxCursor,
  PlayerBetCap,
  JackpotRule,
  JackpotOptIn,
  TenantCurrency,
];
