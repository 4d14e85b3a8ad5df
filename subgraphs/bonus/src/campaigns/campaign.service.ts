import type { TenantCurrencies } from '@casinox/events';
import { randomUUID } from 'node:crypto';
import { withTenant, withTenantTransaction } from '@casinox/db';
import { CodedError, cursorTime, decodeCursor, notFound, toConnection, toPage } from '@casinox/graphql';
import type pg from 'pg';
import {
  calculateConversionRate,
  DEFAULT_BONUS_SETTINGS,
  validateCampaign,
  type BonusSettings,
  type CampaignDraft,
  type CampaignKind,
  type CampaignProblem,
  type CampaignStatus,
} from '../domain/index.js';
import { type CampaignRow, type CampaignView, toCampaignColumns, toCampaignView } from './campaign-row.js';

/** What operators see of a campaign's grants (see stats()). */
export interface CampaignStats {
  grants: number;
  pending: number;
  active: number;
  completed: number;
  expired: number;
  cancelled: number;
  granted: bigint;
  converted: bigint;
  forfeited: bigint;
  conversionRate: number | null;
}

const COLUMNS =
  'name, kind, status, terms, eligibility, weights, max_bet, wagering_multiplier, expires_in_days, valid_until, max_cash_out, spend_order';

/** An operator's campaign that breaks the rules: BAD_USER_INPUT listing every bad field at once. */
function invalidCampaign(problems: CampaignProblem[]): CodedError {
  return new CodedError('BAD_USER_INPUT', 'The campaign is not valid.', {
    fields: problems.map((problem) => ({ field: problem.field, code: problem.code, problems: [problem.message] })),
  });
}

/**
 * Campaigns and the tenant's bonus settings: what operators create, edit, pause and list, and what
 * players see on offer. Tenant-scoped transactions (RLS + explicit tenant) on a plain pool.
 */
