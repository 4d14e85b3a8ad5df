import { wageringPercent, type GrantState } from '../domain/index.js';

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
  granted_at: Date;
  activated_at: Date | null;
  expires_at: Date | null;
  funded_at: Date | null;
  ended_at: Date | null;
  settled_at: Date | null;
  /** Joined from the campaign in reads. */
  campaign_name?: string;
  at?: string;
}

export interface GrantView {
  id: string;
  tenantId: string;
  campaignId: string;
  campaignName: string;
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
  grantedAt: Date;
  activatedAt: Date | null;
  expiresAt: Date | null;
  fundedAt: Date | null;
  endedAt: Date | null;
}

export function toGrantView(row: GrantRow): GrantView {
  const progress = { required: BigInt(row.wagering_required), wagered: BigInt(row.wagered) };
  return {
    id: row.id,
    tenantId: row.tenant_id,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name ?? '',
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
    grantedAt: row.granted_at,
    activatedAt: row.activated_at,
    expiresAt: row.expires_at,
    fundedAt: row.funded_at,
    endedAt: row.ended_at,
  };
}

/** The bonus money still in the player's bonus account for this grant (bets do not draw on it yet). */
export const bonusBalance = (row: GrantRow): bigint => BigInt(row.bonus_amount) - BigInt(row.converted) - BigInt(row.forfeited);

/** Serialises every change to one player's grants in a tenant (claims, activations) within a transaction. */
export const PLAYER_LOCK = `select pg_advisory_xact_lock(hashtextextended('bonus:' || $1::text || ':' || $2::text, 0))`;
