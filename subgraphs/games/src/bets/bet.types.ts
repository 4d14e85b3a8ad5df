import { MoneyScalar, PageInfo, problemEnum } from '@casinox/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GAME_CODES } from '../math/catalogue.js';
import type { GameCode } from '../math/game-model.js';
import type { BetProblem } from './bet.errors.js';
import { BET_STATUSES, type BetStatus } from './bet.entity.js';
import { PlayerReference } from '../references/player.reference.js';

export const GameCodeEnum = Object.fromEntries(GAME_CODES.map((c) => [c, c])) as { [K in GameCode]: K };
registerEnumType(GameCodeEnum, {
  name: 'GameCode',
  description: 'A game of the catalogue. Its math (conversion, paytable, RTP) is documented in docs/provably-fair.md.',
  valuesConfig: {
    DICE: { description: 'Roll 0.00–99.99 over or under a target.' },
    LIMBO: { description: 'A random multiplier; win when it reaches your target.' },
    ROULETTE: { description: 'European single-zero roulette, several bets per spin.' },
    SLOTS: { description: '5×3 reels, paylines, wild and scatter.' },
    MINES: { description: '5×5 grid: reveal tiles, avoid mines, cash out when you like (played in rounds).' },
  },
});

export const BetStatusEnum = Object.fromEntries(BET_STATUSES.map((s) => [s, s])) as { [K in BetStatus]: K };
registerEnumType(BetStatusEnum, {
  name: 'BetStatus',
  description: 'Where a bet stands in its lifecycle.',
  valuesConfig: {
    PENDING: {
      description:
        'Recorded with its outcome; the wallet has not confirmed the stake yet (it will be re-driven until settled or rejected).',
    },
    OPEN: { description: 'A round in progress: stake debited, waiting for the player.' },
    CASHING: { description: 'A round that ended with a win the wallet has not confirmed yet.' },
    SETTLED: { description: 'Final: stake and payout are in the ledger.' },
    REJECTED: { description: 'Final: the wallet refused the stake; no money moved.' },
  },
});

const betProblem = problemEnum('BetProblem');
export const BetProblemEnum = betProblem.values;
registerEnumType(BetProblemEnum, betProblem.options);

@ObjectType('BetFairness', { description: 'Everything needed to recompute a bet with any verifier.' })
export class BetFairnessType {
  @Field(() => ID, { description: 'The seed pair the bet used.' })
  seedPairId!: string;

  @Field(() => String, { description: 'SHA-256 of the server seed, committed before the bet.' })
  serverSeedHash!: string;

  @Field(() => String, { nullable: true, description: 'The server seed: null until the pair is rotated (revealed).' })
  serverSeed!: string | null;

  @Field(() => String, { description: 'The client seed in force for the bet.' })
  clientSeed!: string;

  @Field(() => Int, { description: 'The nonce of the bet under this seed pair.' })
  nonce!: number;
}

@ObjectType('Bet', { description: 'One bet: stake, outcome, payout and its provably fair inputs.' })
export class BetType {
  @Field(() => ID, { description: 'The bet id (also the wallet key of its money movements).' })
  id!: string;

  @Field(() => ID, { description: 'The player who placed it.' })
  playerId!: string;

  @Field(() => PlayerReference, { description: 'The player who placed it (their profile fields come from identity).' })
  player!: PlayerReference;

  @Field(() => GameCodeEnum, { description: 'The game.' })
  game!: GameCode;

  @Field(() => String, { description: 'The RTP variant the game ran.' })
  variant!: string;

  @Field(() => String, { description: 'The asset staked and paid.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: "The stake in the asset's minor units." })
  stake!: bigint;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The payout in minor units (0 for a loss; null while a round is open and for a REJECTED bet).',
  })
  payout!: bigint | null;

  @Field(() => String, {
    nullable: true,
    description: 'payout ÷ stake as a decimal (display only; the payout is exact); null for a REJECTED bet.',
  })
  multiplier!: string | null;

  @Field(() => BetStatusEnum, { description: 'Where the bet stands.' })
  status!: BetStatus;

  @Field(() => GraphQLJSONObject, { description: "The game parameters as played (see the game's documentation)." })
  params!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'The result: the roll, the spin, the reels… For an open round, only what has been revealed. Null for a REJECTED bet: it never happened.',
  })
  outcome!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Why the wallet refused it, for a REJECTED bet.' })
  rejectionCode!: string | null;

  @Field(() => BetFairnessType, { description: 'The provably fair inputs.' })
  fairness!: BetFairnessType;

  @Field(() => Date, { description: 'When it was placed.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it became SETTLED or REJECTED.' })
  settledAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Its place in the casino's stream of settled bets (null until settled). Pass the last one you saw as afterSequence when you resubscribe to betSettled or myBets to receive what you missed.",
  })
  sequence!: string | null;
}

