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
    MUST_DROP: {
      description:
        'Mystery: grows from bets and must drop before a hidden value, drawn provably fairly within an advertised range.',
    },
  },
});

export const JackpotStatusEnum = Object.fromEntries(JACKPOT_STATUSES.map((s) => [s, s])) as { [K in JackpotStatus]: K };
registerEnumType(JackpotStatusEnum, {
  name: 'JackpotStatus',
  description: 'Whether a jackpot is running.',
  valuesConfig: {
    ACTIVE: { description: 'Takes contributions and can be won.' },
    PAUSED: { description: 'Keeps its pools; takes nothing and drops nothing.' },
  },
});

@ObjectType('JackpotTier', {
  description:
    'One prize level of a jackpot and its pool. The hidden drop value of a must-drop tier is never shown before it drops.',
})
export class JackpotTierType {
  @Field(() => String, { description: 'MINI, MINOR, MAJOR …' })
  code!: string;

  @Field(() => MoneyScalar, { description: 'What the tier would pay now, in minor units of the jackpot asset.' })
  pool!: bigint;

  @Field(() => MoneyScalar, {
    description: 'The amount the house puts in at each (re)seeding (the prize of a FIXED tier).',
  })
  seedAmount!: bigint;

  @Field(() => Int, { description: 'This tier’s share of each contribution, in basis points.' })
  contributionShareBasisPoints!: number;

  @Field(() => Float, { nullable: true, description: 'PROGRESSIVE: 1 in N qualifying bets wins this tier.' })
  hitOneIn!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'MUST_DROP: the lowest value the tier can drop at in the current seeding.',
  })
  minDropValue!: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'MUST_DROP: the tier drops at or before this value in the current seeding.',
  })
  maxDropValue!: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'MUST_DROP: the lowest drop value of the next seeding (the configured range; differs from minDropValue after an edit, until the tier drops).',
  })
  nextMinDropValue!: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'MUST_DROP: the highest drop value of the next seeding (the configured range; differs from maxDropValue after an edit, until the tier drops).',
  })
  nextMaxDropValue!: bigint | null;

  @Field(() => Int, {
    description: 'The current seeding (1, then +1 after each win); part of the drop value’s client seed.',
  })
  seeding!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'MUST_DROP: SHA-256 of the current seeding’s secret server seed, published before any bet counts towards it.',
  })
  dropCommitment!: string | null;

  /** The jackpot and casino this tier belongs to (for its field resolvers; not in the graph). */
  jackpotId!: string;
  tenantId!: string;
  asset!: string;
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

  @Field(() => [String], {
    nullable: true,
    description: 'The games whose bets qualify; null for every game of the casino.',
  })
  gameCodes!: string[] | null;

  @Field(() => Int, { description: 'Basis points of each qualifying stake that go to the pools.' })
  contributionBasisPoints!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'FIXED and SPONSORED: minute of the UTC day at which the draw period closes (and a FIXED prize resets).',
  })
  resetMinuteUtc!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PROGRESSIVE: which bytes of a bet’s provably fair stream decide its wins.',
  })
  fairnessSlot!: number | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => [JackpotTierType], { description: 'Its tiers, top prize first.' })
  tiers!: JackpotTierType[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the signed-in player opted in (null for operators and visitors).',
  })
  optedIn!: boolean | null;

  /** The casino (for field resolvers; not in the graph). */
  tenantId!: string;
}

@InputType('JackpotTierInput', { description: 'One tier of a new jackpot; amounts in minor units.' })
export class JackpotTierInput {
  @Field(() => String, { description: 'Upper-case code, unique in the jackpot (MINI, MAJOR …).' })
  code!: string;

  @Field(() => MoneyScalar, { description: 'Start and reseed amount (the prize of a FIXED tier; 0 for SPONSORED).' })
  seedAmount!: bigint;

  @Field(() => Int, {
    description:
      'Share of each contribution in basis points (the shares sum to 10,000 for PROGRESSIVE and MUST_DROP, 0 otherwise).',
  })
  contributionShareBasisPoints!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'PROGRESSIVE only: 1 in N qualifying bets wins (an integer from 1 to 2³²).',
  })
  hitOneIn?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'MUST_DROP only: lowest drop value (above the seed).' })
  minDropValue?: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'MUST_DROP only: highest drop value (at least the minimum).',
  })
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

  @Field(() => Int, {
    description:
      'Basis points of each qualifying stake for the pools (1–1,000 for PROGRESSIVE and MUST_DROP, 0 otherwise).',
  })
  contributionBasisPoints!: number;

  @Field(() => [JackpotTierInput], { description: '1–8 tiers, top prize first.' })
  tiers!: JackpotTierInput[];

  @Field(() => Int, {
    nullable: true,
    description:
      'FIXED (required) and SPONSORED (default 0): minute of the UTC day (0–1439) at which the draw period closes.',
  })
  resetMinuteUtc?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PROGRESSIVE only: the fairness slot (unique among the casino’s progressive jackpots).',
  })
  fairnessSlot?: number | null;

  @Field(() => String, { description: 'Makes a retried create return the first result (and finish seeding it).' })
  idempotencyKey!: string;
}

