import { MoneyScalar } from '@casinox/graphql';
import { Field, InputType, ObjectType } from 'type-graphql';
import { OperatorRef } from '../shared/operator-ref.types.js';
import { AssetType } from '../wallets/wallet.types.js';

@ObjectType('WalletSettings', {
  description:
    'The tenant’s withdrawal rules. Both amounts are minor units of the main currency; a withdrawal in any other asset cannot be measured against them and always needs two FINANCE approvals. A change applies to the next withdrawal request.',
})
export class WalletSettingsType {
  @Field(() => AssetType, {
    description:
      'The currency the daily limit and the approval threshold are counted in (read both amounts with its scale).',
  })
  mainCurrency!: AssetType;

  @Field(() => MoneyScalar, {
    description:
      'What one player may withdraw per UTC day in the main currency, pending withdrawals included, in its minor units. A request that would exceed it is refused with LIMIT_REACHED; 0 switches withdrawals off in every asset.',
  })
  dailyWithdrawalLimit!: bigint;

  @Field(() => MoneyScalar, {
    description:
      'A withdrawal of more than this, in minor units of the main currency, waits for two different FINANCE (or OWNER) approvals; up to it, it is paid out at once. 0 sends every withdrawal for approval; above the daily limit, none within the limit needs approval.',
  })
  approvalThreshold!: bigint;

  @Field(() => Boolean, {
    description:
      'Whether these are the platform defaults: the tenant never changed its rules, so they follow the platform’s.',
  })
  isDefault!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When an operator last changed the rules; null while they are the defaults.',
  })
  updatedAt!: Date | null;

  @Field(() => OperatorRef, {
    nullable: true,
    description: 'Who last changed the rules; null while they are the defaults.',
  })
  updatedBy!: OperatorRef | null;

  @Field(() => [AssetType], {
    description:
      'The assets the main currency may be set to: every platform fiat and crypto currency (game credits are never paid out).',
  })
  mainCurrencyChoices!: AssetType[];
}

@InputType('UpdateWalletSettingsInput', {
  description:
    'A complete set of withdrawal rules; it replaces the current one (amounts are only meaningful together with their currency).',
})
export class UpdateWalletSettingsInput {
  @Field(() => String, {
    description:
      'Asset code of a platform fiat or crypto currency, e.g. EUR or USDC (not CREDITS): the currency both amounts are in.',
  })
  mainCurrency!: string;

  @Field(() => MoneyScalar, {
    description: 'Per player and UTC day, in minor units of the main currency, 0 or more. 0 switches withdrawals off.',
  })
  dailyWithdrawalLimit!: bigint;

  @Field(() => MoneyScalar, {
    description:
      'In minor units of the main currency, 0 or more: withdrawals above it need two approvals. It may exceed the daily limit (then none within the limit needs approval).',
  })
  approvalThreshold!: bigint;
}
