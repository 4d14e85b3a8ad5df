/** Every `TransactionKind` of the API, in the order a filter lists them, with a human label. */
export const TRANSACTION_KIND_LABELS = {
  DEPOSIT: 'Deposit',
  WITHDRAWAL: 'Withdrawal',
  BET: 'Bet',
  WIN: 'Win',
  BET_WIN: 'Game round',
  ROLLBACK: 'Cancelled bet',
  GRANT: 'Grant',
  ADJUSTMENT: 'Adjustment',
  HOLD_POST: 'Reserved payment',
  REVERSAL: 'Reversal',
  BONUS_CONVERSION: 'Bonus converted',
  BONUS_FORFEIT: 'Bonus forfeited',
  JACKPOT_WIN: 'Jackpot win',
  JACKPOT_FUNDING: 'Jackpot funding',
} as const;

export type TransactionKind = keyof typeof TRANSACTION_KIND_LABELS;

export const TRANSACTION_KINDS = Object.keys(TRANSACTION_KIND_LABELS) as TransactionKind[];

export function isTransactionKind(value: string): value is TransactionKind {
  return Object.hasOwn(TRANSACTION_KIND_LABELS, value);
}
