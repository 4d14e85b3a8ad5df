import { MoneyScalar, PageInfo, problemEnum } from '@casinox/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CampaignKindEnum, SpendOrderEnum } from '../campaigns/campaign.types.js';
import { GRANT_STATES, type CampaignKind, type GrantState, type SpendOrder } from '../domain/index.js';
import type { CancelProblem, ClaimProblem } from './grant.errors.js';
import { GRANT_END_REASONS, type GrantEndReason } from './grant-row.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GrantStateEnum = enumOf(GRANT_STATES);
registerEnumType(GrantStateEnum, {
  name: 'BonusState',
  description:
    'Where a bonus stands: PENDING → GRANTED → ACTIVE → ELIGIBLE → COMPLETED, or ACTIVE → EXPIRED / CANCELLED.',
  valuesConfig: {
    PENDING: {
      description: 'A deposit bonus waiting for its qualifying deposit (no money yet); see depositDeadline and lapsed.',
    },
    GRANTED: { description: 'Awarded and waiting its turn (one bonus plays at a time).' },
    ACTIVE: { description: 'In play: the bonus money is in your bonus wallet and bets count towards wagering.' },
    ELIGIBLE: { description: 'Wagering met; the conversion to cash is under way.' },
    COMPLETED: { description: 'Converted to cash (up to the max cash-out).' },
    EXPIRED: { description: 'Ran out of time; the bonus money was forfeited.' },
    CANCELLED: { description: 'Cancelled; the bonus money was forfeited.' },
  },
});

export const GrantEndReasonEnum = enumOf(GRANT_END_REASONS);
registerEnumType(GrantEndReasonEnum, {
  name: 'BonusEndReason',
  description: 'Why a CANCELLED bonus ended.',
  valuesConfig: {
    PLAYER_CANCELLED: { description: 'You cancelled it; its bonus money was forfeited.' },
    WITHDRAWAL: { description: 'You withdrew while it was in play and agreed to forfeit its bonus money.' },
    BONUS_MONEY_SPENT: {
      description:
        'Its bonus money was all staked and lost before wagering was met (the max bet no longer applies and the next bonus starts).',
    },
  },
});

const claimProblem = problemEnum('ClaimBonusProblem');
export const ClaimProblemEnum = claimProblem.values;
registerEnumType(ClaimProblemEnum, claimProblem.options);

const cancelProblem = problemEnum('CancelBonusProblem');
export const CancelProblemEnum = cancelProblem.values;
registerEnumType(CancelProblemEnum, cancelProblem.options);

@ObjectType('Bonus', { description: "A bonus in a player's hands and its wagering progress." })
export class GrantType {
  @Field(() => ID, { description: 'The bonus (grant) id.' })
  id!: string;

  @Field(() => ID, { description: 'The campaign it came from.' })
  campaignId!: string;

  @Field(() => String, { description: 'The campaign’s name.' })
  campaignName!: string;

  @Field(() => ID, { description: 'The player.' })
  playerId!: string;

  @Field(() => CampaignKindEnum, { nullable: true, description: 'What the campaign gives.' })
  kind!: CampaignKind | null;

  @Field(() => GrantStateEnum, { description: 'Where it stands.' })
  state!: GrantState;

  @Field(() => Date, {
    nullable: true,
    description: 'PENDING: deposit before this to get the bonus (7 days from the claim).',
  })
  depositDeadline!: Date | null;

  @Field(() => Boolean, {
    description:
      'PENDING only: it lapsed (its campaign ended or no qualifying deposit came within 7 days); it stays PENDING for good and no deposit will grant it.',
  })
  lapsed!: boolean;

  @Field(() => SpendOrderEnum, {
    nullable: true,
    description: 'Which money your stakes draw on first while it is active.',
  })
  spendOrder!: SpendOrder | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Games bonus money may be staked on (free bets: their game); null = every game.',
  })
  bonusGames!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Cashback: the period it pays for, e.g. DAILY:2026-03-02.' })
  periodKey!: string | null;

  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'The bonus money awarded (0 while PENDING; free bets: count × stake).' })
  bonusAmount!: bigint;

  @Field(() => MoneyScalar, { description: 'Total contribution needed before it converts (bonus × multiplier).' })
  wageringRequired!: bigint;

  @Field(() => MoneyScalar, { description: 'Contribution so far (stakes × game weights).' })
  wagered!: bigint;

  @Field(() => Int, { description: 'Progress for a bar: 0–100.' })
  wageringPercent!: number;

  @Field(() => MoneyScalar, { description: 'Bonus money converted to cash.' })
  converted!: bigint;

  @Field(() => MoneyScalar, { description: 'Bonus money forfeited to the house.' })
  forfeited!: bigint;

  @Field(() => MoneyScalar, { nullable: true, description: 'The most that converts to cash (null: no cap).' })
  maxCashOut!: bigint | null;

  @Field(() => Date, { description: 'When it was claimed.' })
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it went into play.' })
  activatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it expires if wagering is not met.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether the wallet has credited the bonus money.' })
  funded!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it completed, expired or was cancelled.' })
  endedAt!: Date | null;

  @Field(() => GrantEndReasonEnum, { nullable: true, description: 'Why it was CANCELLED (null otherwise).' })
  endReason!: GrantEndReason | null;
}

@ObjectType('BonusEdge', { description: 'A bonus in a list.' })
export class GrantEdgeType {
  @Field(() => String, { description: 'Where this item sits; pass it as `after` for the items that follow.' })
  cursor!: string;

  @Field(() => GrantType, { description: 'The bonus.' })
  node!: GrantType;
}

@ObjectType('BonusConnection', { description: 'A page of bonuses, newest first.' })
export class GrantConnectionType {
  @Field(() => [GrantEdgeType], { description: 'The bonuses on this page.' })
  edges!: GrantEdgeType[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;
}

@ObjectType('ClaimBonusResult', { description: 'The outcome of a claim: the bonus, or why it was refused.' })
export class ClaimResultType {
  @Field(() => Boolean, { description: 'Whether the claim went through.' })
  ok!: boolean;

  @Field(() => ClaimProblemEnum, { nullable: true, description: 'Why it was refused: branch on this stable code.' })
  code!: ClaimProblem | null;

  @Field(() => String, { nullable: true, description: 'A human explanation of the refusal.' })
  message!: string | null;

  @Field(() => GrantType, {
    nullable: true,
    description: 'The bonus as it stands now (null for a refusal and for a cashback enrolment).',
  })
  bonus!: GrantType | null;

  @Field(() => Boolean, {
    description:
      'True when the claim enrolled you in a cashback campaign: a bonus comes after each period with net losses.',
  })
  enrolled!: boolean;

  @Field(() => Date, { nullable: true, description: 'For CLAIM_VELOCITY_EXCEEDED: when a claim is possible again.' })
  retryAfter!: Date | null;

  @Field(() => Boolean, { description: 'True when this key had been used before and this is the first result.' })
  replayed!: boolean;
}

@ObjectType('CancelBonusResult', { description: 'The outcome of a cancellation.' })
export class CancelResultType {
  @Field(() => Boolean, { description: 'Whether the bonus was cancelled.' })
  ok!: boolean;

  @Field(() => CancelProblemEnum, { nullable: true, description: 'Why not: branch on this stable code.' })
  code!: CancelProblem | null;

  @Field(() => String, { nullable: true, description: 'A human explanation.' })
  message!: string | null;

  @Field(() => GrantType, { description: 'The bonus as it stands now.' })
  bonus!: GrantType;
}
