import { withTenant } from '@casinox/db';
import { cursorTime, decodeCursor, type Page, toPage } from '@casinox/graphql';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { canonicalJson } from '../ledger/request-hash.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { depositCreditKey, withdrawalSettleKey } from '../payments/settlement-keys.js';
import { compareProviderClearing } from './compare-provider-clearing.js';
import { decideReconciliation, type Finding } from './decide-reconciliation.js';
import { describeFinding, type FindingView } from './describe-finding.js';
import type { ReconciliationStatus } from './reconciliation-run.entity.js';

export interface ReconciliationReport {
  runId: string;
  tenantId: string;
  status: ReconciliationStatus;
  accountsChecked: number;
  transfersChecked: number;
  findings: Finding[];
}

/** A recorded run as the admin reads it. */
export interface ReconciliationRunView {
  id: string;
  status: ReconciliationStatus;
  accountsChecked: number;
  transfersChecked: number;
  findings: FindingView[];
  startedAt: Date;
  finishedAt: Date;
}

interface RunRow {
  id: string;
  status: ReconciliationStatus;
  accounts_checked: number;
  transfers_checked: number;
  findings: Finding[];
  started_at: Date;
  created_at: Date;
}

const toRunView = (row: RunRow): ReconciliationRunView => ({
  id: row.id,
  status: row.status,
  accountsChecked: row.accounts_checked,
  transfersChecked: row.transfers_checked,
  findings: row.findings.map(describeFinding),
  startedAt: row.started_at,
  finishedAt: row.created_at,
});

export interface ReconciliationOptions {
  /** Provider records settled this recently may still have their webhook on the way: unbooked, they count as in transit. */
  providerGraceMs: number;
}

/**
 * Proves, per tenant and asset, that the ledger holds together: every transfer has ≥ 2 entries
 * summing to zero per asset, every asset's entries sum to zero, every cached player balance and
 * held amount equals what its entries and pending holds say, no player balance is negative, and
 * provider clearing holds what the payment provider's own settled records say it must.
 * Each tenant is checked in one REPEATABLE READ transaction (one consistent snapshot while bets
 * keep posting) scoped by row-level security, and the run is recorded with its findings.
 */
