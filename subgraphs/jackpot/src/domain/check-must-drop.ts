/**
 * Whether a bet makes a MUST_DROP tier drop.
 *
 * poolAfter = poolBefore + contribution (the bet's part for this tier, as `bet.settled` carries it). The bet
 * wins the tier when it contributes (contribution > 0) and poolAfter ≥ dropValue: the bet that makes the
 * pool reach the hidden value wins, and reaching it exactly counts. Because dropValue ≤ maxDropValue, the
 * pool can never pass the advertised maximum without a drop: the winning bet is the first whose
 * contribution takes the pool to or past the drop value, so every pool a bet leaves without a drop is
 * below dropValue ≤ max. The win pays poolAfter — the winning bet's own contribution included
 * (plan-win-payout.ts).
 *
 * A bet that contributes nothing (a non-qualifying bet, or a stake too small for one minor unit) never
 * wins, even if the pool already stands at the value — which happens only when contributions carried
 * over from the previous seeding start the pool at or past it; then the next contributing bet wins.
 * Pure.
 */
export interface MustDropCheck {
  readonly drops: boolean;
  readonly poolAfter: bigint;
}

export function checkMustDrop(input: {
  readonly poolBefore: bigint;
  readonly contribution: bigint;
  readonly dropValue: bigint;
}): MustDropCheck {
  const { poolBefore, contribution, dropValue } = input;
  if (poolBefore < 0n || contribution < 0n) throw new RangeError('A pool and a contribution cannot be negative.');
  const poolAfter = poolBefore + contribution;
  return { drops: contribution > 0n && poolAfter >= dropValue, poolAfter };
}
