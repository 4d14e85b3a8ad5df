import { CodedError } from '@casinox/graphql';
import type { AssetSpec } from '../assets/asset-catalogue.js';
import type { AccountType } from '../ledger/account-types.js';
import type { BalanceAfter, LedgerResult, LedgerService } from '../ledger/ledger.service.js';
import {
  cashOnlySplit,
  type JackpotContribution,
  MAX_CONTRIBUTIONS,
  normaliseContributions,
  planBet,
  planBetWin,
  planBonusConversion,
  planBonusForfeit,
  planGrant,
  planJackpotFunding,
  planJackpotWin,
  planWin,
} from '../ledger/plan-transfer.js';
import { SPEND_ORDERS, type SpendOrder } from '../ledger/split-stake.js';
import { splitWin } from '../ledger/split-win.js';
import type { RequestReader } from './read-request.js';

/** What a read operation answers (no idempotency key, nothing written). */
export interface PoolBalancesResult {
  pools: { pool: string; balance: string }[];
}

/**
 * The seamless-wallet operations behind the internal routes. Each reads and validates its body
 * (nothing is written on bad input), derives the idempotency key from the caller's id, and
 * binds that key to the normalised request (amounts as minor-unit strings), so a retry with the
 * same meaning replays and anything else is IDEMPOTENCY_KEY_REUSED. `balances` and `pools` are
 * reads: no key, nothing written.
 */
export type WalletOperation = (
  ledger: LedgerService,
  body: RequestReader,
) => Promise<LedgerResult | PoolBalancesResult>;

/** At most this many pools per `pools` read. */
const MAX_POOL_READS = 200;

/**
 * A stake's jackpot contributions (`jackpots: [{pool, amount}]`), checked against the stake and in
 * canonical form. The single `jackpot` object of the first version is refused rather than ignored:
 * a caller still sending it would otherwise silently contribute nothing.
 */
function readJackpots(body: RequestReader, asset: AssetSpec, stake: bigint): JackpotContribution[] {
  if (body.has('jackpot'))
    throw new CodedError('INVALID_REQUEST', 'jackpot is replaced by jackpots: [{pool, amount}].', { field: 'jackpot' });
  const items = body
    .objectList('jackpots', MAX_CONTRIBUTIONS)
    .map((item) => ({ pool: item.pool('pool'), amount: item.amount('amount', asset, { allowZero: true }) }));
  return normaliseContributions(stake, items);
}

const readSpendOrder = (body: RequestReader): SpendOrder | null =>
  body.has('spendOrder') && body.optionalText('spendOrder') !== null ? body.oneOf('spendOrder', SPEND_ORDERS) : null;

/**
 * What a bet's key is bound to. `jackpot: null` stays in it (the shape before pools and spend
 * orders existed), so a cash-only bet claimed before this version — a PENDING bet the games
 * recovery re-drives across the upgrade — still replays instead of being IDEMPOTENCY_KEY_REUSED.
 */
function betRequest(input: {
  playerId: string;
  asset: string;
  betId: string;
  stake: bigint;
  win?: bigint;
  jackpots: JackpotContribution[];
  spendOrder: SpendOrder | null;
}) {
  return {
    playerId: input.playerId,
    asset: input.asset,
    betId: input.betId,
    stake: input.stake,
    ...(input.win === undefined ? {} : { win: input.win }),
    jackpot: null,
    jackpots: input.jackpots.length > 0 ? input.jackpots : undefined,
    spendOrder: input.spendOrder ?? undefined,
  };
}

/** bet and bet-win: cash only on the unchanged one-statement path, or split with bonus money in SQL. */
async function postBet(
  ledger: LedgerService,
  body: RequestReader,
  operation: 'bet' | 'bet-win',
): Promise<LedgerResult> {
  const tenantId = body.uuid('tenantId');
  const asset = body.asset();
  const playerId = body.uuid('playerId');
  const betId = body.reference('betId');
  const stake = body.amount('stake', asset);
  const win = operation === 'bet-win' ? body.amount('win', asset, { allowZero: true }) : undefined;
  const jackpots = readJackpots(body, asset, stake);
  const spendOrder = readSpendOrder(body);
  const request = betRequest({ playerId, asset: asset.code, betId, stake, win, jackpots, spendOrder });
  if (spendOrder === null) {
    const plan =
      win === undefined
        ? planBet({ playerId, asset: asset.code, betId, stake, jackpots })
        : planBetWin({ playerId, asset: asset.code, betId, stake, win, jackpots });
    const result = await ledger.post(tenantId, operation, request, plan);
    return { ...result, split: cashOnlySplit(stake, win ?? 0n) };
  }
  return ledger.postSplitBet(tenantId, operation, request, {
    kind: win === undefined ? 'BET' : 'BET_WIN',
    playerId,
    asset: asset.code,
    betId,
    order: spendOrder,
    stake,
    win: win ?? null,
    jackpots,
  });
}

