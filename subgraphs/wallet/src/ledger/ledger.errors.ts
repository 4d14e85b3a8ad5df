import { CodedError, type CommonErrorCode } from '@casinox/graphql';

/**
 * The codes the wallet adds to the shared ones. Part of the contract with the other subgraphs
 * (internal API) and the apps (GraphQL): they never change once released.
 */
export type LedgerErrorCode =
  | CommonErrorCode
  | 'INVALID_REQUEST'
  | 'INVALID_AMOUNT'
  | 'AMOUNT_PRECISION'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'UNKNOWN_ASSET'
  | 'ASSET_NOT_OFFERED'
  | 'PLAYER_NOT_FOUND'
  | 'INSUFFICIENT_FUNDS'
  | 'ACCOUNT_NOT_FOUND'
  | 'PLAYER_TENANT_MISMATCH'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'TRANSFER_NOT_FOUND'
  | 'ALREADY_REVERSED'
  | 'NOT_REVERSIBLE'
  | 'HOLD_NOT_FOUND'
  | 'HOLD_NOT_PENDING'
  | 'UNBALANCED'
  | 'PAYMENT_MISMATCH'
  | 'WITHDRAWAL_NOT_FOUND'
  | 'ADJUSTMENT_NOT_FOUND'
  | 'BET_ROLLED_BACK'
  | 'INVALID_RETURN_URL'
  | 'BONUS_FORFEIT_CONFIRMATION_REQUIRED';

export class LedgerError extends CodedError {
  constructor(code: LedgerErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'LedgerError';
  }
}

/** Custom SQLSTATEs raised by the ledger's SQL functions (see the ledger migration). */
const SQLSTATE_CODES: Record<string, LedgerErrorCode> = {
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
 * Maps a database error to a ledger error when it is an expected business outcome, else returns
 * null (the caller rethrows: a broken invariant must not masquerade as a business result).
 * 23505 on the reversal key means a concurrent reversal of the same transfer won.
 */
export function ledgerErrorFromDatabase(error: unknown): LedgerError | null {
  const candidate = error as { code?: string; constraint?: string; message?: string } | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.code !== 'string') return null;
  if (candidate.code === '23505' && candidate.constraint === 'transfer_tenant_id_reverses_id_unique') {
    return new LedgerError('ALREADY_REVERSED', 'This transfer is already reversed.');
  }
  // The amount and balance bounds (migration 20261226) are not a shortage: the message names the constraint.
  if (candidate.code === '23514' && /_bound_check/.test(`${candidate.constraint ?? ''} ${candidate.message ?? ''}`)) {
    return new LedgerError('AMOUNT_OUT_OF_RANGE', 'The amount would take a balance beyond what the ledger holds.');
  }
  const code = SQLSTATE_CODES[candidate.code];
  return code ? new LedgerError(code, candidate.message ?? code) : null;
}
