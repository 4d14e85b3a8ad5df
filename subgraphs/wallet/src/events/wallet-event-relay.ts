import { type DepositCompletedEvent, type EventBus, OutboxRelay, type WithdrawalRequestedEvent } from '@casinox/events';
import type pg from 'pg';

/**
 * The wallet's outbox (wallet.wallet_event) onto the event bus, one relay per kind: the bonus
 * engine grants deposit bonuses from `wallet.deposit-completed` and ends bonuses from
 * `wallet.withdrawal-requested`, each at least once however the wallet process dies.
 */
export function walletEventRelays(pool: pg.Pool, bus: EventBus) {
  return [
    new OutboxRelay(pool, bus, {
      event: 'wallet.deposit-completed',
      outbox: 'wallet.wallet_event',
      cursor: 'wallet.outbox_cursor',
      toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<DepositCompletedEvent, 'seq' | 'tenantId'>), seq, tenantId }),
    }),
    new OutboxRelay(pool, bus, {
      event: 'wallet.withdrawal-requested',
      outbox: 'wallet.wallet_event',
      cursor: 'wallet.outbox_cursor',
      toPayload: ({ seq, tenantId, payload }) => ({ ...(payload as Omit<WithdrawalRequestedEvent, 'seq' | 'tenantId'>), seq, tenantId }),
    }),
  ] as const;
}
