import type pg from 'pg';
import { requestHash } from '../ledger/request-hash.js';

/** How an outcome is kept in the idempotency record (JSON) and read back for a replay. */
export interface OutcomeCodec<T> {
  write(outcome: T): Record<string, unknown>;
  read(stored: Record<string, unknown>): T;
}

export interface KeyedRequest {
  tenantId: string;
  /** The stored key, already scoped to its actor (e.g. `withdrawal.approve:<operatorId>:<client key>`). */
  key: string;
  /** ≤ 32 characters; bound into the hash with the request. */
  operation: string;
  /** What the key is bound to: the same key with another request is IDEMPOTENCY_KEY_REUSED. */
  request: unknown;
}

/**
 * Stripe-style idempotency for an action inside the caller's transaction: the first request
 * with a key claims it, runs `work`, and stores the outcome — a success or a typed refusal alike —
 * in the same transaction, so it commits (or rolls back) with the change it describes. A replay
 * returns the stored outcome without running anything; a concurrent duplicate waits for the first
 * to commit, then replays it. Errors (thrown) roll the claim back and are not stored.
 */
export async function onceByKey<T>(
  client: pg.PoolClient,
  request: KeyedRequest,
  codec: OutcomeCodec<T>,
  work: () => Promise<T>,
): Promise<{ outcome: T; replayed: boolean }> {
  const claimed = await client.query<{ result: Record<string, unknown> | null }>(
    `select wallet.claim_idempotency_key($1, $2, $3, $4) as result`,
    [request.tenantId, request.key, requestHash(request.operation, request.request), request.operation],
  );
  const stored = claimed.rows[0]?.result;
  if (stored) return { outcome: codec.read(stored), replayed: true };
  const outcome = await work();
  await client.query(`update wallet.idempotency_record set result = $3 where tenant_id = $1 and key = $2`, [
    request.tenantId,
    request.key,
    codec.write(outcome),
  ]);
  return { outcome, replayed: false };
}
