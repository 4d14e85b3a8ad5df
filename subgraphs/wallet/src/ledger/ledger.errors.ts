import { CodedError, type ErrorCode } from '@casinox/graphql';

/** Custom SQLSTATEs raised by the ledger's SQL functions (sql/, e.g. post_transfer.sql). */
const SQLSTATE_CODES: Record<string, ErrorCode> = {
  CX402: 'INSUFFICIENT_FUNDS',
  CX403: 'PLAYER_TENANT_MISMATCH',
  CX404: 'UNKNOWN_ASSET',
  CX409: 'IDEMPOTENCY_KEY_REUSED',
  CX410: 'ALREADY_REVERSED',
  CX411: 'HOLD_NOT_PENDING',
  CX412: 'NOT_REVERSIBLE',
  CX414: 'TRANSFER_NOT_FOUND',
  CX415: 'HOLD_NOT_FOUND',
  CX416: 'BET_ROLLED_BACK',
  CX422: 'UNBALANCED',
  // numeric_value_out_of_range: a sum left the signed 64-bit range.
  '22003': 'AMOUNT_OUT_OF_RANGE',
  // check_violation: the database's own guard on balances (a race the SQL condition lost).
  '23514': 'INSUFFICIENT_FUNDS',
};

/**
 * Maps a database error to a coded error when it is an expected business outcome, else returns
 * null (the caller rethrows: a broken invariant must not masquerade as a business result).
 * 23505 on the reversal key means a concurrent reversal of the same transfer won.
 */
export function ledgerErrorFromDatabase(error: unknown): CodedError | null {
  const candidate = error as { code?: string; constraint?: string; message?: string } | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.code !== 'string') return null;
  if (candidate.code === '23505' && candidate.constraint === 'transfer_tenant_id_reverses_id_unique') {
    return new CodedError('ALREADY_REVERSED', 'This transfer is already reversed.');
  }
  // The amount and balance bounds (migration 20261226) are not a shortage: the message names the constraint.
  if (candidate.code === '23514' && /_bound_check/.test(`${candidate.constraint ?? ''} ${candidate.message ?? ''}`)) {
    return new CodedError('AMOUNT_OUT_OF_RANGE', 'The amount would take a balance beyond what the ledger holds.');
  }
  const code = SQLSTATE_CODES[candidate.code];
  return code ? new CodedError(code, candidate.message ?? code) : null;
}
