import { randomUUID } from 'node:crypto';
import { withTenant, withTenantTransaction } from '@casinox/db';
import { CodedError, cursorTime, decodeCursor, toConnection, toPage } from '@casinox/graphql';
import type pg from 'pg';
import { toCampaignView, type CampaignRow } from '../campaigns/campaign-row.js';
import type { CampaignService } from '../campaigns/campaign.service.js';
import {
  calculateBonusAmount,
  calculateWageringRequired,
  checkClaimEligibility,
  checkClaimVelocity,
  findCashbackPeriod,
  transitionGrant,
  type GrantState,
} from '../domain/index.js';
import type { GrantLifecycle } from './grant-lifecycle.js';
import { type ClaimProblem, keyReused } from './grant.errors.js';
import { type GrantRow, type GrantView, PLAYER_LOCK, toGrantView } from './grant-row.js';
import { insertGrant } from './insert-grant.js';

export type ClaimOutcome =
  | { ok: true; grant: GrantView | null; enrolled: boolean; replayed: boolean }
  | { ok: false; code: ClaimProblem; message: string; retryAfter?: Date };
export type CancelOutcome =
  { ok: true; grant: GrantView } | { ok: false; code: 'NOT_CANCELLABLE'; message: string; grant: GrantView };

const MESSAGES: Record<ClaimProblem, string> = {
  CAMPAIGN_NOT_FOUND: 'There is no such bonus.',
  CAMPAIGN_NOT_ACTIVE: 'This bonus is not on offer right now.',
  CAMPAIGN_CLOSED: 'This bonus has closed.',
  NEW_PLAYERS_ONLY: 'This bonus is for new players only.',
  OPT_IN_CODE_REQUIRED: 'This bonus needs its code.',
  INVALID_OPT_IN_CODE: 'That code does not match this bonus.',
  ALREADY_CLAIMED: 'You have already claimed this bonus.',
  CLAIM_VELOCITY_EXCEEDED: 'You have claimed too many bonuses today; try again later.',
  DEPOSIT_REQUIRED: 'This reload bonus is for players who have deposited before.',
  NOT_CLAIMABLE: 'This bonus cannot be claimed here.',
};

const refuse = (code: ClaimProblem, retryAfter?: Date): ClaimOutcome => ({
  ok: false,
  code,
  message: MESSAGES[code],
  retryAfter,
});

const SELECT = `select g.*, c.name as campaign_name, c.kind as campaign_kind, c.status as campaign_status, ${cursorTime('g.granted_at')} as at
  from bonus.bonus_grant g join bonus.campaign c on c.tenant_id = g.tenant_id and c.id = g.campaign_id`;

/**
 * Players' bonuses: claiming (eligibility, abuse limits, amount, then the grant), cancelling, and
 * reading them with their wagering progress. Money moves in GrantLifecycle after the grant is
 * recorded.
 */
