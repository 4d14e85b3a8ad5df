/**
 * Account types. Player accounts hold a cached balance (one row update per transfer, guarded by a
 * CHECK); every other account is a "hot" tenant account whose balance is derived from its entries
 * (sql/post_transfer.sql says why).
 */
export const ACCOUNT_TYPES = [
  'PLAYER_CASH',
  'PLAYER_BONUS',
  'HOUSE',
  'JACKPOT_POOL',
  'TOURNAMENT_ESCROW',
  'PROVIDER_CLEARING',
  'PLATFORM_COMMISSION',
] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const PLAYER_ACCOUNT_TYPES: readonly AccountType[] = ['PLAYER_CASH', 'PLAYER_BONUS'];
export const TREASURY_ACCOUNT_TYPES = ACCOUNT_TYPES.filter((type) => !PLAYER_ACCOUNT_TYPES.includes(type));

export const isPlayerAccount = (type: AccountType) => PLAYER_ACCOUNT_TYPES.includes(type);

export const TRANSFER_KINDS = [
  'GRANT',
  'BET',
  'WIN',
  'BET_WIN',
  'ROLLBACK',
  'REVERSAL',
  'HOLD_POST',
  'DEPOSIT',
  'WITHDRAWAL',
  'ADJUSTMENT',
  'BONUS_CONVERSION',
  'BONUS_FORFEIT',
  'JACKPOT_WIN',
  'JACKPOT_FUNDING',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const HOLD_STATUSES = ['PENDING', 'POSTED', 'VOIDED'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];
