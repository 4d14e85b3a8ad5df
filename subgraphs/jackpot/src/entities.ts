import { TenantCurrency } from './jackpots/tenant-currency.entity.js';
import { ContributionRow } from './contributions/contribution.entity.js';
import { PoolFunding } from './contributions/pool-funding.entity.js';
import { JackpotTierRow } from './jackpots/jackpot-tier.entity.js';
import { Jackpot } from './jackpots/jackpot.entity.js';
import { PlayerOptIn } from './jackpots/player-opt-in.entity.js';
import { JackpotWin } from './wins/jackpot-win.entity.js';
import { DrawEntryRow, DrawTask, JackpotDraw } from './draws/jackpot-draw.entity.js';
import { JackpotEvent, OutboxCursor } from './outbox/jackpot-event.entities.js';

/** Every table the jackpot schema holds; the migration creates exactly these. */
export const entities = [
  Jackpot,
  JackpotTierRow,
  PlayerOptIn,
  ContributionRow,
  PoolFunding,
  JackpotWin,
  JackpotDraw,
  DrawEntryRow,
  DrawTask,
  JackpotEvent,
  OutboxCursor,
  TenantCurrency,
];
