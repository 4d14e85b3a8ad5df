import { PageInfo } from '@casinox/graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ActiveSeedPair', {
  description: 'Your current provably fair commitment. The server seed stays secret until you rotate.',
})
export class ActiveSeedPairType {
  @Field(() => ID, { description: 'The seed pair id.' })
  id!: string;

  @Field(() => String, {
    description: 'SHA-256 (hex) of the secret server seed: note it now, check it after rotation.',
  })
  serverSeedHash!: string;

  @Field(() => String, { description: 'Your client seed, mixed into every outcome.' })
  clientSeed!: string;

  @Field(() => Int, { description: 'The nonce your next bet will use (= bets made with this pair).' })
  nextNonce!: number;

  @Field(() => Date, { description: 'When this pair was committed.' })
  createdAt!: Date;
}

@ObjectType('RevealedSeedPair', {
  description: 'A rotated seed pair: its server seed is public, so every bet made with it can be verified.',
})
export class RevealedSeedPairType extends ActiveSeedPairType {
  @Field(() => String, { description: 'The server seed (64 hex characters); SHA-256 of it equals serverSeedHash.' })
  serverSeed!: string;

  @Field(() => Date, { description: 'When it was revealed.' })
  revealedAt!: Date;
}

@ObjectType('RevealedSeedPairEdge', { description: 'A revealed seed pair in a connection.' })
export class RevealedSeedPairEdgeType {
  @Field(() => String, { description: 'Opaque cursor.' })
  cursor!: string;

  @Field(() => RevealedSeedPairType, { description: 'The pair.' })
  node!: RevealedSeedPairType;
}

@ObjectType('RevealedSeedPairConnection', { description: 'Revealed seed pairs, newest first.' })
export class RevealedSeedPairConnectionType {
  @Field(() => [RevealedSeedPairEdgeType], { description: 'The pairs on this page.' })
  edges!: RevealedSeedPairEdgeType[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;
}

@ObjectType('SeedRotation', { description: 'The result of a rotation: the old pair revealed, the new one committed.' })
export class SeedRotationType {
  @Field(() => RevealedSeedPairType, { description: 'The pair that was active, now with its server seed.' })
  revealed!: RevealedSeedPairType;

  @Field(() => ActiveSeedPairType, { description: 'The new commitment.' })
  current!: ActiveSeedPairType;
}
