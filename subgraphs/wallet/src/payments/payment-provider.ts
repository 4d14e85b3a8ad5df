/**
 * What the wallet needs from a payment provider. The sandbox provider implements it; a real one
 * would too. Both calls are idempotent by the merchant reference (our deposit or withdrawal id),
 * and outcomes arrive later, asynchronously, as signed webhooks (see payment-event.ts).
 */
export interface PaymentProvider {
  /** Opens a hosted checkout for a payment in; the player pays on the provider's page. */
  createPayment(
    input: ProviderRequest & { returnUrl: string | null },
  ): Promise<{ paymentId: string; checkoutUrl: string }>;
  /**
   * Sends money out to the player. Asking again for the same reference pays nothing more; for a
   * payout already settled the provider sends its verdict again (how a lost webhook is recovered).
   */
  createPayout(input: ProviderRequest): Promise<{ payoutId: string }>;
  /** The provider's own books for one merchant account (tenant): what it settled, for reconciliation. */
  settlementReport(tenantId: string, recentSince: Date): Promise<SettlementReport>;
}

export interface ProviderRequest {
  /** Our id for it; the provider keeps one payment per reference. */
  reference: string;
  asset: string;
  amount: bigint;
  /** Echoed back in every webhook (we put the tenant id here to scope the handling). */
  metadata: Record<string, string>;
}

/** A settled (successful) payment in or payout, as the provider records it. */
export interface SettledRecord {
  id: string;
  kind: 'PAYMENT' | 'PAYOUT';
  merchantReference: string;
  asset: string;
  amount: bigint;
  settledAt: Date;
}

export interface SettlementReport {
  /** Per asset, the sums of every successful payment in and payout ever settled. */
  totals: { asset: string; paidIn: bigint; paidOut: bigint }[];
  /** The successful records settled at or after `recentSince` (possibly still in transit to the merchant). */
  recent: SettledRecord[];
}
