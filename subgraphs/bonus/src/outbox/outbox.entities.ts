import { outboxEntities } from '@casinox/events';

/** The bonus outbox: `bonus.wagering`, written by a trigger on bonus_grant in the transaction that changed the grant. */
export const { OutboxEvent, OutboxCursor } = outboxEntities({ schema: 'bonus', table: 'outbox_event' });
