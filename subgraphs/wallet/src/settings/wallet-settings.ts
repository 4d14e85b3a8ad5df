import type pg from 'pg';

export interface WalletSettingsView {
  mainCurrency: string;
  dailyWithdrawalLimit: bigint;
  approvalThreshold: bigint;
}

/** 10,000.00 a day and approvals above 1,000.00, in USD, unless the tenant configured otherwise. */
export const DEFAULT_WALLET_SETTINGS: WalletSettingsView = { mainCurrency: 'USD', dailyWithdrawalLimit: 1_000_000n, approvalThreshold: 100_000n };

/** Reads the tenant's settings inside the caller's tenant-scoped transaction. */
export async function readWalletSettings(client: pg.PoolClient, tenantId: string): Promise<WalletSettingsView> {
  const rows = await client.query<{ main_currency: string; daily_withdrawal_limit: string; approval_threshold: string }>(
    'select main_currency, daily_withdrawal_limit::text, approval_threshold::text from wallet.wallet_settings where tenant_id = $1',
    [tenantId],
  );
  const row = rows.rows[0];
  if (!row) return DEFAULT_WALLET_SETTINGS;
  return { mainCurrency: row.main_currency, dailyWithdrawalLimit: BigInt(row.daily_withdrawal_limit), approvalThreshold: BigInt(row.approval_threshold) };
}
