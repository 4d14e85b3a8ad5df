import type { SettlementReport } from '../payments/payment-provider.js';
import type { Finding } from './decide-reconciliation.js';

export interface ClearingInput {
  /** The ledger's provider-clearing balance per asset (sum of entries), in the run's snapshot. */
  ledger: ReadonlyMap<string, bigint>;
  /** The provider's own books for the tenant, read after the snapshot was taken. */
  report: SettlementReport;
  /** Of the report's recent records, the ones the snapshot's ledger already booked. */
  booked: ReadonlySet<string>;
}

/**
 * Whether provider clearing holds what the provider's records say, per asset. Clearing is where
 * money in transit with the provider sits: a credited deposit takes its amount out (the provider
 * owes it to us), a paid withdrawal puts its amount in (we owe it to the provider). So clearing
 * must equal (all settled payouts) − (all settled payments in). A record the provider settled
 * just now may not be booked yet — its webhook is on its way — so recent records the ledger has
 * not booked are set aside as in transit; an old one that is still unbooked is a real finding.
 * Pure.
 */
export function compareProviderClearing({ ledger, report, booked }: ClearingInput): Finding[] {
  const assets = new Set([...ledger.keys(), ...report.totals.map((t) => t.asset)]);
  const findings: Finding[] = [];
  for (const asset of [...assets].sort()) {
    const totals = report.totals.find((t) => t.asset === asset);
    let expected = (totals?.paidOut ?? 0n) - (totals?.paidIn ?? 0n);
    let inTransit = 0;
    for (const record of report.recent) {
      if (record.asset !== asset || booked.has(record.id)) continue;
      // Not booked yet: the ledger cannot reflect it, so neither does what we expect of it.
      expected += record.kind === 'PAYMENT' ? record.amount : -record.amount;
      inTransit += 1;
    }
    const actual = ledger.get(asset) ?? 0n;
    if (actual !== expected)
      findings.push({
        kind: 'PROVIDER_CLEARING_MISMATCH',
        asset,
        ledger: actual.toString(),
        provider: expected.toString(),
        inTransit,
      });
  }
  return findings;
}
