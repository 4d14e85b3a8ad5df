import { MoneyScalar } from '@casinox/graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../shared/connection.types.js';
import type { Finding } from './decide-reconciliation.js';
import { RECONCILIATION_STATUSES, type ReconciliationStatus } from './reconciliation-run.entity.js';

export const ReconciliationStatusEnum = Object.fromEntries(RECONCILIATION_STATUSES.map((s) => [s, s])) as {
  [K in ReconciliationStatus]: K;
};
registerEnumType(ReconciliationStatusEnum, {
  name: 'ReconciliationStatus',
  description: 'What a reconciliation run concluded about the tenant’s ledger.',
  valuesConfig: {
    BALANCED: {
      description:
        'Nothing found: every transfer and asset sums to zero, every cached balance equals its entries and provider clearing matches the provider.',
    },
    DISCREPANCY: { description: 'At least one finding: an alert for FINANCE to investigate.' },
  },
});

type FindingKind = Finding['kind'];
export const ReconciliationFindingKindEnum = {
  TRANSFER_UNBALANCED: 'TRANSFER_UNBALANCED',
  TRANSFER_TOO_FEW_ENTRIES: 'TRANSFER_TOO_FEW_ENTRIES',
  ASSET_NOT_ZERO: 'ASSET_NOT_ZERO',
  BALANCE_MISMATCH: 'BALANCE_MISMATCH',
  HELD_MISMATCH: 'HELD_MISMATCH',
  NEGATIVE_PLAYER_BALANCE: 'NEGATIVE_PLAYER_BALANCE',
  PROVIDER_CLEARING_MISMATCH: 'PROVIDER_CLEARING_MISMATCH',
} as const satisfies { [K in FindingKind]: K };
registerEnumType(ReconciliationFindingKindEnum, {
  name: 'ReconciliationFindingKind',
  description: 'What kind of inconsistency reconciliation found.',
  valuesConfig: {
    TRANSFER_UNBALANCED: { description: 'A transfer’s entries do not sum to zero for an asset (observed: the sum).' },
    TRANSFER_TOO_FEW_ENTRIES: { description: 'A transfer has fewer than two entries.' },
    ASSET_NOT_ZERO: { description: 'All entries of an asset do not sum to zero (observed: the sum).' },
    BALANCE_MISMATCH: {
      description: 'An account’s cached balance (observed) differs from the sum of its entries (expected).',
    },
    HELD_MISMATCH: { description: 'An account’s held amount (observed) differs from its pending holds (expected).' },
    NEGATIVE_PLAYER_BALANCE: { description: 'A player account’s balance (observed) is below zero.' },
    PROVIDER_CLEARING_MISMATCH: {
      description:
        'Provider clearing for an asset (observed) differs from what the payment provider’s settled payments and payouts say it must be (expected).',
    },
  },
});

@ObjectType('ReconciliationFinding', {
  description: 'One inconsistency a reconciliation run found, in terms an operator can act on.',
})
export class ReconciliationFindingType {
  @Field(() => ReconciliationFindingKindEnum, { description: 'What kind of inconsistency it is.' })
  kind!: FindingKind;

  @Field(() => String, { nullable: true, description: 'The asset code concerned, when there is one.' })
  asset!: string | null;

  @Field(() => ID, { nullable: true, description: 'The account concerned, for balance findings.' })
  accountId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The transfer concerned, for transfer findings.' })
  transferId!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The value found (cached balance, held amount or sum), in minor units.',
  })
  observed!: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The value the entries or holds prove it should be, in minor units.',
  })
  expected!: bigint | null;

  @Field(() => String, { description: 'What was found, in plain words with amounts in the asset’s units.' })
  message!: string;
}

@ObjectType('ReconciliationRun', {
  description: 'One reconciliation of the tenant’s ledger (scheduled or run by an operator) and what it found.',
})
export class ReconciliationRunType {
  @Field(() => ID, { description: 'The run id.' })
  id!: string;

  @Field(() => ReconciliationStatusEnum, { description: 'BALANCED, or DISCREPANCY when anything was found.' })
  status!: ReconciliationStatus;

  @Field(() => Int, { description: 'How many accounts were checked.' })
  accountsChecked!: number;

  @Field(() => Int, { description: 'How many transfers were checked.' })
  transfersChecked!: number;

  @Field(() => [ReconciliationFindingType], { description: 'Everything found wrong (empty when BALANCED).' })
  findings!: ReconciliationFindingType[];

  @Field(() => Date, { description: 'When the run started (its snapshot of the ledger).' })
  startedAt!: Date;

  @Field(() => Date, { description: 'When the run was recorded.' })
  finishedAt!: Date;
}

@ObjectType('ReconciliationOverview', {
  description: 'The tenant’s reconciliation state at a glance, for the admin’s alert.',
})
export class ReconciliationOverviewType {
  @Field(() => Boolean, {
    description: 'Whether the latest run found a discrepancy (the alert stays open until a later run is BALANCED).',
  })
  hasDiscrepancies!: boolean;

  @Field(() => Int, { description: 'How many findings the latest run has (0 when balanced or never run).' })
  openAlerts!: number;

  @Field(() => ReconciliationRunType, { nullable: true, description: 'The latest run, if any ran.' })
  latestRun!: ReconciliationRunType | null;
}

export const ReconciliationRunConnection = connectionOf(ReconciliationRunType, 'ReconciliationRun', {
  one: 'A reconciliation run',
  page: 'A page of reconciliation runs, newest first.',
});
export type ReconciliationRunConnection = InstanceType<typeof ReconciliationRunConnection>;
