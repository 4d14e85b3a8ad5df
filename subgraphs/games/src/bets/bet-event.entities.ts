import { outboxEntities } from '@casinox/events';

/**
 * The outbox of `bet.settled`: written by the statement that settles the bet (so the event exists
 * exactly when the settlement committed); `seq` orders the live feed's NOTIFY and the relay.
 */
export const { OutboxEvent: BetEvent, OutboxCursor } = outboxEntities({
  schema: 'games',
  table: 'bet_event',
  uuidColumns: ['betId', 'playerId'],
  indexes: [
    { name: 'bet_event_tenant_id_seq_index', properties: ['tenantId', 'seq'] },
    { name: 'bet_event_bet_id_index', properties: ['betId'] },
  ],
});
