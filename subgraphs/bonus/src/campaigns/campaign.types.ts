import { MoneyScalar, PageInfo } from '@casinox/graphql';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  CASHBACK_PERIODS,
  SPEND_ORDERS,
  type CampaignKind,
  type CampaignStatus,
  type CashbackPeriod,
  type SpendOrder,
} from '../domain/index.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CampaignKindEnum = enumOf(CAMPAIGN_KINDS);
registerEnumType(CampaignKindEnum, {
  name: 'BonusKind',
  description: 'What a bonus campaign gives.',
  valuesConfig: {
    DEPOSIT_MATCH: { description: 'A percentage of a qualifying deposit, capped.' },
    NO_DEPOSIT: { description: 'A fixed amount, no deposit needed.' },
    FREE_BETS: { description: 'A number of bets of a fixed stake on one game.' },
    CASHBACK: { description: 'A percentage of net losses over a period, capped.' },
    RELOAD: { description: 'A deposit match for existing players, with its own minimum deposit.' },
  },
});

export const CampaignStatusEnum = enumOf(CAMPAIGN_STATUSES);
registerEnumType(CampaignStatusEnum, {
  name: 'BonusCampaignStatus',
  description: 'Whether a campaign accepts claims.',
  valuesConfig: {
    ACTIVE: { description: 'Open for claims.' },
    PAUSED: { description: 'Closed for now; may resume.' },
    ENDED: { description: 'Closed for good (grants already made run on).' },
  },
});

export const SpendOrderEnum = enumOf(SPEND_ORDERS);
registerEnumType(SpendOrderEnum, {
  name: 'BonusSpendOrder',
  description: 'Which money a stake draws on first while a bonus is active.',
  valuesConfig: {
    REAL_FIRST: { description: 'Cash first, then bonus money.' },
    BONUS_FIRST: { description: 'Bonus money first, then cash.' },
  },
});

export const CashbackPeriodEnum = enumOf(CASHBACK_PERIODS);
registerEnumType(CashbackPeriodEnum, {
  name: 'CashbackPeriod',
  description: 'The window a cashback bonus counts losses over.',
});

@ObjectType('BonusGameWeight', { description: 'How much of a stake on one game counts towards wagering.' })
export class GameWeightType {
  @Field(() => String, { description: 'The game code (DICE, LIMBO, ROULETTE, SLOTS, MINES).' })
  game!: string;

  @Field(() => Int, { description: 'Percent (0–100) of the stake that counts.' })
  percent!: number;
}

@InputType('BonusGameWeightInput', {
  description: 'How much of a stake on one game counts towards wagering; games not listed do not count.',
})
export class GameWeightInput {
  @Field(() => String, { description: 'The game code (DICE, LIMBO, ROULETTE, SLOTS, MINES).' })
  game!: string;

  @Field(() => Int, { description: 'Percent (0–100) of the stake that counts.' })
  percent!: number;
}

@ObjectType('BonusAssetLimit', { description: 'An amount in one asset.' })
export class AssetLimitType {
  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'The amount, in minor units.' })
  amount!: bigint;
}

@InputType('BonusAssetLimitInput', { description: 'An amount in one asset.' })
export class AssetLimitInput {
  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'The amount, in minor units.' })
  amount!: bigint;
}

