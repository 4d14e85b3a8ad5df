import { MoneyScalar, problemEnum } from '@casinox/graphql';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AssetType } from '../wallets/wallet.types.js';
import { ADJUSTMENT_STATUSES, type AdjustmentStatus } from './adjustment.entity.js';
import { connectionOf } from '../shared/connection.types.js';
import type { AdjustmentProblem } from './adjustment-view.js';

export const AdjustmentStatusEnum = Object.fromEntries(ADJUSTMENT_STATUSES.map((s) => [s, s])) as {
  [K in AdjustmentStatus]: K;
};
registerEnumType(AdjustmentStatusEnum, {
  name: 'AdjustmentStatus',
  description: 'Where a manual adjustment stands. Only an APPROVED adjustment has moved money.',
  valuesConfig: {
    PENDING: {
      description: 'Requested; waiting for a FINANCE operator other than the requester to approve or reject it.',
    },
    APPROVED: { description: 'Approved and posted to the ledger as an ADJUSTMENT transaction.' },
    REJECTED: { description: 'Refused by an operator; nothing moved.' },
  },
});

const adjustmentProblem = problemEnum('AdjustmentProblem');
export const AdjustmentProblemEnum = adjustmentProblem.values;
registerEnumType(AdjustmentProblemEnum, adjustmentProblem.options);

@ObjectType('Adjustment', {
  description: 'A manual, four-eyes correction of a player’s cash balance by the casino’s operators.',
})
export class AdjustmentType {
  @Field(() => ID, { description: 'The adjustment id.' })
  id!: string;

  @Field(() => ID, { description: 'The player whose cash balance it changes.' })
  playerId!: string;

  @Field(() => AssetType, { description: 'The asset adjusted.' })
  asset!: AssetType;

  @Field(() => MoneyScalar, {
    description: 'Signed amount in the asset’s minor units: positive credits the player, negative debits them.',
  })
  amount!: bigint;

  @Field(() => String, { description: 'Why the requester asked for it (audit trail).' })
  reason!: string;

  @Field(() => AdjustmentStatusEnum, { description: 'Where it stands.' })
  status!: AdjustmentStatus;

  @Field(() => ID, { description: 'The operator who requested it (who can never approve it).' })
  requestedBy!: string;

  @Field(() => ID, { nullable: true, description: 'The operator who approved or rejected it.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  decisionReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The ADJUSTMENT transaction posted on approval.' })
  transferId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected.' })
  decidedAt!: Date | null;

  @Field(() => Date, { description: 'When it was requested.' })
  createdAt!: Date;
}

@ObjectType('AdjustmentResult', {
  description: 'The outcome of an adjustment action: the adjustment, or why it was refused.',
})
export class AdjustmentResultType {
  @Field(() => Boolean, { description: 'Whether the action was carried out.' })
  ok!: boolean;

  @Field(() => AdjustmentProblemEnum, {
    nullable: true,
    description: 'Why it was refused, when it was: branch on this stable code.',
  })
  code!: AdjustmentProblem | null;

  @Field(() => String, { nullable: true, description: 'A human explanation of the refusal.' })
  message!: string | null;

  @Field(() => AdjustmentType, { nullable: true, description: 'The adjustment as it is now.' })
  adjustment!: AdjustmentType | null;
}

export const AdjustmentConnection = connectionOf(AdjustmentType, 'Adjustment', {
  one: 'An adjustment',
  page: 'A page of manual adjustments.',
});
export type AdjustmentConnection = InstanceType<typeof AdjustmentConnection>;

@InputType('AdjustmentFilter', { description: 'Narrows a list of adjustments.' })
export class AdjustmentFilter {
  @Field(() => AdjustmentStatusEnum, { nullable: true, description: 'Only adjustments in this status.' })
  status?: AdjustmentStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only adjustments of this player.' })
  playerId?: string | null;
}
