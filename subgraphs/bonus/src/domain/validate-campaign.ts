import { DEFAULT_BONUS_SETTINGS, type BonusSettings } from './bonus-settings.js';
import { findAsset } from '@casinox/graphql/assets';
import type { FieldProblemCode } from '@casinox/graphql';
import {
  BONUS_GAME_CODES,
  CAMPAIGN_STATUSES,
  CASHBACK_PERIODS,
  MAX_AMOUNT,
  SPEND_ORDERS,
  type CampaignDraft,
  type CampaignTerms,
} from './campaign.js';

/**
 * Everything wrong with a campaign an operator submits, as a list of field problems (empty = valid)
 * so the admin form can mark every bad field at once instead of one per round trip.
 *
 * Bounds, and why:
 * - name: 1..100 characters after trimming.
 * - DEPOSIT_MATCH / RELOAD `percentBp`: integer 1..100 000 (0.01 % to 1 000 %). Real welcome offers
 *   stay well under 1 000 %; anything above is almost surely a unit mistake (percent typed as bp ×100).
 * - CASHBACK `percentBp`: integer 1..10 000 (at most 100 %): paying back more than was lost would
 *   make losing profitable.
 * - Every money field is an integer in minor units that fits a Postgres bigint. Caps, fixed
 *   amounts, free-bet stakes, max-bet limits and max cash-out are > 0 (a zero cap would be a bonus
 *   of nothing; "no cash-out cap" is null, not 0). Minimum deposits are ≥ 0.
 * - FREE_BETS: a known game, count an integer 1..1 000, and count × stake must fit a bigint.
 * - `wageringMultiplier`: integer 0..the tenant's `maxWageringMultiplier` (default 10, the UK cap).
 * - `contributionWeights`: keys are known game codes, values integers 0..100. When wagering is
 *   required (multiplier > 0) at least one game must contribute, or the bonus could never be
 *   completed.
 * - `maxBet` keys and `eligibility.asset`: asset codes, 2..12 upper-case letters or digits
 *   starting with a letter (whether the asset exists is the wallet's call).
 * - `optInCode`: null/absent, or 3..32 letters, digits, `_` or `-` (codes are matched
 *   case-insensitively, so case carries no meaning).
 * - `expiresInDays`: integer 1..365.
 * - `validUntil`: null or a real date; an ACTIVE campaign's must be in the future when `now` is
 *   given (a paused or ended campaign may keep a past date).
 * - enums (`terms.kind`, `terms.period`, `status`, `spendOrder`) must be known values: input may
 *   come from JSON, not only from typed code.
 *
 * A tenant setting that is not a non-negative integer is a broken invariant, not an operator
 * mistake, and throws.
 */

/** The `fields[].code` of a refused campaign, from the catalogue (docs/errors.md, Field problems). */
export type CampaignProblemCode = FieldProblemCode;

export interface CampaignProblem {
  /** Path of the offending field, e.g. `terms.percentBp`, `contributionWeights.SLOTS`, `maxBet.EUR`. */
  field: string;
  code: CampaignProblemCode;
  message: string;
}

export interface ValidateCampaignOptions {
  settings?: BonusSettings;
  now?: Date;
}

export const MATCH_PERCENT_BP = { min: 1, max: 100_000 } as const;
export const CASHBACK_PERCENT_BP = { min: 1, max: 10_000 } as const;
export const FREE_BET_COUNT = { min: 1, max: 1_000 } as const;
export const EXPIRES_IN_DAYS = { min: 1, max: 365 } as const;
export const NAME_LENGTH = { min: 1, max: 100 } as const;

const ASSET_CODE = /^[A-Z][A-Z0-9]{1,11}$/;
const OPT_IN_CODE = /^[A-Za-z0-9_-]{3,32}$/;

