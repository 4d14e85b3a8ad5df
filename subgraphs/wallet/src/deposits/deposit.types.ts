import { MoneyScalar } from '@casinox/graphql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../shared/connection.types.js';
import { AssetType } from '../wallets/wallet.types.js';
import { DEPOSIT_STATUSES, type DepositStatus } from './deposit.entity.js';

export const DepositStatusEnum = Object.fromEntries(DEPOSIT_STATUSES.map((s) => [s, s])) as { [K in DepositStatus]: K };
registerEnumType(DepositStatusEnum, {
  name: 'DepositStatus',
  description: 'Where a deposit stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the player to pay on the checkout page, or for the provider to confirm.' },
    SUCCEEDED: { description: 'Paid: the amount is on the player’s balance.' },
    FAILED: { description: 'Declined or abandoned: nothing was credited.' },
  },
});

@ObjectType('Deposit', { description: 'A payment into a player’s wallet through the payment provider.' })
export class DepositType {
  @Field(() => ID, { description: 'The deposit id.' })
  id!: string;

  @Field(() => AssetType, { description: 'The asset paid in.' })
  asset!: AssetType;

  @Field(() => MoneyScalar, { description: 'The amount in the asset’s minor units.' })
  amount!: bigint;

  @Field(() => DepositStatusEnum, {
    description: 'Where the deposit stands; the balance changes only when it SUCCEEDED.',
  })
  status!: DepositStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The provider’s hosted checkout page: send the player there to pay.',
  })
  checkoutUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  failureReason!: string | null;

  @Field(() => Date, { description: 'When the player started it.' })
  createdAt!: Date;
}

export const DepositConnection = connectionOf(DepositType, 'Deposit', {
  one: 'A deposit',
  page: 'A page of deposits, newest first.',
});
export type DepositConnection = InstanceType<typeof DepositConnection>;