@ObjectType('BonusCampaign', {
  description: 'A bonus campaign an operator runs: what it gives, who may claim it and the wagering rules.',
})
export class CampaignType {
  @Field(() => ID, { description: 'The campaign id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => CampaignStatusEnum, { description: 'Whether it accepts claims.' })
  status!: CampaignStatus;

  @Field(() => CampaignKindEnum, { description: 'What it gives.' })
  kind!: CampaignKind;

  @Field(() => Int, {
    nullable: true,
    description: 'DEPOSIT_MATCH, RELOAD, CASHBACK: the percentage in basis points (10000 = 100 %).',
  })
  percentBp!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'DEPOSIT_MATCH, RELOAD, CASHBACK: the largest bonus.' })
  cap!: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'NO_DEPOSIT: the bonus amount.' })
  amount!: bigint | null;

  @Field(() => String, { nullable: true, description: 'FREE_BETS: the game.' })
  freeBetGame!: string | null;

  @Field(() => Int, { nullable: true, description: 'FREE_BETS: how many bets.' })
  freeBetCount!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'FREE_BETS: the stake of each.' })
  freeBetStake!: bigint | null;

  @Field(() => CashbackPeriodEnum, { nullable: true, description: 'CASHBACK: the period losses are counted over.' })
  cashbackPeriod!: CashbackPeriod | null;

  @Field(() => String, { description: 'The asset the bonus is paid and wagered in.' })
  asset!: string;

  @Field(() => MoneyScalar, {
    description:
      'Smallest qualifying deposit (deposit kinds); for RELOAD the larger of this and its own minimum applies.',
  })
  minDeposit!: bigint;

  @Field(() => Boolean, { description: 'Only players without an earlier bonus claim in this casino may claim.' })
  newPlayersOnly!: boolean;

  @Field(() => Boolean, { description: 'Whether a claim must quote the campaign’s code.' })
  requiresOptInCode!: boolean;

  @Field(() => String, { nullable: true, description: 'The opt-in code (operators only; null for players).' })
  optInCode!: string | null;

  @Field(() => Int, { description: 'Wagering required = bonus × this.' })
  wageringMultiplier!: number;

  @Field(() => [GameWeightType], { description: 'Game contribution weights; games not listed do not count.' })
  contributionWeights!: GameWeightType[];

  @Field(() => [AssetLimitType], { description: 'Largest stake per asset while the bonus is active.' })
  maxBet!: AssetLimitType[];

  @Field(() => Int, { description: 'Days a bonus lasts from its activation.' })
  expiresInDays!: number;

  @Field(() => Date, { nullable: true, description: 'When the campaign stops accepting claims (null: open-ended).' })
  validUntil!: Date | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The most bonus money that converts to cash on completion (null: no cap).',
  })
  maxCashOut!: bigint | null;

  @Field(() => SpendOrderEnum, { description: 'Which money a stake draws on first.' })
  spendOrder!: SpendOrder;

  @Field(() => Int, { description: 'Claims made so far (cashback: enrolments).' })
  claims!: number;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType('BonusCampaignStats', { description: "What a campaign's bonuses have done so far (operators)." })
export class CampaignStatsType {
  @Field(() => Int, {
    description: 'Bonuses awarded (every grant but the deposit bonuses still waiting for their deposit).',
  })
  grants!: number;

  @Field(() => Int, {
    description: 'Deposit bonuses claimed and waiting for a qualifying deposit (PENDING, including lapsed ones).',
  })
  pending!: number;

  @Field(() => Int, { description: 'Bonuses in play now (ACTIVE, or ELIGIBLE while converting).' })
  active!: number;

  @Field(() => Int, { description: 'Bonuses that met their wagering and converted to cash.' })
  completed!: number;

  @Field(() => Int, { description: 'Bonuses that ran out of time.' })
  expired!: number;

  @Field(() => Int, { description: 'Bonuses cancelled by the player or by a withdrawal.' })
  cancelled!: number;

  @Field(() => MoneyScalar, { description: 'Bonus money awarded, in minor units of the campaign’s asset.' })
  granted!: bigint;

  @Field(() => MoneyScalar, { description: 'Bonus money converted to cash: what the campaign cost the casino.' })
  converted!: bigint;

  @Field(() => MoneyScalar, { description: 'Bonus money forfeited back to the house.' })
  forfeited!: bigint;

  @Field(() => Float, {
    nullable: true,
    description: 'Completed / ended (completed + expired + cancelled), 0–1; null while none has ended.',
  })
  conversionRate!: number | null;
}

