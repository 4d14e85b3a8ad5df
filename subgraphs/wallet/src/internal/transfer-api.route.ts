import { verifyServiceAuthorization } from '@casinox/auth';
import { type RouteHandler, sendJson } from '@casinox/graphql';
import { LedgerError, type LedgerErrorCode } from '../ledger/ledger.errors.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { RequestReader } from './read-request.js';
import { WALLET_OPERATIONS } from './wallet-operations.js';

/** HTTP status per failure code; the body always carries the stable code. */
const STATUS: Partial<Record<LedgerErrorCode, number>> = {
  INVALID_REQUEST: 400,
  INVALID_AMOUNT: 400,
  AMOUNT_PRECISION: 400,
  AMOUNT_OUT_OF_RANGE: 400,
  UNBALANCED: 400,
  PLAYER_TENANT_MISMATCH: 403,
  UNKNOWN_ASSET: 404,
  ACCOUNT_NOT_FOUND: 404,
  TRANSFER_NOT_FOUND: 404,
  HOLD_NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  ALREADY_REVERSED: 409,
  NOT_REVERSIBLE: 409,
  HOLD_NOT_PENDING: 409,
  BET_ROLLED_BACK: 409,
  INSUFFICIENT_FUNDS: 422,
};

/**
 * `POST /internal/v1/<operation>`: the wallet's transfer API for the other subgraphs, never
 * routed by the gateway and authenticated with the shared SERVICE_SECRET. Success is
 * `200 {ok: true, ...result}`; an expected failure is `4xx {ok: false, code, message}` with a
 * stable code, so a caller branches on `code`, never on text.
 */
export function transferApiRoutes(ledger: LedgerService, serviceSecret: string): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {};
  for (const [name, operation] of Object.entries(WALLET_OPERATIONS)) {
    routes[`POST /internal/v1/${name}`] = async (req, res, body) => {
      try {
        verifyServiceAuthorization(serviceSecret, req.headers.authorization);
      } catch {
        return sendJson(res, 401, { ok: false, code: 'UNAUTHENTICATED', message: 'Service authorization required.' });
      }
      try {
        const result = await operation(ledger, RequestReader.fromJson(body.toString('utf8')));
        return sendJson(res, 200, { ok: true, ...result });
      } catch (error) {
        if (error instanceof LedgerError) {
          return sendJson(res, STATUS[error.code as LedgerErrorCode] ?? 400, { ok: false, code: error.code, message: error.message });
        }
        throw error;
      }
    };
  }
  return routes;
}