/** With an asset, both player accounts are listed (0 when never opened), so a caller need not guess. */
function withBothPlayerAccounts(balances: BalanceAfter[], asset: string | null): BalanceAfter[] {
  if (asset === null) return balances;
  return (['PLAYER_CASH', 'PLAYER_BONUS'] as const).map(
    (accountType) =>
      balances.find((balance) => balance.accountType === accountType) ?? {
        accountType,
        asset,
        balance: '0',
        available: '0',
      },
  );
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

  /**
   * A multi-step round's stake: `jackpots` move part of it into pools in the same transfer;
   * `spendOrder` lets it draw on bonus money. Keyed `bet:<betId>`.
   */
  bet: (ledger, body) => postBet(ledger, body, 'bet'),

  /**
   * A multi-step round's win. When the bet's stake drew on bonus money the win is split in the same
   * proportion (read from the bet's own entries; no bet posted yet: all cash). The split is kept in
   * the stored result, so a replay answers the first split.
   */
  win: async (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      betId: body.reference('betId'),
      winId: body.optionalReference('winId') ?? '0',
      amount: body.amount('amount', asset),
    };
    const stake = await ledger.betStakeSplit(tenantId, request.betId, request.playerId);
    const split = splitWin({ win: request.amount, stakeFromCash: stake.fromCash, stakeFromBonus: stake.fromBonus });
    const note = {
      split: {
        stakeFromCash: '0',
        stakeFromBonus: '0',
        winToCash: split.toCash.toString(),
        winToBonus: split.toBonus.toString(),
      },
    };
    const result = await ledger.postNoting(tenantId, 'win', request, planWin({ ...request, split }), note);
    // Recorded before wins kept their split: those were all cash.
    return { ...result, split: result.split ?? cashOnlySplit(0n, request.amount) };
  },

  /** An instant game's stake and win in one transfer (jackpots and spendOrder as for `bet`). */
  'bet-win': (ledger, body) => postBet(ledger, body, 'bet-win'),

  /** The player's cash and bonus balances, in every asset or in `asset`. A read: no key. */
  balances: async (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const playerId = body.uuid('playerId');
    const asset = body.has('asset') && body.optionalText('asset') !== null ? body.asset().code : null;
    return {
      balances: withBothPlayerAccounts(await ledger.balances(tenantId, playerId, asset), asset),
      replayed: false,
    };
  },

  /** The ledger balance of each named jackpot pool (JACKPOT_POOL, derived from its entries). A read: no key. */
  pools: async (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    return { pools: await ledger.poolBalances(tenantId, asset.code, body.poolList('pools', MAX_POOL_READS)) };
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
    const request = {
      transferId: body.uuid('transferId'),
      key: body.reference('idempotencyKey'),
      reason: body.optionalText('reason'),
    };
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
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      amount: body.amount('amount', asset),
      key: body.reference('idempotencyKey'),
      grantId: body.reference('grantId'),
    };
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
    const request = {
      playerId: body.uuid('playerId'),
      asset: asset.code,
      pool: body.pool('pool'),
      amount: body.amount('amount', asset),
      winId: body.reference('winId'),
    };
    return ledger.post(tenantId, 'jackpot/pay', request, planJackpotWin(request));
  },

  /** House money into a jackpot pool (seed, reseed, sponsorship), idempotent by the caller's key. */
  'jackpot/fund': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const asset = body.asset();
    const request = {
      asset: asset.code,
      pool: body.pool('pool'),
      amount: body.amount('amount', asset),
      key: body.reference('idempotencyKey'),
      reason: body.optionalText('reason'),
    };
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
    return ledger.resolveHold(tenantId, request, {
      key: `hold-post:${request.key}`,
      holdId: request.holdId,
      post: true,
    });
  },

  'holds/void': (ledger, body) => {
    const tenantId = body.uuid('tenantId');
    const request = { holdId: body.uuid('holdId'), key: body.reference('idempotencyKey') };
    return ledger.resolveHold(tenantId, request, {
      key: `hold-void:${request.key}`,
      holdId: request.holdId,
      post: false,
    });
  },
};
