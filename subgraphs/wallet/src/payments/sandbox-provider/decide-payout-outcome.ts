export interface PayoutOutcome {
  succeeded: boolean;
  /** `lost`: the provider settles it but its webhook never leaves (a merchant must ask again to learn the verdict). */
  webhook: 'sent' | 'lost';
}

/**
 * How the sandbox bank answers a payout, like a card network's test numbers: an amount whose
 * minor units end in 13 (e.g. 50.13) is refused; one ending in 17 is paid but the webhook is
 * lost (the wallet's payout sweep recovers it); everything else is paid and reported. Pure, so a
 * test (or a person trying the flow) can trigger each case on purpose.
 */
export function decidePayoutOutcome(amount: bigint): PayoutOutcome {
  if (amount % 100n === 13n) return { succeeded: false, webhook: 'sent' };
  if (amount % 100n === 17n) return { succeeded: true, webhook: 'lost' };
  return { succeeded: true, webhook: 'sent' };
}
