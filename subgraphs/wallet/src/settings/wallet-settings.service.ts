import { withTenant, withTenantTransaction } from '@casinox/db';
import type pg from 'pg';
import { readWalletSettingsInput } from './read-wallet-settings-input.js';
import { readWalletSettingsRecord, type WalletSettingsRecord } from './wallet-settings.js';

/**
 * A tenant's withdrawal rules as operators read and change them. Withdrawal requests read the
 * settings inside their own transaction (see WithdrawalService), so a change applies to the next
 * request; requests already placed keep the approvals they were given.
 */
export class WalletSettingsService {
  constructor(private readonly pool: pg.Pool) {}

  read(tenantId: string): Promise<WalletSettingsRecord> {
    return withTenant(this.pool, tenantId, (client) => readWalletSettingsRecord(client, tenantId));
  }

  /** Replaces the tenant's rules as a whole and records who changed them (the first change creates the row). */
  async update(
    tenantId: string,
    operatorId: string,
    input: { mainCurrency: string; dailyWithdrawalLimit: bigint; approvalThreshold: bigint },
  ): Promise<WalletSettingsRecord> {
    const settings = readWalletSettingsInput(input);
    return withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(
        `insert into wallet.wallet_settings (tenant_id, main_currency, daily_withdrawal_limit, approval_threshold, updated_at, updated_by)
         values ($1, $2, $3, $4, now(), $5)
         on conflict (tenant_id) do update set main_currency = excluded.main_currency, daily_withdrawal_limit = excluded.daily_withdrawal_limit,
           approval_threshold = excluded.approval_threshold, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [
          tenantId,
          settings.mainCurrency,
          settings.dailyWithdrawalLimit.toString(),
          settings.approvalThreshold.toString(),
          operatorId,
        ],
      );
      return readWalletSettingsRecord(client, tenantId);
    });
  }
}
