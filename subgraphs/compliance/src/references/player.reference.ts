import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A player, owned by identity. The compliance subgraph will contribute `Player.kyc` and `Player.limits`;
 * until then it only declares the reference it extends.
 */
@ObjectType('Player', { description: 'A player of one tenant (owned by the identity subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class PlayerReference {
  @Field(() => ID, { description: 'The player id.' })
  id!: string;
}