export class ReconciliationService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly provider: PaymentProvider | null = null,
    private readonly options: ReconciliationOptions = { providerGraceMs: 10 * 60_000 },
  ) {}

  async reconcileAll(): Promise<ReconciliationReport[]> {
    // ledger_tenant has no row-level security: it is the only cross-tenant list the job needs.
    const tenants = await this.pool.query<{ tenant_id: string }>(
      'select tenant_id from wallet.ledger_tenant order by tenant_id',
    );
    const reports: ReconciliationReport[] = [];
    for (const { tenant_id } of tenants.rows) reports.push(await this.reconcileTenant(tenant_id));
    return reports;
  }

  /** An operator's "reconcile now": the run recorded for their tenant, as the admin lists it. */
  async runNow(tenantId: string): Promise<ReconciliationRunView> {
    const report = await this.reconcileTenant(tenantId);
    const run = (await this.readRuns(tenantId, 'id = $2', [report.runId]))[0];
    if (!run) throw new Error(`reconciliation run ${report.runId} was not recorded`);
    return run;
  }

  /** The tenant's runs, newest first. */
  listRuns(tenantId: string, limit: number): Promise<ReconciliationRunView[]> {
    return this.readRuns(tenantId, 'true', [], limit);
  }

  /** One keyset page of the tenant's runs, newest first. */
  async pageRuns(
    tenantId: string,
    page: { first: number; after?: string | null },
  ): Promise<Page<ReconciliationRunView>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const rows = await withTenant(this.pool, tenantId, (client) =>
      client.query<RunRow & { at: string }>(
        `select id, status, accounts_checked, transfers_checked, findings, started_at, created_at, ${cursorTime('created_at')} as at from wallet.reconciliation_run
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::uuid))
          order by created_at desc, id desc limit $4`,
        [tenantId, after?.at ?? null, after?.id ?? null, page.first + 1],
      ),
    );
    return toPage(rows.rows, page.first, toRunView);
  }

  /** The alert: open while the latest run found anything. */
  async overview(
    tenantId: string,
  ): Promise<{ hasDiscrepancies: boolean; openAlerts: number; latestRun: ReconciliationRunView | null }> {
    const latestRun = (await this.listRuns(tenantId, 1))[0] ?? null;
    return {
      hasDiscrepancies: latestRun?.status === 'DISCREPANCY',
      openAlerts: latestRun?.findings.length ?? 0,
      latestRun,
    };
  }

  private async readRuns(
    tenantId: string,
    condition: string,
    params: unknown[],
    limit = 1,
  ): Promise<ReconciliationRunView[]> {
    return withTenant(this.pool, tenantId, async (client) => {
      const rows = await client.query<RunRow>(
        `select id, status, accounts_checked, transfers_checked, findings, started_at, created_at from wallet.reconciliation_run
          where tenant_id = $1 and ${condition} order by created_at desc, id desc limit $${params.length + 2}`,
        [tenantId, ...params, limit],
      );
      return rows.rows.map(toRunView);
    });
  }

  async reconcileTenant(tenantId: string): Promise<ReconciliationReport> {
    const client = await this.pool.connect();
    const startedAt = new Date();
    try {
      await client.query('begin isolation level repeatable read');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const findings: Finding[] = [];
      const unbalanced = await client.query<{ transfer_id: string; asset: string; total: string }>(
        `select e.transfer_id, s.code as asset, sum(e.amount)::text as total
           from wallet.entry e join wallet.asset s on s.id = e.asset_id
          group by e.transfer_id, s.code having sum(e.amount) <> 0`,
      );
      for (const row of unbalanced.rows)
        findings.push({ kind: 'TRANSFER_UNBALANCED', transferId: row.transfer_id, asset: row.asset, sum: row.total });
      const thin = await client.query<{ id: string; entries: number }>(
        `select t.id, count(e.id)::int as entries from wallet.transfer t left join wallet.entry e on e.tenant_id = t.tenant_id and e.transfer_id = t.id
          group by t.id having count(e.id) < 2`,
      );
      for (const row of thin.rows)
        findings.push({ kind: 'TRANSFER_TOO_FEW_ENTRIES', transferId: row.id, entries: row.entries });
      const assets = await client.query<{ asset: string; total: string }>(
        `select s.code as asset, sum(e.amount)::text as total from wallet.entry e join wallet.asset s on s.id = e.asset_id
          group by s.code having sum(e.amount) <> 0`,
      );
      for (const row of assets.rows) findings.push({ kind: 'ASSET_NOT_ZERO', asset: row.asset, sum: row.total });
      const accounts = await client.query<{
        id: string;
        asset: string;
        balance: string | null;
        held: string;
        entries: string;
        holds: string;
      }>(
        `select a.id, s.code as asset, a.balance::text, a.held::text,
                coalesce((select sum(e.amount) from wallet.entry e where e.tenant_id = a.tenant_id and e.account_id = a.id), 0)::text as entries,
                coalesce((select sum(h.amount) from wallet.hold h where h.tenant_id = a.tenant_id and h.account_id = a.id and h.status = 'PENDING'), 0)::text as holds
           from wallet.account a join wallet.asset s on s.id = a.asset_id`,
      );
      for (const row of accounts.rows) {
        if (row.balance !== null && row.balance !== row.entries) {
          findings.push({
            kind: 'BALANCE_MISMATCH',
            accountId: row.id,
            asset: row.asset,
            cached: row.balance,
            entries: row.entries,
          });
        }
        if (row.held !== row.holds)
          findings.push({
            kind: 'HELD_MISMATCH',
            accountId: row.id,
            asset: row.asset,
            held: row.held,
            pendingHolds: row.holds,
          });
        if (row.balance !== null && BigInt(row.balance) < 0n) {
          findings.push({ kind: 'NEGATIVE_PLAYER_BALANCE', accountId: row.id, asset: row.asset, balance: row.balance });
        }
      }
      findings.push(...(await this.checkProviderClearing(client, tenantId, startedAt)));
      const transfers = await client.query<{ count: number }>('select count(*)::int as count from wallet.transfer');
      const report: ReconciliationReport = {
        runId: randomUUID(),
        tenantId,
        status: decideReconciliation(findings),
        accountsChecked: accounts.rowCount ?? 0,
        transfersChecked: transfers.rows[0]?.count ?? 0,
        findings,
      };
      await client.query(
        `insert into wallet.reconciliation_run (id, tenant_id, status, accounts_checked, transfers_checked, findings, started_at, created_at)
         values ($1, $2, $3, $4, $5, $6::jsonb, $7, now())`,
        [
          report.runId,
          tenantId,
          report.status,
          report.accountsChecked,
          report.transfersChecked,
          canonicalJson(findings),
          startedAt,
        ],
      );
      await client.query('commit');
      if (report.status === 'DISCREPANCY')
        console.error(`[wallet] reconciliation found ${findings.length} discrepancies in tenant ${tenantId}`);
      return report;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Provider clearing against the provider's books. The snapshot is already fixed (the queries
   * above ran in it), and the provider's report is read after it: anything the provider settled
   * since then is recent and unbooked in the snapshot, so it counts as in transit, never as a
   * difference.
   */
  private async checkProviderClearing(client: pg.PoolClient, tenantId: string, startedAt: Date): Promise<Finding[]> {
    if (!this.provider) return [];
    const clearing = await client.query<{ asset: string; balance: string }>(
      `select s.code as asset, coalesce(sum(e.amount), 0)::text as balance
         from wallet.account a join wallet.asset s on s.id = a.asset_id
         left join wallet.entry e on e.tenant_id = a.tenant_id and e.account_id = a.id
        where a.type = 'PROVIDER_CLEARING' group by s.code`,
    );
    const report = await this.provider.settlementReport(
      tenantId,
      new Date(startedAt.getTime() - this.options.providerGraceMs),
    );
    const keyOf = (record: (typeof report.recent)[number]) =>
      record.kind === 'PAYMENT' ? depositCreditKey(record.id) : withdrawalSettleKey(record.merchantReference);
    const booked = await client.query<{ idempotency_key: string }>(
      `select idempotency_key from wallet.transfer where idempotency_key = any($1::text[])`,
      [report.recent.map(keyOf)],
    );
    const bookedKeys = new Set(booked.rows.map((row) => row.idempotency_key));
    return compareProviderClearing({
      ledger: new Map(clearing.rows.map((row) => [row.asset, BigInt(row.balance)])),
      report,
      booked: new Set(report.recent.filter((record) => bookedKeys.has(keyOf(record))).map((record) => record.id)),
    });
  }
}
