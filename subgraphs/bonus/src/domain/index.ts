/**
 * # Bonus engine — pure domain
 *
 * Every bonus decision as a pure function: no database, no GraphQL, no clock (callers pass `now`),
 * no other subgraph's code. Services load state, call one of these, and persist the result (and
 * move money through the wallet) in one transaction. Money is `bigint` minor units of the bonus's
 * asset throughout; percentages are integer basis points; every division floors, documented where
 * it happens. Expected outcomes a player or operator can hit are typed results with a stable
 * `code`; only broken invariants (negative balances, two bonuses in play) throw.
 *
 * The life of a bonus:
 * 1. An operator configures a `Campaign` (`campaign.ts`), checked by `validateCampaign` against
 *    the tenant's `BonusSettings` (wagering capped at 10× by default, the UK rule from January 2026).
 * 2. A player claims: `checkClaimEligibility` (campaign open, new-player and opt-in code rules),
 *    `checkClaimVelocity` (one grant per campaign — per period for cashback — and at most N claims
 *    per rolling 24 h), and `calculateBonusAmount` (match % with cap, reload minimum, fixed
 *    no-deposit, free-bet face value) or `calculateCashback` over a `findCashbackPeriod` window.
 * 3. The grant moves only through `transitionGrant`:
 *    PENDING → GRANTED → ACTIVE → ELIGIBLE → COMPLETED, ACTIVE → EXPIRED, ACTIVE → CANCELLED.
 *    `chooseNextGrant` keeps one bonus in play per player and tenant and activates the oldest
 *    waiting one when it ends; `calculateGrantExpiry` starts the clock at activation.
 * 4. While ACTIVE: `checkMaxBet` refuses stakes above the campaign's limit (MAX_BET_EXCEEDED),
 *    the wallet pays stakes from cash and bonus money in the grant's spend order (published with
 *    `bonus.wagering`) and returns winnings in proportion, and each settled bet goes through `applyBet`
 *    (stake × game weight / 100 towards `bonus × multiplier`; `justMet` fires WAGERING_MET once).
 *    A withdrawal asks first and then forfeits the bonus (`planWithdrawalForfeit`).
 * 5. At the end `planConversion` splits the bonus money left in the wallet's bonus account into cash (up to max cash-out)
 *    and forfeit (the rest, or everything on expiry or cancellation); the two always sum to the
 *    balance, so the ledger stays conserved.
 *
 * Idempotency is the caller's: apply each bet once by bet id, convert once by grant id. An
 * illegal transition whose target is the current state is flagged `alreadyApplied` so a replayed
 * event is acknowledged, not treated as a conflict.
 */
export { applyBasisPoints, BASIS_POINTS_PER_WHOLE } from './apply-basis-points.js';
export { DEFAULT_BONUS_SETTINGS, UK_MAX_WAGERING_MULTIPLIER, type BonusSettings } from './bonus-settings.js';
export { calculateBonusAmount, type BonusAmountResult, type QualifyingDeposit } from './calculate-bonus-amount.js';
export { calculateCashback, type CashbackInput } from './calculate-cashback.js';
export { calculateGrantExpiry, isGrantExpired } from './calculate-grant-expiry.js';
export {
  applyBet,
  calculateContribution,
  calculateWageringRequired,
  contributionWeightFor,
  isWageringMet,
  startWagering,
  wageringPercent,
  type AppliedBet,
  type SettledBet,
  type WageringProgress,
  type WageringRules,
} from './calculate-wagering-progress.js';
export {
  BONUS_GAME_CODES,
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  CASHBACK_PERIODS,
  MAX_AMOUNT,
  SPEND_ORDERS,
  type BonusGameCode,
  type Campaign,
  type CampaignDraft,
  type CampaignEligibility,
  type CampaignKind,
  type CampaignStatus,
  type CampaignTerms,
  type CashbackPeriod,
  type CashbackTerms,
  type ContributionWeights,
  type DepositMatchTerms,
  type FreeBetsTerms,
  type MaxBetLimits,
  type NoDepositTerms,
  type ReloadTerms,
  type SpendOrder,
} from './campaign.js';
export { checkClaimEligibility, type ClaimContext, type ClaimEligibility } from './check-claim-eligibility.js';
export {
  CLAIM_WINDOW_MS,
  checkClaimVelocity,
  type ClaimAttempt,
  type ClaimVelocityCheck,
  type PreviousClaim,
} from './check-claim-velocity.js';
export { checkMaxBet, type MaxBetBonus, type MaxBetCheck, type StakeToCheck } from './check-max-bet.js';
export { chooseNextGrant, type NextGrantChoice, type PlayerGrant } from './choose-next-grant.js';
export { findCashbackPeriod, type CashbackWindow } from './find-cashback-period.js';
export {
  FINAL_GRANT_STATES,
  GRANT_EVENTS,
  GRANT_STATES,
  isFinalGrantState,
  type GrantEvent,
  type GrantState,
} from './grant-state.js';
export { planConversion, type ConversionPlan, type GrantEnding } from './plan-conversion.js';
export { planWithdrawalForfeit, type WithdrawalBonus, type WithdrawalForfeitPlan } from './plan-withdrawal-forfeit.js';
export {
  canTransition,
  transitionGrant,
  type GrantTransitionResult,
  type IllegalGrantTransition,
} from './transition-grant.js';
export {
  CASHBACK_PERCENT_BP,
  EXPIRES_IN_DAYS,
  FREE_BET_COUNT,
  MATCH_PERCENT_BP,
  NAME_LENGTH,
  validateCampaign,
  type CampaignProblem,
  type CampaignProblemCode,
  type ValidateCampaignOptions,
} from './validate-campaign.js';
export { calculateConversionRate } from './calculate-conversion-rate.js';
export {
  chooseDepositGrant,
  type CompletedDeposit,
  type DepositGrantChoice,
  type PendingDepositGrant,
} from './choose-deposit-grant.js';
export { countRealMoney, type SettledBetMoney } from './count-real-money.js';
export { deriveGrantRules, type GrantRules } from './derive-grant-rules.js';
export { isPendingGrantLapsed, PENDING_DEPOSIT_DAYS, pendingDepositDeadline } from './is-pending-grant-lapsed.js';
