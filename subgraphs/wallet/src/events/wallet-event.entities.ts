import { outboxEntities } from '@casinox/events';

/** The wallet outbox: `wallet.deposit-completed` and `wallet.withdrawal-requested`, written with the business change (record-wallet-event.ts). */
export const { OutboxEvent: WalletEvent, OutboxCursor } = outboxEntities({
  schema: 'wallet',
  table: 'wallet_event',
  kind: { type: 'text' },
});
