import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A tenant, owned by identity; the jackpot subgraph lists its jackpots on it (`Tenant.jackpots`). */
@ObjectType('Tenant', { description: 'A casino brand run on CasinoX (owned by the identity subgraph).' })
@Directive('@key(fields: "id")')
export class TenantReference {
  @Field(() => ID, { description: 'The tenant id.' })
  id!: string;
}
