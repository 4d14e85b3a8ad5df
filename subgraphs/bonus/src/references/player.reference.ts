import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A player, owned by identity; bonus contributes `Player.bonuses`.
 * `viewTenantId` is the tenant the caller may read this player in (set by __resolveReference).
 */
@ObjectType('Player', { description: 'A player of one tenant (owned by the identity subgraph).' })
@Directive('@key(fields: "id")')
export class PlayerReference {
  @Field(() => ID, { description: 'The player id.' })
  id!: string;

  viewTenantId!: string;
}
