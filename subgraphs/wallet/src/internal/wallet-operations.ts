import type { AccountType } from '../ledger/account-types.js';
import type { LedgerResult, LedgerService } from '../ledger/ledger.service.js';
import { type JackpotContribution, planBet, planBetWin, planBonusConversion, planBonusForfeit, planGrant, planJackpotFunding, planJackpotWin, planWin } from '../ledger/plan-transfer.js';
import type { RequestReader } from './read-request.js';

/**
 * The seamless-wallet operations behind the internal routes. Each reads and validates its body
 * (nothing is written on bad input), derives the idempotency key from the caller's id, and
 * binds that key to the normalised request (amounts as minor-unit strings), so a retry with the
 * same meaning replays and anything else is IDEMPOTENCY_KEY_REUSED.
 */
export type WalletOperation = (ledger: LedgerService, body: RequestReader) => Promise<LedgerResult>;

function readJackpot(body: RequestReader, asset: Parameters<RequestReader['amount']>[1]): JackpotContribution | null {
  const jackpot = body.optionalObject('jackpot');
  if (!jackpot) return null;
  return { pool: jackpot.reference('pool'), amount: jackpot.amount('amount', asset, { allowZero: true }) };
}

const HOLD_DESTINATIONS = ['PROVIDER_CLEARING', 'TOURNAMENT_ESCROW'] as const satisfies readonly AccountType[];

export const WALLET_OPERATIONS: Record<string, WalletOperation> = {
  grant: (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      amount: body.amount('amount', asset),
      key: body.reference('idempotencyKey'),
      wallet: body.oneOf('wallet', ['CASH', 'BONUS'] as const, 'CASH'),
      reason: body.optionalText('reason'),
    };
    return ledger.post(tenantId, 'grant', request, planGrant(request));
  },

  bet: (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = { playerId: body.uuid('playerId'), asset: asset.code, betId: body.reference('betId'), stake: body.amount('stake', asset), jackpot: readJackpot(body, asset) };
    return ledger.post(tenantId, 'bet', request, planBet(request));
  },

  win: (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      betId: body.reference('betId'),
      winId: body.optionalReference('winId') ?? '0',
      amount: body.amount('amount', asset),
    };
    return ledger.post(tenantId, 'win', request, planWin(request));
  },

  'bet-win': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      betId: body.reference('betId'),
      stake: body.amount('stake', asset),
      win: body.amount('win', asset, { allowZero: true }),
      jackpot: readJackpot(body, asset),
    };
    return ledger.post(tenantId, 'bet-win', request, planBetWin(request));
  },

  /**
   * Reverses the bet (or bet+win) posted for `betId`, exactly once. A rollback that arrives before
   * its bet succeeds with status TOMBSTONED, and the late bet is refused (BET_ROLLED_BACK).
   */
  rollback: (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const request = { playerId: body.uuid('playerId'), betId: body.reference('betId') };
    return ledger.rollbackBet(tenantId, request, request.betId);
  },

  /** A correction of any transfer by id (operator adjustments will use it), exactly once. */
  reverse: (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const request = { transferId: body.uuid('transferId'), key: body.reference('idempotencyKey'), reason: body.optionalText('reason') };
    return ledger.reverse(tenantId, 'reverse', request, {
      key: `reverse:${request.key}`,
      kind: 'REVERSAL',
      originalId: request.transferId,
      metadata: request.reason ? { reason: request.reason } : {},
    });
  },

  /** Bonus money to cash when a bonus completes, idempotent by the caller's key. */
  'bonus/convert': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = { playerId: body.uuid('playerId'), asset: asset.code, amount: body.amount('amount', asset), key: body.reference('idempotencyKey'), grantId: body.reference('grantId') };
    return ledger.post(tenantId, 'bonus/convert', request, planBonusConversion(request));
  },

  /** Bonus money back to the house (expiry, cancellation, the part above max cash-out). */
  'bonus/forfeit': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      amount: body.amount('amount', asset),
      key: body.reference('idempotencyKey'),
      grantId: body.reference('grantId'),
      reason: body.optionalText('reason'),
    };
    return ledger.post(tenantId, 'bonus/forfeit', request, planBonusForfeit(request));
  },

  /** A jackpot pays its winner from the pool, once per win id. */
  'jackpot/pay': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = { playerId: body.uuid('playerId'), asset: asset.code, pool: body.reference('pool'), amount: body.amount('amount', asset), winId: body.reference('winId') };
    return ledger.post(tenantId, 'jackpot/pay', request, planJackpotWin(request));
  },

  /** House money into a jackpot pool (seed, reseed, sponsorship), idempotent by the caller's key. */
  'jackpot/fund': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = { asset: asset.code, pool: body.reference('pool'), amount: body.amount('amount', asset), key: body.reference('idempotencyKey'), reason: body.optionalText('reason') };
    return ledger.post(tenantId, 'jackpot/fund', request, planJackpotFunding(request));
  },

  'holds/place': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      amount: body.amount('amount', asset),
      key: body.reference('idempotencyKey'),
      destination: body.oneOf('destination', HOLD_DESTINATIONS),
      destinationRef: body.optionalReference('destinationRef') ?? '',
    };
    return ledger.placeHold(tenantId, request, {
      key: `hold:${request.key}`,
      playerId: request.playerId,
      asset: request.asset,
      accountType: 'PLAYER_CASH',
      amount: request.amount,
      destinationType: request.destination,
      destinationHolder: request.destinationRef,
    });
  },

  'holds/post': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const request = { holdId: body.uuid('holdId'), key: body.reference('idempotencyKey') };
    return ledger.resolveHold(tenantId, request, { key: `hold-post:${request.key}`, holdId: request.holdId, post: true });
  },

  'holds/void': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const request = { holdId: body.uuid('holdId'), key: body.reference('idempotencyKey') };
    return ledger.resolveHold(tenantId, request, { key: `hold-void:${request.key}`, holdId: request.holdId, post: false });
  },
};
