import { withBigints } from '../campaigns/campaign-row.js';
import {
  isPendingGrantLapsed,
  pendingDepositDeadline,
  wageringPercent,
  type CampaignKind,
  type CampaignStatus,
  type CampaignTerms,
  type GrantState,
  type SpendOrder,
} from '../domain/index.js';

/** A bonus_grant row as pg returns it (int8 as strings). */
export interface GrantRow {
  id: string;
  tenant_id: string;
  campaign_id: string;
  player_id: string;
  state: GrantState;
  asset: string;
  bonus_amount: string;
  wagering_required: string;
  wagered: string;
  converted: string;
  forfeited: string;
  weights: Record<string, number>;
  max_bet: Record<string, string>;
  expires_in_days: number;
  max_cash_out: string | null;
  idempotency_key: string;
  spend_order: SpendOrder | null;
  bonus_games: string[] | null;
  rules: StoredGrantRules | null;
  period_key: string;
  deposit_id: string | null;
  planned_to_cash: string | null;
  planned_forfeit: string | null;
  granted_at: Date;
  activated_at: Date | null;
  expires_at: Date | null;
  funded_at: Date | null;
  ended_at: Date | null;
  end_reason: GrantEndReason | null;
  settled_at: Date | null;
  /** Joined from the campaign in reads. */
  campaign_name?: string;
  campaign_kind?: CampaignKind;
  campaign_status?: CampaignStatus;
  at?: string;
}

/** The claim-time rules a grant keeps (`bonus_grant.rules`), amounts as decimal strings. */
export interface StoredGrantRules {
  terms: Record<string, unknown>;
  minDeposit: string;
  newPlayersOnly: boolean;
  wageringMultiplier: number;
}

export const readGrantRules = (rules: StoredGrantRules) => ({
  terms: withBigints<CampaignTerms>(rules.terms),
  minDeposit: BigInt(rules.minDeposit),
  newPlayersOnly: rules.newPlayersOnly,
  wageringMultiplier: rules.wageringMultiplier,
});

export interface GrantView {
  id: string;
  tenantId: string;
  campaignId: string;
  campaignName: string;
  kind: CampaignKind | null;
  playerId: string;
  state: GrantState;
  asset: string;
  bonusAmount: bigint;
  wageringRequired: bigint;
  wagered: bigint;
  wageringPercent: number;
  converted: bigint;
  forfeited: bigint;
  maxCashOut: bigint | null;
  spendOrder: SpendOrder | null;
  bonusGames: string[] | null;
  periodKey: string | null;
  depositDeadline: Date | null;
  lapsed: boolean;
  grantedAt: Date;
  activatedAt: Date | null;
  expiresAt: Date | null;
  fundedAt: Date | null;
  endedAt: Date | null;
  endReason: GrantEndReason | null;
}

export function toGrantView(row: GrantRow, now = new Date()): GrantView {
  const progress = { required: BigInt(row.wagering_required), wagered: BigInt(row.wagered) };
  const pending = row.state === 'PENDING';
  return {
    id: row.id,
    tenantId: row.tenant_id,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name ?? '',
    kind: row.campaign_kind ?? null,
    playerId: row.player_id,
    state: row.state,
    asset: row.asset,
    bonusAmount: BigInt(row.bonus_amount),
    wageringRequired: progress.required,
    wagered: progress.wagered,
    wageringPercent: wageringPercent(progress),
    converted: BigInt(row.converted),
    forfeited: BigInt(row.forfeited),
    maxCashOut: row.max_cash_out === null ? null : BigInt(row.max_cash_out),
    spendOrder: row.spend_order,
    bonusGames: row.bonus_games,
    periodKey: row.period_key || null,
    depositDeadline: pending ? pendingDepositDeadline(row.granted_at) : null,
    lapsed:
      pending &&
      isPendingGrantLapsed({ grantedAt: row.granted_at, campaignStatus: row.campaign_status ?? 'ACTIVE' }, now),
    grantedAt: row.granted_at,
    activatedAt: row.activated_at,
    expiresAt: row.expires_at,
    fundedAt: row.funded_at,
    endedAt: row.ended_at,
    endReason: row.end_reason ?? null,
  };
}

/** Why a CANCELLED bonus ended: the player cancelled it, a withdrawal forfeited it, or its bonus money was all spent in bets. */
export const GRANT_END_REASONS = ['PLAYER_CANCELLED', 'WITHDRAWAL', 'BONUS_MONEY_SPENT'] as const;
export type GrantEndReason = (typeof GRANT_END_REASONS)[number];

/** Serialises every change to one player's grants in a tenant (claims, activations, deposits, forfeits) within a transaction. */
export const PLAYER_LOCK = `select pg_advisory_xact_lock(hashtextextended('bonus:' || $1::text || ':' || $2::text, 0))`;