@ObjectType('BetEdge', { description: 'A bet in a connection.' })
export class BetEdgeType {
  @Field(() => String, { description: 'Opaque cursor of this bet.' })
  cursor!: string;

  @Field(() => BetType, { description: 'The bet.' })
  node!: BetType;
}

@ObjectType('BetConnection', { description: 'A page of bets, newest first.' })
export class BetConnectionType {
  @Field(() => [BetEdgeType], { description: 'The bets on this page.' })
  edges!: BetEdgeType[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;
}

@InputType('PlaceBetInput', { description: 'A bet on an instant game, or the start of a round.' })
export class PlaceBetInput {
  @Field(() => GameCodeEnum, { description: 'The game.' })
  game!: GameCode;

  @Field(() => String, { description: 'The asset to stake, e.g. "EUR".' })
  asset!: string;

  @Field(() => MoneyScalar, {
    description: "The stake in the asset's minor units. Roulette: the sum of its bets' amounts.",
  })
  stake!: bigint;

  @Field(() => GraphQLJSONObject, {
    description:
      'Game parameters. DICE {target, direction: OVER|UNDER}; LIMBO {target}; ROULETTE {bets: [{kind, numbers?, index?, amount}]}; SLOTS {}; MINES {mines}. See docs/provably-fair.md.',
  })
  params!: Record<string, unknown>;

  @Field(() => String, {
    description: 'Your unique key for this bet (1–120 characters): a retry with the same key returns the same bet.',
  })
  idempotencyKey!: string;
}

@ObjectType('BetResult', { description: 'The outcome of a bet action: the bet, or why it was refused.' })
export class BetResultType {
  @Field(() => Boolean, { description: 'Whether the bet went through.' })
  ok!: boolean;

  @Field(() => BetProblemEnum, { nullable: true, description: 'Why it was refused: branch on this stable code.' })
  code!: BetProblem | null;

  @Field(() => String, { nullable: true, description: 'A human explanation of the refusal.' })
  message!: string | null;

  @Field(() => BetType, { nullable: true, description: 'The bet as it stands now.' })
  bet!: BetType | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The player's cash balance in the bet's asset right after the wallet moved the money (null on a replay).",
  })
  balanceAfter!: bigint | null;

  @Field(() => Boolean, { description: 'True when this key had been used before and this is the first result.' })
  replayed!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: 'For STAKE_OUT_OF_LIMITS: the minimum stake.' })
  minStake!: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'For STAKE_OUT_OF_LIMITS and MAX_BET_EXCEEDED: the maximum stake.',
  })
  maxStake!: bigint | null;
}

@InputType('BetFilter', { description: 'Narrows a list of bets; every field is optional.' })
export class BetFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this player (operators).' })
  playerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only bets made with this seed pair (e.g. to verify every bet of a revealed pair).',
  })
  seedPairId?: string | null;

  @Field(() => GameCodeEnum, { nullable: true, description: 'Only this game.' })
  game?: GameCode | null;

  @Field(() => BetStatusEnum, { nullable: true, description: 'Only bets in this status.' })
  status?: BetStatus | null;

  @Field(() => String, { nullable: true, description: 'Only this asset.' })
  asset?: string | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before this instant.' })
  to?: Date | null;
}

@ObjectType('BigWin', {
  description: 'A win of at least 10× the stake, for the lobby ticker (the player is shown by a pseudonym).',
})
export class BigWinType {
  @Field(() => ID, { description: 'The bet id.' })
  id!: string;

  @Field(() => String, { description: 'A stable pseudonym of the winner (never their name or email).' })
  playerAlias!: string;

  @Field(() => GameCodeEnum, { description: 'The game.' })
  game!: GameCode;

  @Field(() => String, { description: 'The asset won.' })
  asset!: string;

  @Field(() => MoneyScalar, { description: 'The stake in minor units.' })
  stake!: bigint;

  @Field(() => MoneyScalar, { description: 'The payout in minor units.' })
  payout!: bigint;

  @Field(() => String, { description: 'payout ÷ stake.' })
  multiplier!: string;

  @Field(() => Date, { description: 'When it was won.' })
  at!: Date;
}
