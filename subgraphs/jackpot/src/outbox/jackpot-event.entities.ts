import { outboxEntities } from '@casinox/events';

/** The jackpot outbox: `jackpot.rules` and `jackpot.opt-in`, written in the transaction of the change (write-event.ts). */
export const { OutboxEvent: JackpotEvent, OutboxCursor } = outboxEntities({
  schema: 'jackpot',
  table: 'jackpot_event',
  appendOnly: 'jackpot_event_append_only',
});