@InputType('JackpotTierUpdateInput', {
  description: 'The changes to one tier of a jackpot; omitted fields keep their value. Amounts in minor units.',
})
export class JackpotTierUpdateInput {
  @Field(() => String, {
    description: 'The tier’s code, as it is: tiers cannot be renamed, added, removed or reordered.',
  })
  code!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'The amount the house puts in at the NEXT (re)seeding (the prize of a FIXED tier from its next reset); the pool now is not touched.',
  })
  seedAmount?: bigint | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Share of each contribution in basis points (the shares still sum to 10,000 for PROGRESSIVE and MUST_DROP).',
  })
  contributionShareBasisPoints?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'PROGRESSIVE only: 1 in N qualifying bets wins (an integer from 1 to 2³²), for bets settled from now on.',
  })
  hitOneIn?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'MUST_DROP only: lowest drop value from the NEXT seeding on (the current seeding’s committed drop value stays).',
  })
  minDropValue?: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'MUST_DROP only: highest drop value from the NEXT seeding on.',
  })
  maxDropValue?: bigint | null;
}

@InputType('UpdateJackpotInput', {
  description:
    'Changes to a live jackpot; omitted (or null) fields keep their value, except gameCodes where null means every game. type, asset and fairnessSlot cannot change: sent, they must equal the current value.',
})
export class UpdateJackpotInput {
  @Field(() => String, { nullable: true, description: 'Display name (1–64 characters).' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether players must opt in.' })
  optIn?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only bets on these games qualify; null for every game; omitted to keep the current scope.',
  })
  gameCodes?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PROGRESSIVE and MUST_DROP: basis points of each qualifying stake for the pools (1–1,000).',
  })
  contributionBasisPoints?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'FIXED and SPONSORED: minute of the UTC day (0–1439) at which draw periods close. The period running now keeps its published closing time; the next one closes at the new minute.',
  })
  resetMinuteUtc?: number | null;

  @Field(() => [JackpotTierUpdateInput], {
    nullable: true,
    description: 'Every tier, in its current order, with the changes to each.',
  })
  tiers?: JackpotTierUpdateInput[] | null;

  @Field(() => JackpotTypeEnum, {
    nullable: true,
    description: 'Cannot change: refused unless it is the current type.',
  })
  type?: JackpotType | null;

  @Field(() => String, { nullable: true, description: 'Cannot change: refused unless it is the current asset.' })
  asset?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cannot change (PROGRESSIVE): refused unless it is the current slot.',
  })
  fairnessSlot?: number | null;
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

@ObjectType('JackpotDropProof', {
  description:
    'Everything needed to recompute a must-drop tier’s drop value (docs: draw-drop-value): dropValue = min + int(max − min + 1) over HMAC-SHA256(serverSeed, `${clientSeed}:0:${round}`).',
})
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

@ObjectType('JackpotProgressiveProof', {
  description:
    'How a progressive hit is verified once the player’s server seed is revealed (rotate the seed pair): block = HMAC-SHA256(serverSeed, `${clientSeed}:${nonce}:${round}`) of the winning bet; the tier hits when word × hitOneIn < 2³², word being the big-endian 4 bytes at byteOffset.',
})
export class JackpotProgressiveProofType {
  @Field(() => Int, { description: 'The round of the bet’s stream: 1000 + the jackpot’s fairness slot.' })
  round!: number;

  @Field(() => Int, { description: 'Where the tier’s 4 bytes start in the round’s 32 (4 × the tier’s index).' })
  byteOffset!: number;

  @Field(() => Float, { description: 'The big-endian 32-bit word read there (0 to 2³² − 1).' })
  word!: number;

  @Field(() => Float, { description: 'N: the tier is hit 1 in N qualifying bets.' })
  hitOneIn!: number;
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

