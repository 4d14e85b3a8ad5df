import { type EventBus, OutboxRelay, type PlayerRegisteredEvent, type TenantCurrenciesEvent } from '@casinox/events';
import type pg from 'pg';

/** identity.identity_event onto the bus, one relay per kind (`tenant.currencies`, `player.registered`). */
export function identityEventRelays(pool: pg.Pool, bus: EventBus) {
  return [
    new OutboxRelay(pool, bus, {
      event: 'tenant.currencies',
      outbox: 'identity.identity_event',
      cursor: 'identity.outbox_cursor',
      toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<TenantCurrenciesEvent, 'seq' | 'tenantId'>), seq, tenantId }),
    }),
    new OutboxRelay(pool, bus, {
      event: 'player.registered',
      outbox: 'identity.identity_event',
      cursor: 'identity.outbox_cursor',
      toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<PlayerRegisteredEvent, 'seq' | 'tenantId'>), seq, tenantId }),
    }),
  ] as const;
}
