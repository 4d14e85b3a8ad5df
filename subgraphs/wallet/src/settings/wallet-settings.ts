import type pg from 'pg';

export interface WalletSettingsView {
  mainCurrency: string;
  dailyWithdrawalLimit: bigint;
  approvalThreshold: bigint;
}

/** The settings in force for a tenant, and where they come from. */
export interface WalletSettingsRecord {
  settings: WalletSettingsView;
  /** No row: the tenant never changed anything, so the platform defaults apply (and follow them). */
  isDefault: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** 10,000.00 a day and approvals above 1,000.00, in USD, unless the tenant configured otherwise. */
export const DEFAULT_WALLET_SETTINGS: WalletSettingsView = {
  mainCurrency: 'USD',
  dailyWithdrawalLimit: 1_000_000n,
  approvalThreshold: 100_000n,
};

interface SettingsRow {
  main_currency: string;
  daily_withdrawal_limit: string;
  approval_threshold: string;
  updated_at: Date;
  updated_by: string | null;
}

/** Reads the tenant's settings and their provenance inside the caller's tenant-scoped transaction. */
export async function readWalletSettingsRecord(client: pg.PoolClient, tenantId: string): Promise<WalletSettingsRecord> {
  const rows = await client.query<SettingsRow>(
    'select main_currency, daily_withdrawal_limit::text, approval_threshold::text, updated_at, updated_by from wallet.wallet_settings where tenant_id = $1',
    [tenantId],
  );
  const row = rows.rows[0];
  if (!row) return { settings: DEFAULT_WALLET_SETTINGS, isDefault: true, updatedAt: null, updatedBy: null };
  return {
    settings: {
      mainCurrency: row.main_currency,
      dailyWithdrawalLimit: BigInt(row.daily_withdrawal_limit),
      approvalThreshold: BigInt(row.approval_threshold),
    },
    isDefault: false,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Reads the tenant's settings inside the caller's tenant-scoped transaction. */
export async function readWalletSettings(client: pg.PoolClient, tenantId: string): Promise<WalletSettingsView> {
  return (await readWalletSettingsRecord(client, tenantId)).settings;
}
