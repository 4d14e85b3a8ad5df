/**
 * The ledger keys a provider's verdicts are booked under. Deposits and withdrawals post with
 * them; reconciliation finds what the ledger booked for a provider record by them.
 */

/** The transfer that credits a provider payment (a deposit). */
export const depositCreditKey = (providerPaymentId: string) => `deposit-credit:${providerPaymentId}`;

/** The posting (or voiding) of a withdrawal's hold when the provider answers its payout. */
export const withdrawalSettleKey = (withdrawalId: string) => `withdrawal-settle:${withdrawalId}`;
