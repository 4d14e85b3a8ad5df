import { badInput } from '@casinox/graphql';
import { type AssetSpec, findAsset, PLATFORM_ASSETS } from '../assets/asset-catalogue.js';
import type { WalletSettingsView } from './wallet-settings.js';

const INT64_MAX = 2n ** 63n - 1n;

/** The assets a tenant may count its withdrawal rules in: every platform currency, never game credits. */
export const MAIN_CURRENCY_CHOICES: readonly AssetSpec[] = PLATFORM_ASSETS.filter((asset) => asset.kind !== 'CREDITS');

export type WalletSettingsField = keyof WalletSettingsView;

/**
 * BAD_USER_INPUT naming the offending input field, in both shapes the clients read: `field` (the
 * wallet's own errors) and `fields` (the class-validator shape the apps' forms mark fields from).
 */
export const invalidSetting = (field: WalletSettingsField, problem: string) =>
  badInput(`${field} ${problem}.`, { field, fields: [{ field, problems: [problem] }] });

/**
 * Validates a complete set of withdrawal rules before anything is written: the main currency is a
 * platform fiat or crypto asset (game credits are not paid out) and both amounts are whole minor
 * units of it, from 0 to the 64-bit maximum. A threshold above the daily limit is allowed (no
 * withdrawal the limit lets through then needs approvals); a limit of 0 stops every withdrawal.
 * Pure.
 */
export function readWalletSettingsInput(input: {
  mainCurrency: string;
  dailyWithdrawalLimit: bigint;
  approvalThreshold: bigint;
}): WalletSettingsView {
  const asset = findAsset(input.mainCurrency);
  if (!asset || asset.kind === 'CREDITS') {
    throw invalidSetting('mainCurrency', `must be one of ${MAIN_CURRENCY_CHOICES.map((a) => a.code).join(', ')}`);
  }
  for (const field of ['dailyWithdrawalLimit', 'approvalThreshold'] as const) {
    if (input[field] < 0n) throw invalidSetting(field, 'must be 0 or more');
    if (input[field] > INT64_MAX) throw invalidSetting(field, 'is outside the 64-bit range');
  }
  return {
    mainCurrency: asset.code,
    dailyWithdrawalLimit: input.dailyWithdrawalLimit,
    approvalThreshold: input.approvalThreshold,
  };
}
