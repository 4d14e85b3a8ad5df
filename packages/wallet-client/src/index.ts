export { WalletClient, WalletRefusal, WalletUnavailable, type WalletBalance, type WalletResult } from './wallet-client.js';
