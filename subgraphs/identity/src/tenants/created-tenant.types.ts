import { Field, ObjectType } from 'type-graphql';
import { OperatorInviteType } from '../operators/operator.types.js';
import { TenantType } from './tenant.types.js';

@ObjectType('CreatedTenant', { description: 'A new tenant and the invitation for its first OWNER.' })
export class CreatedTenantType {
  @Field(() => TenantType, { description: 'The tenant.' })
  tenant!: TenantType;

  @Field(() => OperatorInviteType, { description: 'Invitation for the first OWNER; hand them the token.' })
  ownerInvite!: OperatorInviteType;
}
