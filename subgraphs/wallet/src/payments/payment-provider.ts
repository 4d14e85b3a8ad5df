/**
 * What the wallet needs from a payment provider. The sandbox provider implements it; a real one
 * would too. Both calls are idempotent by the merchant reference (our deposit or withdrawal id),
 * and outcomes arrive later, asynchronously, as signed webhooks (see payment-event.ts).
 */
export interface PaymentProvider {
  /** Opens a hosted checkout for a payment in; the player pays on the provider's page. */
  createPayment(input: ProviderRequest): Promise<{ paymentId: string; checkoutUrl: string }>;
  /** Sends money out to the player. */
  createPayout(input: ProviderRequest): Promise<{ payoutId: string }>;
}

export interface ProviderRequest {
  /** Our id for it; the provider keeps one payment per reference. */
  reference: string;
  asset: string;
  amount: bigint;
  /** Echoed back in every webhook (we put the tenant id here to scope the handling). */
  metadata: Record<string, string>;
}
