export {
  WalletClient,
  WalletRefusal,
  WalletUnavailable,
  type BetSplit,
  type PoolContribution,
  type SpendOrder,
  type WalletBalance,
  type WalletResult,
} from './wallet-client.js';
export { WALLET_CALLERS, mayCallWallet, walletCallerFor } from './wallet-callers.js';
