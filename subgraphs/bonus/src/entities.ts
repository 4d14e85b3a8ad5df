import { OutboxCursor, OutboxEvent } from './outbox/outbox-event.entity.js';
import { BonusSettingsRow } from './campaigns/bonus-settings.entity.js';
import { Campaign } from './campaigns/campaign.entity.js';
import { BonusGrant } from './grants/bonus-grant.entity.js';
import { GrantTask } from './grants/grant-task.entity.js';
import { GrantWager } from './grants/grant-wager.entity.js';

/** Every table the bonus schema holds; the migration creates exactly these. */
export const entities = [Campaign, BonusSettingsRow, BonusGrant, GrantWager, GrantTask, OutboxEvent, OutboxCursor];
