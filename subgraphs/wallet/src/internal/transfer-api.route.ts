import { CodedError, type InternalRoute, internalStatus, sendJson } from '@casinox/graphql';
import { mayCallWallet, WALLET_CALLERS } from '@casinox/wallet-client';
import type { LedgerService } from '../ledger/ledger.service.js';
import { RequestReader } from './read-request.js';
import { WALLET_OPERATIONS } from './wallet-operations.js';

const callersOf = (operation: string) =>
  Object.keys(WALLET_CALLERS).filter((caller) => mayCallWallet(caller, operation));

/** Calls one batch may carry (a caller groups what is in flight at once; more waits for the next batch). */
export const MAX_BATCH_CALLS = 64;

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** One operation, answered as its own route answers it, if `caller` may call it. */
async function answer(
  ledger: LedgerService,
  caller: string,
  name: string,
  reader: () => RequestReader,
): Promise<Answer> {
  if (Object.hasOwn(WALLET_OPERATIONS, name) && !mayCallWallet(caller, name)) {
    return { status: 403, body: { ok: false, code: 'FORBIDDEN', message: `${caller} may not call ${name}.` } };
  }
  return runOperation(ledger, name, reader);
}

/** One operation as its route would answer it, whoever asks (in-process: the caller check is the route's). */
export async function runOperation(ledger: LedgerService, name: string, reader: () => RequestReader): Promise<Answer> {
  const operation = Object.hasOwn(WALLET_OPERATIONS, name) ? WALLET_OPERATIONS[name] : undefined;
  if (!operation)
    return {
      status: 404,
      body: {
        ok: false,
        code: 'UNKNOWN_OPERATION',
        message: `There is no wallet operation ${String(name).slice(0, 40)}.`,
      },
    };
  try {
    return { status: 200, body: { ok: true, ...(await operation(ledger, reader())) } };
  } catch (error) {
    if (error instanceof CodedError)
      return { status: internalStatus(error.code), body: { ok: false, code: error.code, message: error.message } };
    throw error;
  }
}

/** The calls of a batch body, or a coded refusal of the whole batch. */
function readCalls(text: string): { operation: string; body: Record<string, unknown> }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CodedError('INVALID_REQUEST', 'The body must be a JSON object.');
  }
  const calls = (parsed as { calls?: unknown } | null)?.calls;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_BATCH_CALLS) {
    throw new CodedError('INVALID_REQUEST', `calls must be a list of 1 to ${MAX_BATCH_CALLS} operations.`);
  }
  return calls.map((call: unknown) => {
    const { operation, body } = (call ?? {}) as { operation?: unknown; body?: unknown };
    if (typeof operation !== 'string' || !body || typeof body !== 'object' || Array.isArray(body)) {
      throw new CodedError('INVALID_REQUEST', 'Each call must be {operation, body} with a JSON object body.');
    }
    return { operation, body: body as Record<string, unknown> };
  });
}

/** `POST /internal/v1/<operation>` and `/batch`: the wallet's transfer API for the other subgraphs (docs/architecture.md §3). */
export function transferApiRoutes(ledger: LedgerService): Record<string, InternalRoute> {
  const routes: Record<string, InternalRoute> = {};
  // An operation no service may call is not served at all (reverse and holds, until one needs them).
  for (const name of Object.keys(WALLET_OPERATIONS).filter((operation) => callersOf(operation).length > 0)) {
    routes[`POST /internal/v1/${name}`] = {
      callers: callersOf(name),
      handle: async (_req, res, body, caller) => {
        const { status, body: answered } = await answer(ledger, caller, name, () =>
          RequestReader.fromJson(body.toString('utf8')),
        );
        sendJson(res, status, answered);
      },
    };
  }
  routes['POST /internal/v1/batch'] = { callers: Object.keys(WALLET_CALLERS), handle: batch };
  return routes;

  async function batch(...[, res, body, caller]: Parameters<InternalRoute['handle']>): Promise<void> {
    let calls: ReturnType<typeof readCalls>;
    try {
      calls = readCalls(body.toString('utf8'));
    } catch (error) {
      const refusal = error as CodedError;
      return sendJson(res, 400, { ok: false, code: refusal.code, message: refusal.message });
    }
    const answers = await Promise.all(
      calls.map(({ operation, body: call }) =>
        answer(ledger, caller, operation, () => new RequestReader(call)).catch((error: unknown): Answer => {
          console.error(`[wallet] batch call ${operation} failed:`, error);
          return {
            status: 500,
            body: { ok: false, code: 'INTERNAL', message: 'The wallet could not complete this call.' },
          };
        }),
      ),
    );
    sendJson(res, 200, { answers });
  }
}
