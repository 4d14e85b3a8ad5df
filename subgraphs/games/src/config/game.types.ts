import { MoneyScalar } from '@casinox/graphql';
import { Directive, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { GameCodeEnum } from '../bets/bet.types.js';
import type { GameCode } from '../math/game-model.js';

@ObjectType('StakeLimit', { description: 'Minimum and maximum stake for a game in one asset, in minor units.' })
export class StakeLimitType {
  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'Smallest stake accepted.' })
  minStake!: bigint;

  @Field(() => MoneyScalar, { description: 'Largest stake accepted.' })
  maxStake!: bigint;

  @Field(() => Boolean, { description: 'True when the casino set it; false for the platform default.' })
  custom!: boolean;
}

@ObjectType('GameVariant', { description: 'One RTP variant of a game.' })
export class GameVariantType {
  @Field(() => String, { description: 'The variant id.' })
  id!: string;

  @Field(() => Float, { description: 'Stated return to player, as a fraction (0.99 = 99 %).' })
  rtp!: number;

  @Field(() => String, { description: 'What differs in this variant.' })
  description!: string;
}

@ObjectType('Game', { description: 'A game of the catalogue as the caller’s casino runs it.' })
@Directive('@key(fields: "code")')
export class GameType {
  @Field(() => GameCodeEnum, { description: 'The game.' })
  code!: GameCode;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { description: 'INSTANT (one call) or MULTI_STEP (a round: startRound, playRound, cashOut).' })
  kind!: string;

  @Field(() => Boolean, { description: 'Whether players of this casino can play it.' })
  enabled!: boolean;

  @Field(() => String, { description: 'The RTP variant in force.' })
  variant!: string;

  @Field(() => Float, { description: 'Stated RTP of the variant in force.' })
  rtp!: number;

  @Field(() => [GameVariantType], { description: 'Every variant the game has.' })
  variants!: GameVariantType[];

  @Field(() => [StakeLimitType], { description: 'Stake limits per asset.' })
  limits!: StakeLimitType[];
}

@InputType('StakeLimitInput', { description: 'Stake limits for one asset, in minor units.' })
export class StakeLimitInput {
  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'Smallest stake (> 0).' })
  minStake!: bigint;

  @Field(() => MoneyScalar, { description: 'Largest stake (≥ minStake).' })
  maxStake!: bigint;
}

@InputType('ConfigureGameInput', { description: 'How this casino runs one game.' })
export class ConfigureGameInput {
  @Field(() => GameCodeEnum, { description: 'The game.' })
  game!: GameCode;

  @Field(() => Boolean, { description: 'Whether players can play it.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'The RTP variant; omitted keeps the one in force.' })
  variant?: string | null;

  @Field(() => [StakeLimitInput], { nullable: true, description: 'Stake limits to set (others stay as they are).' })
  limits?: StakeLimitInput[] | null;
}

@ObjectType('GameRtp', {
  description: 'A game’s stated RTP against what the casino’s settled bets actually returned, per variant and asset.',
})
export class GameRtpType {
  @Field(() => GameCodeEnum, { description: 'The game.' })
  game!: GameCode;

  @Field(() => String, { description: 'The variant.' })
  variant!: string;

  @Field(() => String, { description: 'The asset.' })
  asset!: string;

  @Field(() => Int, { description: 'Settled bets counted.' })
  bets!: number;

  @Field(() => MoneyScalar, { description: 'Total staked (minor units).' })
  staked!: bigint;

  @Field(() => MoneyScalar, { description: 'Total paid (minor units).' })
  paid!: bigint;

  @Field(() => Float, { description: 'The stated RTP of the variant.' })
  statedRtp!: number;

  @Field(() => Float, { nullable: true, description: 'paid ÷ staked (null with nothing staked).' })
  actualRtp!: number | null;
}
