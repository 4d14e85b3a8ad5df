import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A staff member, owned by identity: the wallet only names one by id and the gateway asks
 * identity for the rest (name, role), scoped to the caller's tenant.
 */
@ObjectType('Operator', { description: 'A staff member of one tenant (owned by the identity subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class OperatorRef {
  @Field(() => ID, { description: 'The operator id.' })
  id!: string;
}