  @Field(() => JackpotProgressiveProofType, {
    nullable: true,
    description: 'PROGRESSIVE: which bytes of the winning bet’s provably fair stream decided the hit.',
  })
  progressiveProof!: JackpotProgressiveProofType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'FIXED and SPONSORED: the draw this win came from (its proof is on `jackpotDraw`).',
  })
  drawId!: string | null;
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

export const JACKPOT_DRAW_STATUSES = ['OPEN', 'DRAWN', 'ROLLED_OVER'] as const;
export const JackpotDrawStatusEnum = Object.fromEntries(JACKPOT_DRAW_STATUSES.map((s) => [s, s])) as {
  [K in (typeof JACKPOT_DRAW_STATUSES)[number]]: K;
};
registerEnumType(JackpotDrawStatusEnum, {
  name: 'JackpotDrawStatus',
  description: 'Where a draw period stands.',
  valuesConfig: {
    OPEN: { description: 'Taking entries; its server seed is committed and secret.' },
    DRAWN: { description: 'Closed with a winner; the server seed is revealed.' },
    ROLLED_OVER: { description: 'Closed without entries: no winner, the prize stays for the next period.' },
  },
});

@ObjectType('JackpotDrawEntry', { description: 'A qualifying bet in a closed draw: one ticket per minor unit staked.' })
export class JackpotDrawEntryType {
  @Field(() => ID, { description: 'The bet.' })
  betId!: string;

  @Field(() => ID, { nullable: true, description: 'The player (shown to operators and to that player only).' })
  playerId!: string | null;

  @Field(() => MoneyScalar, { description: 'The stake: the bet’s tickets.' })
  stake!: bigint;
}

@ObjectType('JackpotDraw', {
  description:
    'One draw period of a FIXED or SPONSORED tier, verifiable (verify-draw): ticket = int(totalTickets) over HMAC-SHA256(serverSeed, `${clientSeed}:0:${round}`), rejection-sampled; entries in ascending bet id hold consecutive ticket ranges; entriesDigest = SHA-256 of the lines `${betId}:${stake}\\n`.',
})
export class JackpotDrawType {
  @Field(() => ID, { description: 'The draw id, also its public client seed.' })
  id!: string;

  @Field(() => ID, { description: 'The jackpot.' })
  jackpotId!: string;

  @Field(() => String, { description: 'The tier whose pool is the prize.' })
  tierCode!: string;

  @Field(() => JackpotDrawStatusEnum, { description: 'Open, drawn or rolled over.' })
  status!: (typeof JACKPOT_DRAW_STATUSES)[number];

  @Field(() => String, {
    description: 'SHA-256 of the secret server seed, published when the period opened (before any entry).',
  })
  commitment!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The server seed, revealed once the draw is closed (null while open).',
  })
  serverSeed!: string | null;

  @Field(() => String, { description: 'The public client seed: the draw id.' })
  clientSeed!: string;

  @Field(() => Int, { description: 'Always 0: each draw has its own server seed.' })
  nonce!: number;

  @Field(() => Date, { description: 'When the period opened.' })
  openedAt!: Date;

  @Field(() => Date, { description: 'When the schedule closes it (the next daily reset).' })
  closesAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Entries so far (open) or drawn from (closed).' })
  entries!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Closed: the tickets in the draw (the total stake, minor units, decimal).',
  })
  totalTickets!: string | null;

  @Field(() => String, { nullable: true, description: 'Closed: SHA-256 of the canonical entry list.' })
  entriesDigest!: string | null;

  @Field(() => String, { nullable: true, description: 'Drawn: the winning ticket, in [0, totalTickets) (decimal).' })
  ticket!: string | null;

  @Field(() => ID, { nullable: true, description: 'Drawn: the winning bet.' })
  winnerBetId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Drawn: the winner (shown to operators and to the winner only).' })
  winnerPlayerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Drawn: the win paid (null when the pool was empty).' })
  winId!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Closed with a winner: the tier’s pool at the close, paid to the winner.',
  })
  prize!: bigint | null;

  /** The casino (for the entry list; not in the graph). */
  tenantId!: string;
}

@ObjectType('JackpotDrawEdge', { description: 'A draw in a list.' })
export class JackpotDrawEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this draw.' })
  cursor!: string;

  @Field(() => JackpotDrawType, { description: 'The draw.' })
  node!: JackpotDrawType;
}

@ObjectType('JackpotDrawConnection', { description: 'Draws, newest period first.' })
export class JackpotDrawConnection {
  @Field(() => [JackpotDrawEdge], { description: 'This page.' })
  edges!: JackpotDrawEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;
}
