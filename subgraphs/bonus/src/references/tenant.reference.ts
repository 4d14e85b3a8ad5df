import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A tenant, owned by identity; its campaigns will be listed on it. */
@ObjectType('Tenant', { description: 'A casino brand run on CasinoX (owned by the identity subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class TenantReference {
  @Field(() => ID, { description: 'The tenant id.' })
  id!: string;
}
