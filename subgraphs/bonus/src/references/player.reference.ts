import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A player, owned by identity. The bonus subgraph will contribute `Player.bonuses`;
 * until then it only declares the reference it extends.
 */
@ObjectType('Player', { description: 'A player of one tenant (owned by the identity subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class PlayerReference {
  @Field(() => ID, { description: 'The player id.' })
  id!: string;
}