export function validateCampaign(draft: CampaignDraft, options: ValidateCampaignOptions = {}): CampaignProblem[] {
  const settings = options.settings ?? DEFAULT_BONUS_SETTINGS;
  if (!Number.isSafeInteger(settings.maxWageringMultiplier) || settings.maxWageringMultiplier < 0) {
    throw new RangeError(
      `Tenant maxWageringMultiplier must be a non-negative integer, got ${settings.maxWageringMultiplier}.`,
    );
  }
  const problems: CampaignProblem[] = [];
  const add = (field: string, code: CampaignProblemCode, message: string) => problems.push({ field, code, message });

  const integerIn = (field: string, value: unknown, min: number, max: number) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      add(field, 'NOT_INTEGER', `${field} must be an integer.`);
    else if (value < min || value > max) add(field, 'OUT_OF_RANGE', `${field} must be between ${min} and ${max}.`);
  };
  // Amounts are in the campaign's asset; the platform catalogue bounds one money input of it.
  const eligibility = draft.eligibility;
  const campaignAsset =
    typeof eligibility.asset === 'string' && ASSET_CODE.test(eligibility.asset) ? findAsset(eligibility.asset) : null;
  const maxAmount = campaignAsset?.maxAmount ?? MAX_AMOUNT;
  const amountIn = (field: string, value: unknown, min: bigint, max: bigint = maxAmount) => {
    if (typeof value !== 'bigint') add(field, 'REQUIRED', `${field} must be an amount in minor units.`);
    else if (value < min || value > max) add(field, 'OUT_OF_RANGE', `${field} must be between ${min} and ${max}.`);
  };
  const oneOf = (field: string, value: unknown, allowed: readonly string[]) => {
    if (typeof value !== 'string' || !allowed.includes(value))
      add(field, 'UNKNOWN_VALUE', `${field} must be one of ${allowed.join(', ')}.`);
  };

  const name = typeof draft.name === 'string' ? draft.name.trim() : '';
  if (name.length < NAME_LENGTH.min) add('name', 'REQUIRED', 'name is required.');
  else if (name.length > NAME_LENGTH.max)
    add('name', 'OUT_OF_RANGE', `name must be at most ${NAME_LENGTH.max} characters.`);

  oneOf('status', draft.status, CAMPAIGN_STATUSES);
  oneOf('spendOrder', draft.spendOrder, SPEND_ORDERS);
  validateTerms(draft.terms, { add, integerIn, amountIn, oneOf, maxAmount });

  amountIn('eligibility.minDeposit', eligibility.minDeposit, 0n);
  if (typeof eligibility.asset !== 'string' || !ASSET_CODE.test(eligibility.asset)) {
    add('eligibility.asset', 'INVALID_FORMAT', 'eligibility.asset must be an asset code such as EUR.');
  } else if (!campaignAsset) {
    add('eligibility.asset', 'UNKNOWN_VALUE', `${eligibility.asset} is not an asset the platform knows.`);
  }
  if (
    eligibility.optInCode != null &&
    (typeof eligibility.optInCode !== 'string' || !OPT_IN_CODE.test(eligibility.optInCode))
  ) {
    add('eligibility.optInCode', 'INVALID_FORMAT', 'eligibility.optInCode must be 3 to 32 letters, digits, _ or -.');
  }

  integerIn('wageringMultiplier', draft.wageringMultiplier, 0, settings.maxWageringMultiplier);

  let anyGameCounts = false;
  for (const [game, weight] of Object.entries(draft.contributionWeights ?? {})) {
    const field = `contributionWeights.${game}`;
    if (!(BONUS_GAME_CODES as readonly string[]).includes(game)) add(field, 'UNKNOWN_VALUE', `${game} is not a game.`);
    else integerIn(field, weight, 0, 100);
    if (typeof weight === 'number' && weight > 0) anyGameCounts = true;
  }
  if (typeof draft.wageringMultiplier === 'number' && draft.wageringMultiplier > 0 && !anyGameCounts) {
    add(
      'contributionWeights',
      'NEVER_WAGERABLE',
      'At least one game must contribute to wagering when a multiplier is set.',
    );
  }

  for (const [asset, limit] of Object.entries(draft.maxBet ?? {})) {
    const field = `maxBet.${asset}`;
    if (!ASSET_CODE.test(asset)) add(field, 'INVALID_FORMAT', `${asset} is not an asset code.`);
    else if (!findAsset(asset)) add(field, 'UNKNOWN_VALUE', `${asset} is not an asset the platform knows.`);
    else amountIn(field, limit, 1n, findAsset(asset)!.maxAmount);
  }

  integerIn('expiresInDays', draft.expiresInDays, EXPIRES_IN_DAYS.min, EXPIRES_IN_DAYS.max);

  if (draft.validUntil != null) {
    if (!(draft.validUntil instanceof Date) || Number.isNaN(draft.validUntil.getTime())) {
      add('validUntil', 'INVALID_FORMAT', 'validUntil must be a date.');
    } else if (options.now && draft.status === 'ACTIVE' && draft.validUntil.getTime() <= options.now.getTime()) {
      add('validUntil', 'IN_PAST', 'An active campaign must end in the future.');
    }
  }

  if (draft.maxCashOut != null) amountIn('maxCashOut', draft.maxCashOut, 1n);

  return problems;
}

interface Checks {
  add: (field: string, code: CampaignProblemCode, message: string) => void;
  integerIn: (field: string, value: unknown, min: number, max: number) => void;
  amountIn: (field: string, value: unknown, min: bigint) => void;
  oneOf: (field: string, value: unknown, allowed: readonly string[]) => void;
  maxAmount: bigint;
}

function validateTerms(terms: CampaignTerms, { add, integerIn, amountIn, oneOf, maxAmount }: Checks): void {
  switch (terms.kind) {
    case 'DEPOSIT_MATCH':
      integerIn('terms.percentBp', terms.percentBp, MATCH_PERCENT_BP.min, MATCH_PERCENT_BP.max);
      amountIn('terms.cap', terms.cap, 1n);
      return;
    case 'RELOAD':
      integerIn('terms.percentBp', terms.percentBp, MATCH_PERCENT_BP.min, MATCH_PERCENT_BP.max);
      amountIn('terms.cap', terms.cap, 1n);
      amountIn('terms.minDeposit', terms.minDeposit, 0n);
      return;
    case 'NO_DEPOSIT':
      amountIn('terms.amount', terms.amount, 1n);
      return;
    case 'FREE_BETS':
      oneOf('terms.game', terms.game, BONUS_GAME_CODES);
      integerIn('terms.count', terms.count, FREE_BET_COUNT.min, FREE_BET_COUNT.max);
      amountIn('terms.stake', terms.stake, 1n);
      if (
        Number.isInteger(terms.count) &&
        terms.count > 0 &&
        typeof terms.stake === 'bigint' &&
        BigInt(terms.count) * terms.stake > maxAmount
      ) {
        add('terms.stake', 'OUT_OF_RANGE', `count × stake (the bonus granted) must be at most ${maxAmount}.`);
      }
      return;
    case 'CASHBACK':
      integerIn('terms.percentBp', terms.percentBp, CASHBACK_PERCENT_BP.min, CASHBACK_PERCENT_BP.max);
      oneOf('terms.period', terms.period, CASHBACK_PERIODS);
      amountIn('terms.cap', terms.cap, 1n);
      return;
    default: {
      const unknown: { kind?: unknown } = terms;
      add('terms.kind', 'UNKNOWN_VALUE', `Unknown campaign kind ${String(unknown.kind)}.`);
    }
  }
}