export class GrantService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly campaigns: CampaignService,
    private readonly lifecycle: GrantLifecycle,
  ) {}

  /**
   * Claims a campaign (by id, or by its opt-in code) once per idempotency key: a replay returns the
   * first result. The player's claims are serialised by an advisory lock, so the one-per-campaign
   * and per-day limits hold under concurrent claims. What a claim makes depends on the kind:
   *
   * - NO_DEPOSIT, FREE_BETS: a GRANTED grant of the fixed amount (free bets: count × stake), then
   *   the usual activation.
   * - DEPOSIT_MATCH, RELOAD: a PENDING grant (amount 0) that the player's next qualifying deposit
   *   grants (deposit-completed.consumer.ts). RELOAD needs an earlier deposit.
   * - CASHBACK: an enrolment; the closing job grants cashback after each period with net losses.
   *
   * "New player" (newPlayersOnly) = no deposit (the wallet's deposit events, from when bonus began
   * recording them) and no earlier claim in this tenant. Cashback grants the job makes are not
   * claims: they count neither as "one per campaign" nor towards the daily limit.
   */
  async claim(
    tenantId: string,
    playerId: string,
    input: { campaignId?: string | null; code?: string | null; idempotencyKey: string },
  ): Promise<ClaimOutcome> {
    const now = new Date();
    type Claimed = { ok: true; grantId: string | null; enrolled: boolean; replayed: boolean; state?: string };
    const outcome = await withTenantTransaction<ClaimOutcome | Claimed>(this.pool, tenantId, async (client) => {
      await client.query(PLAYER_LOCK, [tenantId, playerId]);
      const { rows: replays } = await client.query<{ id: string | null; campaign_id: string }>(
        `select id, campaign_id from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and idempotency_key = $3
         union all select null, campaign_id from bonus.cashback_enrolment where tenant_id = $1 and player_id = $2 and idempotency_key = $3`,
        [tenantId, playerId, input.idempotencyKey],
      );
      const campaignRow = await this.findCampaign(client, tenantId, input);
      if (replays[0]) {
        if (campaignRow && campaignRow.id !== replays[0].campaign_id) throw keyReused();
        return { ok: true, grantId: replays[0].id, enrolled: replays[0].id === null, replayed: true };
      }
      if (!campaignRow) return refuse('CAMPAIGN_NOT_FOUND');
      const campaign = toCampaignView(campaignRow);

      const { rows: previous } = await client.query<{ campaign_id: string; claimed_at: Date }>(
        `select campaign_id, granted_at as claimed_at from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and period_key = ''
         union all select campaign_id, enrolled_at from bonus.cashback_enrolment where tenant_id = $1 and player_id = $2`,
        [tenantId, playerId],
      );
      const { rowCount: deposits } = await client.query(
        'select 1 from bonus.player_deposit where tenant_id = $1 and player_id = $2 limit 1',
        [tenantId, playerId],
      );
      const settings = await this.campaigns.settings(tenantId, client);
      const velocity = checkClaimVelocity(
        { campaignId: campaign.id, at: now },
        previous.map((claim) => ({ campaignId: claim.campaign_id, claimedAt: claim.claimed_at })),
        settings.maxClaimsPerDay,
      );
      if (!velocity.ok && velocity.code === 'ALREADY_CLAIMED') return refuse('ALREADY_CLAIMED');
      const eligibility = checkClaimEligibility(campaign, {
        isNewPlayer: previous.length === 0 && !deposits,
        code: input.code,
        now,
      });
      if (!eligibility.ok) return refuse(eligibility.code);
      if (!velocity.ok)
        return refuse(velocity.code, velocity.code === 'CLAIM_VELOCITY_EXCEEDED' ? velocity.retryAfter : undefined);

      const { terms } = campaign;
      if (terms.kind === 'CASHBACK') {
        const window = findCashbackPeriod(terms.period, now);
        await client.query(
          `insert into bonus.cashback_enrolment (tenant_id, campaign_id, player_id, idempotency_key, enrolled_at, closed_through) values ($1, $2, $3, $4, $5, $6)`,
          [tenantId, campaign.id, playerId, input.idempotencyKey, now, window.start],
        );
        await client.query(
          `insert into bonus.cashback_schedule (campaign_id, tenant_id, due_at) values ($1, $2, $3) on conflict (campaign_id) do nothing`,
          [campaign.id, tenantId, window.end],
        );
        await client.query('update bonus.campaign set claims = claims + 1 where tenant_id = $1 and id = $2', [
          tenantId,
          campaign.id,
        ]);
        return { ok: true, grantId: null, enrolled: true, replayed: false };
      }

      let state: GrantState;
      let amount = 0n;
      if (terms.kind === 'DEPOSIT_MATCH' || terms.kind === 'RELOAD') {
        if (terms.kind === 'RELOAD' && !deposits) return refuse('DEPOSIT_REQUIRED');
        state = 'PENDING';
      } else {
        const calculated = calculateBonusAmount(campaign, null);
        if (!calculated.ok) return refuse('NOT_CLAIMABLE');
        const granted = transitionGrant('PENDING', 'GRANT');
        if (!granted.ok) throw new Error(granted.error.message);
        state = granted.to;
        amount = calculated.amount;
      }
      const id = randomUUID();
      const inserted = await insertGrant(client, {
        id,
        tenantId,
        playerId,
        campaign,
        state,
        amount,
        wageringRequired: calculateWageringRequired(amount, campaign.wageringMultiplier),
        idempotencyKey: input.idempotencyKey,
        grantedAt: now,
      });
      if (!inserted) return refuse('ALREADY_CLAIMED');
      await client.query('update bonus.campaign set claims = claims + 1 where tenant_id = $1 and id = $2', [
        tenantId,
        campaign.id,
      ]);
      return { ok: true, grantId: id, enrolled: false, replayed: false, state };
    });
    if (!outcome.ok) return outcome;
    if (!('grantId' in outcome)) return outcome;
    if (outcome.state === 'GRANTED') {
      const activated = await this.lifecycle.activateNext(tenantId, playerId);
      if (activated) await this.lifecycle.advance(tenantId, activated);
    }
    return {
      ok: true,
      grant: outcome.grantId ? await this.one(tenantId, outcome.grantId) : null,
      enrolled: outcome.enrolled,
      replayed: outcome.replayed,
    };
  }

  /** The player cancels their ACTIVE bonus: it is forfeited (the money goes back to the house) and the next one starts. */
  async cancel(tenantId: string, playerId: string, grantId: string): Promise<CancelOutcome | null> {
    const result = await withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(PLAYER_LOCK, [tenantId, playerId]);
      const { rows } = await client.query<GrantRow>(
        'select * from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and id = $3',
        [tenantId, playerId, grantId],
      );
      const grant = rows[0];
      if (!grant) return null;
      const move = transitionGrant(grant.state, 'CANCEL');
      if (!move.ok) return { ok: false as const };
      await client.query(
        `update bonus.bonus_grant set state = $3, end_reason = 'PLAYER_CANCELLED', ended_at = now(), updated_at = now() where tenant_id = $1 and id = $2`,
        [tenantId, grantId, move.to],
      );
      await this.lifecycle.schedule(client, tenantId, grantId, new Date());
      return { ok: true as const };
    });
    if (!result) return null;
    if (result.ok) await this.lifecycle.advance(tenantId, grantId);
    const grant = (await this.one(tenantId, grantId))!;
    return result.ok
      ? { ok: true, grant }
      : { ok: false, code: 'NOT_CANCELLABLE', message: `A ${grant.state} bonus cannot be cancelled.`, grant };
  }

  async one(tenantId: string, grantId: string, playerId?: string): Promise<GrantView | null> {
    const rows = await withTenant(
      this.pool,
      tenantId,
      async (client) =>
        (
          await client.query<GrantRow>(
            `${SELECT} where g.tenant_id = $1 and g.id = $2 and ($3::uuid is null or g.player_id = $3)`,
            [tenantId, grantId, playerId ?? null],
          )
        ).rows,
    );
    return rows[0] ? toGrantView(rows[0]) : null;
  }

  /** A player's bonuses, newest first. */
  async page(tenantId: string, playerId: string, page: { first: number; after?: string | null }) {
    const { at, id } = page.after ? decodeCursor(page.after) : { at: null, id: null };
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<GrantRow & { at: string }>(
        `${SELECT} where g.tenant_id = $1 and g.player_id = $2 and ($3::timestamptz is null or (g.granted_at, g.id) < ($3::timestamptz, $4::uuid))
          order by g.granted_at desc, g.id desc limit $5`,
        [tenantId, playerId, at, id, page.first + 1],
      );
      return result.rows;
    });
    return toConnection(toPage(rows, page.first, toGrantView));
  }

  private async findCampaign(
    client: pg.PoolClient,
    tenantId: string,
    input: { campaignId?: string | null; code?: string | null },
  ): Promise<CampaignRow | undefined> {
    if (input.campaignId) {
      return (
        await client.query<CampaignRow>('select * from bonus.campaign where tenant_id = $1 and id = $2', [
          tenantId,
          input.campaignId,
        ])
      ).rows[0];
    }
    const code = input.code?.trim();
    if (!code)
      throw new CodedError('BAD_USER_INPUT', 'Name the bonus: campaignId or its code.', { field: 'campaignId' });
    const { rows } = await client.query<CampaignRow>(
      `select * from bonus.campaign where tenant_id = $1 and status <> 'ENDED' and upper(eligibility->>'optInCode') = upper($2) order by created_at desc limit 1`,
      [tenantId, code],
    );
    return rows[0];
  }
}
