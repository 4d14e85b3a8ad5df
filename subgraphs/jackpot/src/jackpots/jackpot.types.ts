import { MoneyScalar, PageInfo } from '@casinox/graphql';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JACKPOT_TYPES, type JackpotType } from '../domain/index.js';
import { JACKPOT_STATUSES, type JackpotStatus } from './jackpot.entity.js';

export const JackpotTypeEnum = Object.fromEntries(JACKPOT_TYPES.map((t) => [t, t])) as { [K in JackpotType]: K };
registerEnumType(JackpotTypeEnum, {
  name: 'JackpotType',
  description: 'How a jackpot grows and is won.',
  valuesConfig: {
    FIXED: { description: 'A fixed prize per tier, funded by the house, won in a daily draw.' },
    PROGRESSIVE: { description: 'Seed plus a share of every qualifying bet until won (1 in N bets), then reseeded.' },
    SPONSORED: { description: 'Funded by hand by the operator, won in a draw.' },
    MUST_DROP: { description: 'Mystery: grows from bets and must drop before a hidden value, drawn provably fairly within an advertised range.' },
  },
});

export const JackpotStatusEnum = Object.fromEntries(JACKPOT_STATUSES.map((s) => [s, s])) as { [K in JackpotStatus]: K };
registerEnumType(JackpotStatusEnum, {
  name: 'JackpotStatus',
  description: 'Whether a jackpot is running.',
  valuesConfig: { ACTIVE: { description: 'Takes contributions and can be won.' }, PAUSED: { description: 'Keeps its pools; takes nothing and drops nothing.' } },
});

@ObjectType('JackpotTier', { description: 'One prize level of a jackpot and its pool. The hidden drop value of a must-drop tier is never shown before it drops.' })
export class JackpotTierType {
  @Field(() => String, { description: 'MINI, MINOR, MAJOR …' })
  code!: string;

  @Field(() => MoneyScalar, { description: 'What the tier would pay now, in minor units of the jackpot asset.' })
  pool!: bigint;

  @Field(() => MoneyScalar, { description: 'The amount the house puts in at each (re)seeding (the prize of a FIXED tier).' })
  seedAmount!: bigint;

  @Field(() => Int, { description: 'This tier’s share of each contribution, in basis points.' })
  contributionShareBasisPoints!: number;

  @Field(() => Float, { nullable: true, description: 'PROGRESSIVE: 1 in N qualifying bets wins this tier.' })
  hitOneIn!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'MUST_DROP: the lowest value the tier can drop at.' })
  minDropValue!: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'MUST_DROP: the tier drops at or before this value.' })
  maxDropValue!: bigint | null;

  @Field(() => Int, { description: 'The current seeding (1, then +1 after each win); part of the drop value’s client seed.' })
  seeding!: number;

  @Field(() => String, { nullable: true, description: 'MUST_DROP: SHA-256 of the current seeding’s secret server seed, published before any bet counts towards it.' })
  dropCommitment!: string | null;
}

@ObjectType('Jackpot', { description: 'A jackpot of the casino, with its tiers’ current pools.' })
export class JackpotObject {
  @Field(() => ID, { description: 'The jackpot id.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => JackpotTypeEnum, { description: 'How it grows and is won.' })
  type!: JackpotType;

  @Field(() => JackpotStatusEnum, { description: 'Whether it is running.' })
  status!: JackpotStatus;

  @Field(() => String, { description: 'The asset of its pools and prizes.' })
  asset!: string;

  @Field(() => Boolean, { description: 'Whether players must opt in for their bets to qualify.' })
  optIn!: boolean;

  @Field(() => [String], { nullable: true, description: 'The games whose bets qualify; null for every game of the casino.' })
  gameCodes!: string[] | null;

  @Field(() => Int, { description: 'Basis points of each qualifying stake that go to the pools.' })
  contributionBasisPoints!: number;

  @Field(() => Int, { nullable: true, description: 'FIXED: minute of the UTC day at which the draw closes and the prize resets.' })
  resetMinuteUtc!: number | null;

  @Field(() => Int, { nullable: true, description: 'PROGRESSIVE: which bytes of a bet’s provably fair stream decide its wins.' })
  fairnessSlot!: number | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => [JackpotTierType], { description: 'Its tiers, top prize first.' })
  tiers!: JackpotTierType[];

  @Field(() => Boolean, { nullable: true, description: 'Whether the signed-in player opted in (null for operators and visitors).' })
  optedIn!: boolean | null;
}

@InputType('JackpotTierInput', { description: 'One tier of a new jackpot; amounts in minor units.' })
export class JackpotTierInput {
  @Field(() => String, { description: 'Upper-case code, unique in the jackpot (MINI, MAJOR …).' })
  code!: string;

  @Field(() => MoneyScalar, { description: 'Start and reseed amount (the prize of a FIXED tier; 0 for SPONSORED).' })
  seedAmount!: bigint;

  @Field(() => Int, { description: 'Share of each contribution in basis points (the shares sum to 10,000 for PROGRESSIVE and MUST_DROP, 0 otherwise).' })
  contributionShareBasisPoints!: number;

