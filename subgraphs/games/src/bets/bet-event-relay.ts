import { type BetSettledEvent, type EventBus, OutboxRelay } from '@casinox/events';
import type pg from 'pg';

/**
 * bet.settled from the games outbox (games.bet_event, written by the settling statement) onto the
 * event bus: consumers (bonus, jackpot…) see every settled bet at least once, however the games
 * process dies.
 */
export function betEventRelay(pool: pg.Pool, bus: EventBus): OutboxRelay<'bet.settled'> {
  return new OutboxRelay(pool, bus, {
    event: 'bet.settled',
    outbox: 'games.bet_event',
    cursor: 'games.outbox_cursor',
    toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<BetSettledEvent, 'seq' | 'tenantId'>), seq, tenantId }),
  });
}
