import type pg from 'pg';
import type { JackpotOptInPayload, JackpotRulesPayload } from '../jackpots/jackpot-rules.js';

interface OutboxPayloads {
  'jackpot.rules': JackpotRulesPayload;
  'jackpot.opt-in': JackpotOptInPayload;
}

/** Adds an event to the jackpot outbox inside the caller's transaction: it is relayed only if the change commits. */
export async function writeEvent<K extends keyof OutboxPayloads>(
  client: pg.PoolClient,
  tenantId: string,
  kind: K,
  payload: OutboxPayloads[K],
): Promise<void> {
  await client.query(
    `insert into jackpot.jackpot_event (tenant_id, kind, payload, created_at) values ($1, $2, $3, now())`,
    [tenantId, kind, JSON.stringify(payload)],
  );
}