  @Field(() => Float, { nullable: true, description: 'PROGRESSIVE only: 1 in N qualifying bets wins (an integer from 1 to 2³²).' })
  hitOneIn?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'MUST_DROP only: lowest drop value (above the seed).' })
  minDropValue?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'MUST_DROP only: highest drop value (at least the minimum).' })
  maxDropValue?: bigint | null;
}

@InputType('CreateJackpotInput', { description: 'A new jackpot. Creating it funds each tier’s seed from the house.' })
export class CreateJackpotInput {
  @Field(() => JackpotTypeEnum, { description: 'How it grows and is won.' })
  type!: JackpotType;

  @Field(() => String, { description: 'Display name (1–64 characters).' })
  name!: string;

  @Field(() => String, { description: 'The asset of its pools (USD, BTC …).' })
  asset!: string;

  @Field(() => Boolean, { description: 'Whether players must opt in.' })
  optIn!: boolean;

  @Field(() => [String], { nullable: true, description: 'Only bets on these games qualify; omitted for every game.' })
  gameCodes?: string[] | null;

  @Field(() => Int, { description: 'Basis points of each qualifying stake for the pools (1–1,000 for PROGRESSIVE and MUST_DROP, 0 otherwise).' })
  contributionBasisPoints!: number;

  @Field(() => [JackpotTierInput], { description: '1–8 tiers, top prize first.' })
  tiers!: JackpotTierInput[];

  @Field(() => Int, { nullable: true, description: 'FIXED only: minute of the UTC day (0–1439) at which the draw closes.' })
  resetMinuteUtc?: number | null;

  @Field(() => Int, { nullable: true, description: 'PROGRESSIVE only: the fairness slot (unique among the casino’s progressive jackpots).' })
  fairnessSlot?: number | null;

  @Field(() => String, { description: 'Makes a retried create return the first result (and finish seeding it).' })
  idempotencyKey!: string;
}

@InputType('FundJackpotInput', { description: 'House money into a sponsored jackpot’s tier.' })
export class FundJackpotInput {
  @Field(() => ID, { description: 'The sponsored jackpot.' })
  jackpotId!: string;

  @Field(() => String, { description: 'The tier to fund.' })
  tierCode!: string;

  @Field(() => MoneyScalar, { description: 'Amount in minor units (> 0).' })
  amount!: bigint;

  @Field(() => String, { description: 'Makes a retried funding move the money once.' })
  idempotencyKey!: string;
}

@ObjectType('JackpotDropProof', { description: 'Everything needed to recompute a must-drop tier’s drop value (docs: draw-drop-value): dropValue = min + int(max − min + 1) over HMAC-SHA256(serverSeed, `${clientSeed}:0:${round}`).' })
export class JackpotDropProofType {
  @Field(() => String, { description: 'The seeding’s server seed, revealed at the drop.' })
  serverSeed!: string;

  @Field(() => String, { description: 'SHA-256 of the server seed, published when the seeding opened.' })
  serverSeedHash!: string;

  @Field(() => String, { description: 'The public client seed: `${jackpotId}/${tierCode}/${seeding}`.' })
  clientSeed!: string;

  @Field(() => Int, { description: 'Always 0: each seeding has its own server seed.' })
  nonce!: number;

  @Field(() => Int, { description: 'The seeding this drop ended.' })
  seeding!: number;

  @Field(() => MoneyScalar, { description: 'The hidden value the pool had to reach.' })
  dropValue!: bigint;

  @Field(() => MoneyScalar, { description: 'The advertised minimum of the range.' })
  minDropValue!: bigint;

  @Field(() => MoneyScalar, { description: 'The advertised maximum of the range.' })
  maxDropValue!: bigint;
}

@ObjectType('JackpotWin', { description: 'A jackpot win, with the data to verify it.' })
export class JackpotWinType {
  @Field(() => ID, { description: 'The win id (the wallet pays once per win id).' })
  id!: string;

  @Field(() => ID, { description: 'The jackpot.' })
  jackpotId!: string;

  @Field(() => String, { description: 'The tier won.' })
  tierCode!: string;

  @Field(() => ID, { description: 'The bet that won it.' })
  betId!: string;

  @Field(() => ID, { nullable: true, description: 'The winner (shown to operators and to the winner only).' })
  playerId!: string | null;

  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'The prize, in minor units.' })
  amount!: bigint;

  @Field(() => Boolean, { description: 'Whether the wallet has paid it.' })
  paid!: boolean;

  @Field(() => Date, { description: 'When it was won.' })
  wonAt!: Date;

  @Field(() => JackpotDropProofType, { nullable: true, description: 'MUST_DROP: how to recompute the drop value.' })
  proof!: JackpotDropProofType | null;
}

@ObjectType('JackpotWinEdge', { description: 'A win in a list.' })
export class JackpotWinEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this win.' })
  cursor!: string;

  @Field(() => JackpotWinType, { description: 'The win.' })
  node!: JackpotWinType;
}

@ObjectType('JackpotWinConnection', { description: 'Jackpot wins, newest first.' })
export class JackpotWinConnection {
  @Field(() => [JackpotWinEdge], { description: 'This page.' })
  edges!: JackpotWinEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;
}
