import { requireOperator } from '@casinox/graphql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { findAsset } from '../assets/asset-catalogue.js';
import type { WalletContext } from '../context.js';
import { MAIN_CURRENCY_CHOICES } from './read-wallet-settings-input.js';
import type { WalletSettingsRecord } from './wallet-settings.js';
import { UpdateWalletSettingsInput, WalletSettingsType } from './wallet-settings.types.js';

const toType = (record: WalletSettingsRecord): WalletSettingsType => ({
  mainCurrency: findAsset(record.settings.mainCurrency)!,
  dailyWithdrawalLimit: record.settings.dailyWithdrawalLimit,
  approvalThreshold: record.settings.approvalThreshold,
  isDefault: record.isDefault,
  updatedAt: record.updatedAt,
  updatedBy: record.updatedBy ? { id: record.updatedBy } : null,
  mainCurrencyChoices: [...MAIN_CURRENCY_CHOICES],
});

@Resolver(() => WalletSettingsType)
export class WalletSettingsResolver {
  @Query(() => WalletSettingsType, {
    description:
      'The operator’s tenant’s withdrawal rules: daily limit, approval threshold and their currency (any operator role).',
  })
  async walletSettings(@Ctx() ctx: WalletContext): Promise<WalletSettingsType> {
    const operator = requireOperator(ctx);
    return toType(await ctx.services.settings.read(operator.tenantId));
  }

  @Mutation(() => WalletSettingsType, {
    description:
      'Replaces the tenant’s withdrawal rules (FINANCE or OWNER) and records who changed them; the next withdrawal request follows them. Invalid input is BAD_USER_INPUT naming the field.',
  })
  async updateWalletSettings(
    @Arg('input', () => UpdateWalletSettingsInput, { description: 'The complete new rules.' })
    input: UpdateWalletSettingsInput,
    @Ctx() ctx: WalletContext,
  ): Promise<WalletSettingsType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toType(await ctx.services.settings.update(operator.tenantId, operator.operatorId, input));
  }
}
