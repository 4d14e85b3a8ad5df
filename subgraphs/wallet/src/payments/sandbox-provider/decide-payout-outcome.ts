/**
 * How the sandbox bank answers a payout, like a card network's test numbers: an amount whose
 * minor units end in 13 (e.g. 50.13) is refused, everything else is paid. Pure, so a test (or a
 * person trying the flow) can trigger a failed payout on purpose.
 */
export function decidePayoutOutcome(amount: bigint): 'succeeded' | 'failed' {
  return amount % 100n === 13n ? 'failed' : 'succeeded';
}
