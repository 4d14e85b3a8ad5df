import type { CallingService } from '@casinox/db';

/**
 * Who may move money how on the wallet's internal API (least privilege), enforced by the wallet:
 * games stakes, pays and rolls back bets; bonus grants, converts and forfeits bonus money; jackpot
 * pays winners and funds pools. Nobody else, and no caller another's operations; `reverse` and
 * holds have no caller yet.
 */
export const WALLET_CALLERS: Readonly<Partial<Record<CallingService, readonly string[]>>> = {
  games: ['bet', 'win', 'bet-win', 'rollback'],
  bonus: ['grant', 'bonus/convert', 'bonus/forfeit', 'balances'],
  jackpot: ['jackpot/pay', 'jackpot/fund', 'pools'],
};

export const mayCallWallet = (caller: string, operation: string): boolean =>
  Object.hasOwn(WALLET_CALLERS, caller) && (WALLET_CALLERS[caller as CallingService]?.includes(operation) ?? false);

/** The service allowed to call `operation`, if any (tests and tools act as it). */
export const walletCallerFor = (operation: string): CallingService | undefined =>
  (Object.keys(WALLET_CALLERS) as CallingService[]).find((caller) => mayCallWallet(caller, operation));
