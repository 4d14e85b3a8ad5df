/**
 * The jackpot engine's pure domain: no database, no GraphQL, no I/O — services load state, call these,
 * and persist the result in one transaction (docs/architecture.md §12). Money is bigint minor units throughout.
 *
 * - Model and configuration: jackpot.ts (types, limits), validate-jackpot.ts (field problems),
 *   merge-jackpot-update.ts (what an edit of a live jackpot may change).
 * - Per settled bet: check-qualifying-bet.ts (draw entries), check-must-drop.ts (MUST_DROP),
 *   decide-progressive-win.ts (PROGRESSIVE, from the block of the bet's fair stream games publishes).
 *   Contributions are computed by games on the bet path (floor(stake × bp / 10,000), split by share,
 *   the remainder to the first tier with a share: see JackpotRulesEvent); the engine records the ones
 *   `bet.settled` carries. calculate-contribution.ts is no longer used here and is not exported.
 * - Provably fair draws (the platform's HMAC-SHA256 scheme, fair-stream.ts): draw-drop-value.ts and
 *   verify-drop-value.ts (a MUST_DROP seeding's hidden value), draw-winner.ts and verify-draw.ts
 *   (FIXED/SPONSORED scheduled draws, stake-weighted).
 * - Wins and schedules: plan-win-payout.ts (pay the pool, reseed from the house), should-reset-fixed.ts
 *   (the daily UTC reset), schedule-draw-period.ts (when FIXED/SPONSORED draw periods open and close).
 * - Live: batch-ticks.ts (at most K `jackpotUpdated` ticks per second per jackpot).
 */
export * from './jackpot.js';
export { validateJackpot, type JackpotInput, type JackpotValidation, type FieldProblems } from './validate-jackpot.js';
export { mergeJackpotUpdate, type JackpotUpdate, type JackpotTierUpdate } from './merge-jackpot-update.js';
export { checkQualifyingBet, type QualifyingBetCheck } from './check-qualifying-bet.js';
export { drawDropValue, dropClientSeed, type DropValueSeeding, type DropValueDraw } from './draw-drop-value.js';
export {
  verifyDropValue,
  type DropValueClaim,
  type DropValueProblem,
  type DropValueVerification,
} from './verify-drop-value.js';
export { checkMustDrop, type MustDropCheck } from './check-must-drop.js';
export {
  decideProgressiveTiers,
  decideProgressiveWin,
  progressiveBlock,
  progressiveRound,
  PROGRESSIVE_ROUND_BASE,
  type BetFairness,
  type TierDecision,
  type ProgressiveDecision,
} from './decide-progressive-win.js';
export {
  drawWinner,
  canonicalEntries,
  digestEntries,
  type DrawEntry,
  type DrawInput,
  type DrawResult,
} from './draw-winner.js';
export { verifyDraw, type PublishedDraw, type DrawProblem, type DrawVerification } from './verify-draw.js';
export {
  planWinPayout,
  type WinPayoutInput,
  type WinPayoutPlan,
  type PayoutLeg,
  type PayoutAccount,
} from './plan-win-payout.js';
export { shouldResetFixed, type FixedResetCheck } from './should-reset-fixed.js';
export { scheduleDrawPeriod, closeDrawPeriod, type DrawPeriod, type DrawPeriodClose } from './schedule-draw-period.js';
export {
  batchTicks,
  tickWindow,
  MAX_TICKS_PER_SECOND,
  type PoolChange,
  type TierPool,
  type JackpotTick,
} from './batch-ticks.js';
