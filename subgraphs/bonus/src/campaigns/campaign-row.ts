import type {
  Campaign as DomainCampaign,
  CampaignDraft,
  CampaignEligibility,
  CampaignTerms,
  ContributionWeights,
  MaxBetLimits,
} from '../domain/index.js';

/**
 * A campaign between its table row and the domain's shape. Amounts inside the JSON documents are
 * decimal strings (JSON has no bigint) and become bigint here, so every decision sees exact money.
 */
export interface CampaignRow {
  id: string;
  tenant_id: string;
  name: string;
  kind: string;
  status: string;
  terms: Record<string, unknown>;
  eligibility: Record<string, unknown>;
  weights: Record<string, number>;
  max_bet: Record<string, string>;
  wagering_multiplier: number;
  expires_in_days: number;
  valid_until: Date | null;
  max_cash_out: string | null;
  spend_order: string;
  claims: number;
  created_at: Date;
  updated_at: Date;
  /** The cursor text (paged queries only). */
  at?: string;
}

export interface CampaignView extends DomainCampaign {
  claims: number;
  createdAt: Date;
  updatedAt: Date;
}

const MONEY_KEYS = new Set(['cap', 'amount', 'stake', 'minDeposit']);

/** A stored JSON document (terms, eligibility, a grant's rules) with its amounts as bigint. */
export function withBigints<T>(document: Record<string, unknown>): T {
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [
      key,
      MONEY_KEYS.has(key) && typeof value === 'string' ? BigInt(value) : value,
    ]),
  ) as T;
}

/** A document with its bigint amounts as decimal strings, for a JSON column. */
export function withStrings(document: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [key, typeof value === 'bigint' ? value.toString() : value]),
  );
}

export function toCampaignView(row: CampaignRow): CampaignView {
  return {
    id: row.id,
    name: row.name,
    status: row.status as CampaignView['status'],
    terms: withBigints<CampaignTerms>(row.terms),
    eligibility: withBigints<CampaignEligibility>(row.eligibility),
    wageringMultiplier: row.wagering_multiplier,
    contributionWeights: row.weights as ContributionWeights,
    maxBet: Object.fromEntries(
      Object.entries(row.max_bet).map(([asset, limit]) => [asset, BigInt(limit)]),
    ) as MaxBetLimits,
    expiresInDays: row.expires_in_days,
    validUntil: row.valid_until,
    maxCashOut: row.max_cash_out === null ? null : BigInt(row.max_cash_out),
    spendOrder: row.spend_order as CampaignView['spendOrder'],
    claims: row.claims,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The column values of a draft (JSON documents with amounts as strings), in insert order after id/tenant. */
export function toCampaignColumns(draft: CampaignDraft): unknown[] {
  return [
    draft.name.trim(),
    draft.terms.kind,
    draft.status,
    withStrings(draft.terms),
    withStrings({ ...draft.eligibility, optInCode: draft.eligibility.optInCode?.trim() || null }),
    draft.contributionWeights,
    Object.fromEntries(Object.entries(draft.maxBet).map(([asset, limit]) => [asset, limit.toString()])),
    draft.wageringMultiplier,
    draft.expiresInDays,
    draft.validUntil,
    draft.maxCashOut?.toString() ?? null,
    draft.spendOrder,
  ];
}