export class CampaignService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly currencies: TenantCurrencies,
  ) {}

  async settings(tenantId: string, client?: pg.PoolClient): Promise<BonusSettings> {
    const read = async (c: pg.PoolClient) => {
      const { rows } = await c.query<{ max_wagering_multiplier: number; max_claims_per_day: number }>(
        'select max_wagering_multiplier, max_claims_per_day from bonus.bonus_settings where tenant_id = $1',
        [tenantId],
      );
      return rows[0]
        ? { maxWageringMultiplier: rows[0].max_wagering_multiplier, maxClaimsPerDay: rows[0].max_claims_per_day }
        : { ...DEFAULT_BONUS_SETTINGS };
    };
    return client ? read(client) : withTenant(this.pool, tenantId, read);
  }

  async updateSettings(tenantId: string, operatorId: string, settings: BonusSettings): Promise<BonusSettings> {
    const fields = [];
    if (
      !Number.isInteger(settings.maxWageringMultiplier) ||
      settings.maxWageringMultiplier < 0 ||
      settings.maxWageringMultiplier > 100
    ) {
      fields.push({ field: 'maxWageringMultiplier', problems: ['must be an integer between 0 and 100'] });
    }
    if (!Number.isInteger(settings.maxClaimsPerDay) || settings.maxClaimsPerDay < 1 || settings.maxClaimsPerDay > 100) {
      fields.push({ field: 'maxClaimsPerDay', problems: ['must be an integer between 1 and 100'] });
    }
    if (fields.length) throw new CodedError('BAD_USER_INPUT', 'The bonus settings are not valid.', { fields });
    await withTenantTransaction(this.pool, tenantId, (client) =>
      client.query(
        `insert into bonus.bonus_settings (tenant_id, max_wagering_multiplier, max_claims_per_day, updated_by, updated_at) values ($1, $2, $3, $4, now())
         on conflict (tenant_id) do update set max_wagering_multiplier = excluded.max_wagering_multiplier, max_claims_per_day = excluded.max_claims_per_day,
           updated_by = excluded.updated_by, updated_at = now()`,
        [tenantId, settings.maxWageringMultiplier, settings.maxClaimsPerDay, operatorId],
      ),
    );
    return this.settings(tenantId);
  }

  async create(tenantId: string, operatorId: string, draft: CampaignDraft): Promise<CampaignView> {
    const id = randomUUID();
    const row = await withTenantTransaction(this.pool, tenantId, async (client) => {
      await this.check(client, tenantId, null, draft);
      const { rows } = await client.query<CampaignRow>(
        `insert into bonus.campaign (id, tenant_id, ${COLUMNS}, created_by, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now(), now()) returning *`,
        [id, tenantId, ...toCampaignColumns(draft), operatorId],
      );
      return rows[0]!;
    });
    return toCampaignView(row);
  }

  /** Replaces a campaign's terms (its status stays: see setStatus). Grants already made keep the terms they were claimed under. */
  async update(tenantId: string, id: string, draft: Omit<CampaignDraft, 'status'>): Promise<CampaignView> {
    const row = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const current = await this.lock(client, tenantId, id);
      if (current.status === 'ENDED') throw new CodedError('CAMPAIGN_ENDED', 'An ended campaign cannot be changed.');
      const full: CampaignDraft = { ...draft, status: current.status as CampaignStatus };
      await this.check(client, tenantId, id, full);
      const { rows } = await client.query<CampaignRow>(
        `update bonus.campaign set (${COLUMNS}, updated_at) = ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
          where tenant_id = $1 and id = $2 returning *`,
        [tenantId, id, ...toCampaignColumns(full)],
      );
      return rows[0]!;
    });
    return toCampaignView(row);
  }

  /** ACTIVE ⇄ PAUSED, and either → ENDED, which is final (claims stop for good; grants made run on). */
  async setStatus(tenantId: string, id: string, status: CampaignStatus): Promise<CampaignView> {
    const row = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const current = await this.lock(client, tenantId, id);
      if (current.status === 'ENDED' && status !== 'ENDED')
        throw new CodedError('CAMPAIGN_ENDED', 'An ended campaign cannot be reopened.');
      if (status === 'ACTIVE' && current.valid_until && current.valid_until.getTime() <= Date.now()) {
        throw new CodedError('BAD_USER_INPUT', 'The campaign has closed (validUntil is past); move validUntil first.', {
          fields: [{ field: 'validUntil', code: 'IN_PAST', problems: ['is in the past'] }],
        });
      }
      const { rows } = await client.query<CampaignRow>(
        'update bonus.campaign set status = $3, updated_at = now() where tenant_id = $1 and id = $2 returning *',
        [tenantId, id, status],
      );
      return rows[0]!;
    });
    return toCampaignView(row);
  }

  async one(tenantId: string, id: string): Promise<CampaignView | null> {
    const rows = await withTenant(
      this.pool,
      tenantId,
      async (client) =>
        (
          await client.query<CampaignRow>('select * from bonus.campaign where tenant_id = $1 and id = $2', [
            tenantId,
            id,
          ])
        ).rows,
    );
    return rows[0] ? toCampaignView(rows[0]) : null;
  }

  async page(
    tenantId: string,
    filter: { status?: CampaignStatus | null },
    page: { first: number; after?: string | null },
  ) {
    const { at, id } = page.after ? decodeCursor(page.after) : { at: null, id: null };
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<CampaignRow & { at: string }>(
        `select *, ${cursorTime('created_at')} as at from bonus.campaign
          where tenant_id = $1 and ($2::text is null or status = $2)
            and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
          order by created_at desc, id desc limit $5`,
        [tenantId, filter.status ?? null, at, id, page.first + 1],
      );
      return result.rows;
    });
    return toConnection(toPage(rows, page.first, toCampaignView));
  }

  /**
   * Open campaigns this player may claim now, newest first: not claimed (or enrolled in) yet,
   * new-players-only ones only while the player has no deposit and no claim, RELOAD only after a
   * deposit. `kind` narrows the list (the deposit page lists DEPOSIT_MATCH and RELOAD offers).
   */
  async available(tenantId: string, playerId: string, kind?: CampaignKind | null): Promise<CampaignView[]> {
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<CampaignRow>(
        `with player as (
           select exists (select 1 from bonus.player_deposit where tenant_id = $1 and player_id = $2) as deposited,
                  exists (select 1 from bonus.bonus_grant where tenant_id = $1 and player_id = $2 and period_key = '')
                    or exists (select 1 from bonus.cashback_enrolment where tenant_id = $1 and player_id = $2) as claimed)
         select c.* from bonus.campaign c, player p
          where c.tenant_id = $1 and c.status = 'ACTIVE' and ($3::text is null or c.kind = $3) and (c.valid_until is null or c.valid_until > now())
            and not exists (select 1 from bonus.bonus_grant g where g.tenant_id = c.tenant_id and g.campaign_id = c.id and g.player_id = $2)
            and not exists (select 1 from bonus.cashback_enrolment e where e.tenant_id = c.tenant_id and e.campaign_id = c.id and e.player_id = $2)
            and (coalesce((c.eligibility ->> 'newPlayersOnly')::boolean, false) = false or not (p.deposited or p.claimed))
            and (c.kind <> 'RELOAD' or p.deposited)
          order by c.created_at desc, c.id desc limit 100`,
        [tenantId, playerId, kind ?? null],
      );
      return result.rows;
    });
    return rows.map(toCampaignView);
  }

  /**
   * Operators' figures for a set of campaigns in one query (a page of campaigns asks once):
   * grants awarded (PENDING deposit bonuses counted apart), in play (ACTIVE or ELIGIBLE), how they
   * ended, the money awarded, converted to cash (the bonus cost) and forfeited, and the conversion
   * rate. Campaigns without grants get zeros.
   */
  async stats(tenantId: string, campaignIds: string[]): Promise<Map<string, CampaignStats>> {
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const result = await client.query<{
        campaign_id: string;
        grants: number;
        pending: number;
        active: number;
        completed: number;
        expired: number;
        cancelled: number;
        granted: string;
        converted: string;
        forfeited: string;
      }>(
        `select campaign_id, count(*) filter (where state <> 'PENDING')::int as grants, count(*) filter (where state = 'PENDING')::int as pending,
                count(*) filter (where state in ('ACTIVE', 'ELIGIBLE'))::int as active, count(*) filter (where state = 'COMPLETED')::int as completed,
                count(*) filter (where state = 'EXPIRED')::int as expired, count(*) filter (where state = 'CANCELLED')::int as cancelled,
                coalesce(sum(bonus_amount), 0)::text as granted, coalesce(sum(converted), 0)::text as converted, coalesce(sum(forfeited), 0)::text as forfeited
           from bonus.bonus_grant where tenant_id = $1 and campaign_id = any ($2::uuid[]) group by campaign_id`,
        [tenantId, campaignIds],
      );
      return result.rows;
    });
    const stats = new Map<string, CampaignStats>();
    for (const id of campaignIds) {
      const row = rows.find((candidate) => candidate.campaign_id === id);
      const counts = {
        grants: row?.grants ?? 0,
        pending: row?.pending ?? 0,
        active: row?.active ?? 0,
        completed: row?.completed ?? 0,
        expired: row?.expired ?? 0,
        cancelled: row?.cancelled ?? 0,
      };
      stats.set(id, {
        ...counts,
        granted: BigInt(row?.granted ?? 0),
        converted: BigInt(row?.converted ?? 0),
        forfeited: BigInt(row?.forfeited ?? 0),
        conversionRate: calculateConversionRate({
          completed: counts.completed,
          ended: counts.completed + counts.expired + counts.cancelled,
        }),
      });
    }
    return stats;
  }

  private async lock(client: pg.PoolClient, tenantId: string, id: string): Promise<CampaignRow> {
    const { rows } = await client.query<CampaignRow>(
      'select * from bonus.campaign where tenant_id = $1 and id = $2 for update',
      [tenantId, id],
    );
    if (!rows[0]) throw notFound('Campaign');
    return rows[0];
  }

  /** The domain's validation against the tenant's settings, plus one rule only the store can check: an opt-in code names one open campaign. */
  private async check(client: pg.PoolClient, tenantId: string, id: string | null, draft: CampaignDraft): Promise<void> {
    const problems = validateCampaign(draft, { settings: await this.settings(tenantId, client), now: new Date() });
    const code = draft.eligibility.optInCode?.trim();
    if (code && !problems.some((problem) => problem.field === 'eligibility.optInCode')) {
      const { rowCount } = await client.query(
        `select 1 from bonus.campaign where tenant_id = $1 and status <> 'ENDED' and upper(eligibility->>'optInCode') = upper($2) and ($3::uuid is null or id <> $3)`,
        [tenantId, code, id],
      );
      if (rowCount)
        problems.push({
          field: 'eligibility.optInCode',
          code: 'UNKNOWN_VALUE',
          message: 'Another open campaign already uses this opt-in code.',
        });
    }
    const asset = draft.eligibility.asset;
    if (
      typeof asset === 'string' &&
      !problems.some((problem) => problem.field === 'eligibility.asset') &&
      !(await this.currencies.offers(tenantId, asset))
    ) {
      problems.push({
        field: 'eligibility.asset',
        code: 'ASSET_NOT_OFFERED',
        message: `This casino does not offer ${asset}.`,
      });
    }
    if (problems.length) throw invalidCampaign(problems);
  }
}
