import { MoneyScalar, problemEnum } from '@casinox/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssetType } from '../wallets/wallet.types.js';
import { WITHDRAWAL_STATUSES, type WithdrawalStatus } from './withdrawal.entity.js';
import { connectionOf } from '../shared/connection.types.js';
import type { WithdrawalProblem } from './withdrawal-view.js';

export const WithdrawalStatusEnum = Object.fromEntries(WITHDRAWAL_STATUSES.map((s) => [s, s])) as {
  [K in WithdrawalStatus]: K;
};
registerEnumType(WithdrawalStatusEnum, {
  name: 'WithdrawalStatus',
  description: 'Where a withdrawal stands. Its amount is held (not available) until it is PAID or released.',
  valuesConfig: {
    PENDING_APPROVAL: {
      description: 'Above the approval threshold: waiting for two different FINANCE operators. The player may cancel.',
    },
    PROCESSING: { description: 'Sent to the payment provider; waiting for its confirmation.' },
    PAID: { description: 'Paid out: the held amount left the balance.' },
    FAILED: { description: 'The provider could not pay it: the hold was released.' },
    REJECTED: { description: 'Refused by an operator: the hold was released.' },
    CANCELLED: { description: 'Cancelled by the player: the hold was released.' },
  },
});

const withdrawalProblem = problemEnum('WithdrawalProblem');
export const WithdrawalProblemEnum = withdrawalProblem.values;
registerEnumType(WithdrawalProblemEnum, withdrawalProblem.options);

@ObjectType('Withdrawal', { description: 'A payout from a player’s wallet through the payment provider.' })
export class WithdrawalType {
  @Field(() => ID, { description: 'The withdrawal id.' })
  id!: string;

  @Field(() => ID, { description: 'The player who asked for it.' })
  playerId!: string;

  @Field(() => AssetType, { description: 'The asset paid out.' })
  asset!: AssetType;

  @Field(() => MoneyScalar, { description: 'The amount in the asset’s minor units.' })
  amount!: bigint;

  @Field(() => WithdrawalStatusEnum, { description: 'Where it stands.' })
  status!: WithdrawalStatus;

  @Field(() => Int, { description: 'How many different FINANCE operators must approve it (0 below the threshold).' })
  approvalsRequired!: number;

  @Field(() => [ID], { description: 'The operators who approved it so far.' })
  approvedBy!: string[];

  @Field(() => String, { nullable: true, description: 'Why it was rejected or failed.' })
  reason!: string | null;

  @Field(() => Date, { description: 'When the player asked for it.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When its status last changed.' })
  updatedAt!: Date;
}

@ObjectType('WithdrawalResult', {
  description: 'The outcome of a withdrawal action: the withdrawal, or why it was refused.',
})
export class WithdrawalResultType {
  @Field(() => Boolean, { description: 'Whether the action was carried out.' })
  ok!: boolean;

  @Field(() => WithdrawalProblemEnum, {
    nullable: true,
    description: 'Why it was refused, when it was: branch on this stable code.',
  })
  code!: WithdrawalProblem | null;

  @Field(() => String, { nullable: true, description: 'A human explanation of the refusal.' })
  message!: string | null;

  @Field(() => WithdrawalType, {
    nullable: true,
    description: 'The withdrawal as it is now (null when none was created).',
  })
  withdrawal!: WithdrawalType | null;
}

export const WithdrawalConnection = connectionOf(WithdrawalType, 'Withdrawal', {
  one: 'A withdrawal',
  page: 'A page of withdrawals.',
});
export type WithdrawalConnection = InstanceType<typeof WithdrawalConnection>;
