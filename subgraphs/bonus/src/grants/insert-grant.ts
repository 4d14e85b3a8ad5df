import type pg from 'pg';
import { withStrings, type CampaignView } from '../campaigns/campaign-row.js';
import { deriveGrantRules, type GrantState } from '../domain/index.js';
import type { StoredGrantRules } from './grant-row.js';

/**
 * Records a grant of `campaign` with the rules it keeps from the campaign at this moment (weights,
 * max bet, spend order and bonus games per `deriveGrantRules`, the terms a PENDING deposit bonus
 * is computed from later). ON CONFLICT DO NOTHING: returns false when the player already holds
 * this campaign's grant (for the period) or the idempotency key, so the caller decides what that
 * means.
 */
export async function insertGrant(
  client: pg.PoolClient,
  grant: {
    id: string;
    tenantId: string;
    playerId: string;
    campaign: CampaignView;
    state: GrantState;
    amount: bigint;
    wageringRequired: bigint;
    idempotencyKey: string;
    grantedAt: Date;
    periodKey?: string;
  },
): Promise<boolean> {
  const { campaign } = grant;
  const rules = deriveGrantRules(campaign);
  const stored: StoredGrantRules = {
    terms: withStrings(campaign.terms),
    minDeposit: campaign.eligibility.minDeposit.toString(),
    newPlayersOnly: campaign.eligibility.newPlayersOnly,
    wageringMultiplier: campaign.wageringMultiplier,
  };
  const { rowCount } = await client.query(
    `insert into bonus.bonus_grant (id, tenant_id, campaign_id, player_id, state, asset, bonus_amount, wagering_required, weights, max_bet,
       expires_in_days, max_cash_out, idempotency_key, spend_order, bonus_games, rules, period_key, granted_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, now())
     on conflict do nothing`,
    [
      grant.id,
      grant.tenantId,
      campaign.id,
      grant.playerId,
      grant.state,
      campaign.eligibility.asset,
      grant.amount.toString(),
      grant.wageringRequired.toString(),
      rules.weights,
      Object.fromEntries(Object.entries(rules.maxBet).map(([asset, limit]) => [asset, limit.toString()])),
      campaign.expiresInDays,
      campaign.maxCashOut?.toString() ?? null,
      grant.idempotencyKey,
      rules.spendOrder,
      rules.bonusGames === null ? null : JSON.stringify(rules.bonusGames),
      stored,
      grant.periodKey ?? '',
      grant.grantedAt,
    ],
  );
  return rowCount === 1;
}
