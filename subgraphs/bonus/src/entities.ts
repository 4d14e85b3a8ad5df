import { TenantCurrency } from './campaigns/tenant-currency.entity.js';
import { OutboxCursor, OutboxEvent } from './outbox/outbox.entities.js';
import { BonusSettingsRow } from './campaigns/bonus-settings.entity.js';
import { Campaign } from './campaigns/campaign.entity.js';
import { BonusGrant } from './grants/bonus-grant.entity.js';
import { GrantTask } from './grants/grant-task.entity.js';
import { GrantWager } from './grants/grant-wager.entity.js';
import { CashbackEnrolment } from './cashback/cashback-enrolment.entity.js';
import { CashbackSchedule } from './cashback/cashback-schedule.entity.js';
import { CashbackBet, PlayerNetLoss } from './cashback/player-net-loss.entity.js';
import { PlayerDeposit } from './deposits/player-deposit.entity.js';
import { WithdrawalForfeit } from './withdrawals/withdrawal-forfeit.entity.js';

/** Every table the bonus schema holds; the migration creates exactly these. */
export const entities = [
  Campaign,
  BonusSettingsRow,
  BonusGrant,
  GrantWager,
  GrantTask,
  OutboxEvent,
  OutboxCursor,
  PlayerDeposit,
  CashbackEnrolment,
  CashbackSchedule,
  PlayerNetLoss,
  CashbackBet,
  WithdrawalForfeit,
  TenantCurrency,
];
