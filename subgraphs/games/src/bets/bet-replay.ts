import { withTenantTransaction } from '@casinox/db';
import type pg from 'pg';
import { betNotFound, rejectionOf, walletUnavailable } from './bet.errors.js';
import { type BetRow, toBetView } from './bet-row.js';
import { BET_COLUMNS, type BetOutcome, type BetRequest } from './bet-shared.js';

/** A bet of the tenant by id (NOT_FOUND otherwise: another tenant's ids look the same). */
export async function loadBet(pool: pg.Pool, tenantId: string, betId: string): Promise<BetRow> {
  const row = await withTenantTransaction(pool, tenantId, async (client) => {
    const { rows } = await client.query<BetRow>(
      `select ${BET_COLUMNS} from games.bet b where b.tenant_id = $1 and b.id = $2`,
      [tenantId, betId],
    );
    return rows[0];
  });
  if (!row) throw betNotFound();
  return row;
}

/** The first call's answer for a key used again: the bet, its refusal, or "retry" while it is still settling. */
export async function replayById(pool: pg.Pool, tenantId: string, betId: string): Promise<BetOutcome> {
  const row = await loadBet(pool, tenantId, betId);
  if (row.status === 'REJECTED') throw rejectionOf(row.id, row.rejection_code ?? 'REJECTED');
  if (row.status === 'PENDING' || row.status === 'CASHING') throw walletUnavailable();
  return { bet: toBetView(row), balanceAfter: null, replayed: true };
}

export async function replayByKey(pool: pg.Pool, request: BetRequest): Promise<BetOutcome> {
  const id = await withTenantTransaction(pool, request.tenantId, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      'select id from games.bet where tenant_id = $1 and player_id = $2 and idempotency_key = $3',
      [request.tenantId, request.playerId, request.idempotencyKey],
    );
    return rows[0]?.id;
  });
  if (!id) throw betNotFound();
  return replayById(pool, request.tenantId, id);
}
