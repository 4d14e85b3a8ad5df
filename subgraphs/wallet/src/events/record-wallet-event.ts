import type { WithdrawalRequestedEvent } from '@casinox/events';
import type pg from 'pg';

/** An outbox row's payload: the event less what the relay adds (its seq and tenant). */
type Payload<E> = Omit<E, 'seq' | 'tenantId'>;

/**
 * `wallet.deposit-completed`, written by the transaction that credited the deposit (the caller's
 * client, inside it). `firstDeposit` is decided here, against the player's other completed
 * deposits; the caller holds the player's deposit lock so two first deposits cannot both be first.
 */
export async function recordDepositCompleted(
  client: pg.ClientBase,
  tenantId: string,
  event: { playerId: string; depositId: string; asset: string; amount: bigint },
): Promise<void> {
  await client.query(
    `insert into wallet.wallet_event (tenant_id, kind, payload, created_at)
     select $1, 'wallet.deposit-completed', jsonb_build_object(
              'playerId', $2::text, 'depositId', $3::text, 'asset', $4::text, 'amount', $5::text,
              'firstDeposit', not exists (select 1 from wallet.deposit d where d.tenant_id = $1 and d.player_id = $2::uuid and d.status = 'SUCCEEDED' and d.id <> $3::uuid),
              'completedAt', $6::text), now()`,
    [tenantId, event.playerId, event.depositId, event.asset, event.amount.toString(), new Date().toISOString()],
  );
}

/** `wallet.withdrawal-requested`, written by the transaction that accepted the withdrawal. */
export async function recordWithdrawalRequested(
  client: pg.ClientBase,
  tenantId: string,
  event: Payload<WithdrawalRequestedEvent>,
): Promise<void> {
  await client.query(
    `insert into wallet.wallet_event (tenant_id, kind, payload, created_at) values ($1, 'wallet.withdrawal-requested', $2, now())`,
    [tenantId, event],
  );
}

/** Serialises a player's deposit completions (the `firstDeposit` decision), for the rest of the transaction. */
export const DEPOSIT_COMPLETION_LOCK = `select pg_advisory_xact_lock(hashtextextended('wallet-deposit:' || $1::text || ':' || $2::text, 0))`;