@ObjectType('BonusCampaignEdge', { description: 'A campaign in a list.' })
export class CampaignEdgeType {
  @Field(() => String, { description: 'Where this item sits; pass it as `after` for the items that follow.' })
  cursor!: string;

  @Field(() => CampaignType, { description: 'The campaign.' })
  node!: CampaignType;
}

@ObjectType('BonusCampaignConnection', { description: 'A page of campaigns, newest first.' })
export class CampaignConnectionType {
  @Field(() => [CampaignEdgeType], { description: 'The campaigns on this page.' })
  edges!: CampaignEdgeType[];

  @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
  pageInfo!: PageInfo;
}

@InputType('BonusCampaignInput', {
  description:
    'A campaign as an operator writes it. Fill in the terms fields its kind needs; every problem is reported at once.',
})
export class CampaignInput {
  @Field(() => String, { description: 'Display name (1–100 characters).' })
  name!: string;

  @Field(() => CampaignKindEnum, { description: 'What it gives.' })
  kind!: CampaignKind;

  @Field(() => Int, { nullable: true, description: 'DEPOSIT_MATCH, RELOAD, CASHBACK: percentage in basis points.' })
  percentBp?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'DEPOSIT_MATCH, RELOAD, CASHBACK: the largest bonus.' })
  cap?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'NO_DEPOSIT: the bonus amount.' })
  amount?: bigint | null;

  @Field(() => String, { nullable: true, description: 'FREE_BETS: the game.' })
  freeBetGame?: string | null;

  @Field(() => Int, { nullable: true, description: 'FREE_BETS: how many bets.' })
  freeBetCount?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'FREE_BETS: the stake of each.' })
  freeBetStake?: bigint | null;

  @Field(() => CashbackPeriodEnum, { nullable: true, description: 'CASHBACK: the period.' })
  cashbackPeriod?: CashbackPeriod | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'RELOAD: its own minimum deposit.' })
  reloadMinDeposit?: bigint | null;

  @Field(() => String, { description: 'The asset the bonus is paid and wagered in, e.g. EUR.' })
  asset!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Smallest qualifying deposit (deposit kinds); none when omitted.',
  })
  minDeposit?: bigint | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only players without an earlier bonus claim may claim.' })
  newPlayersOnly!: boolean;

  @Field(() => String, { nullable: true, description: 'A code players must quote (3–32 letters, digits, _ or -).' })
  optInCode?: string | null;

  @Field(() => Int, { description: "Wagering required = bonus × this (at most the casino's cap, 10 by default)." })
  wageringMultiplier!: number;

  @Field(() => [GameWeightInput], { description: 'Game contribution weights; games not listed do not count.' })
  contributionWeights!: GameWeightInput[];

  @Field(() => [AssetLimitInput], {
    defaultValue: [],
    description: 'Largest stake per asset while the bonus is active.',
  })
  maxBet!: AssetLimitInput[];

  @Field(() => Int, { description: 'Days a bonus lasts from its activation (1–365).' })
  expiresInDays!: number;

  @Field(() => Date, { nullable: true, description: 'When the campaign stops accepting claims.' })
  validUntil?: Date | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The most bonus money that converts to cash (null: no cap).',
  })
  maxCashOut?: bigint | null;

  @Field(() => SpendOrderEnum, { defaultValue: 'REAL_FIRST', description: 'Which money a stake draws on first.' })
  spendOrder!: SpendOrder;
}

@ObjectType('BonusSettings', { description: "The casino's bonus rules." })
export class BonusSettingsType {
  @Field(() => Int, {
    description: 'The highest wagering multiplier a campaign may set (10 by default, the UK cap from January 2026).',
  })
  maxWageringMultiplier!: number;

  @Field(() => Int, { description: 'How many bonuses one player may claim in a rolling 24 hours.' })
  maxClaimsPerDay!: number;
}
