import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { withTenant, withTenantTransaction } from '@casinox/db';
import { CodedError, cursorTime, findAsset, decodeCursor, isUuid, type Page, toPage } from '@casinox/graphql';
import { WalletRefusal, WalletUnavailable } from '@casinox/wallet-client';
import type { TenantCurrencies } from '@casinox/events';
import type pg from 'pg';
import type { PoolLedger } from '../contributions/pool-ledger.js';
import {
  type Jackpot,
  type JackpotInput,
  type JackpotUpdate,
  mergeJackpotUpdate,
  validateJackpot,
} from '../domain/index.js';
import type { JackpotStatus } from './jackpot.entity.js';
import { configToJson, jackpotFromRow, type JackpotRow, type TierRow } from './jackpot.mapping.js';
import { seedTier } from './seed-tier.js';
import { openFirstDraws } from '../draws/draw.service.js';
import { writeEvent } from '../outbox/write-event.js';
import { jackpotRules } from './jackpot-rules.js';

/** A tier as anyone may see it: the pool and the public commitment, never the drop value or its seed. */
export interface TierView {
  code: string;
  pool: bigint;
  seedAmount: bigint;
  contributionShareBasisPoints: number;
  hitOneIn: number | null;
  minDropValue: bigint | null;
  maxDropValue: bigint | null;
  /** MUST_DROP: the range the next seeding draws in (differs from min/max after an edit, until this seeding drops). */
  nextMinDropValue: bigint | null;
  nextMaxDropValue: bigint | null;
  seeding: number;
  dropCommitment: string | null;
}

export interface JackpotView {
  id: string;
  tenantId: string;
  name: string;
  type: Jackpot['type'];
  status: JackpotStatus;
  asset: string;
  optIn: boolean;
  gameCodes: string[] | null;
  contributionBasisPoints: number;
  resetMinuteUtc: number | null;
  fairnessSlot: number | null;
  createdAt: Date;
  tiers: TierView[];
}

export interface WinView {
  id: string;
  jackpotId: string;
  tierCode: string;
  betId: string;
  playerId: string;
  asset: string;
  amount: bigint;
  status: 'PENDING' | 'PAID';
  wonAt: Date;
  paidAt: Date | null;
  seeding: number;
  serverSeed: string | null;
  commitment: string | null;
  clientSeed: string | null;
  dropValue: bigint | null;
  minDropValue: bigint | null;
  maxDropValue: bigint | null;
  round: number | null;
  byteOffset: number | null;
  word: bigint | null;
  hitOneIn: bigint | null;
  drawId: string | null;
  ticket: bigint | null;
  totalTickets: bigint | null;
  entriesDigest: string | null;
}

/** JSON with sorted keys: the stored config comes back from jsonb in jsonb's key order. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/** What an operator sends to create a jackpot (validated by validate-jackpot.ts). */
export type CreateJackpotRequest = JackpotInput & { idempotencyKey: string };

const JACKPOT_COLUMNS = `id, tenant_id, name, type, status, asset, opt_in, config, created_at`;
// drop_server_seed and drop_value are deliberately NOT selected for views: they cannot leak from here.
const PUBLIC_TIER_COLUMNS = `jackpot_id, code, position, pool, seeding, drop_commitment, drop_min_value, drop_max_value`;

/**
 * Jackpot configuration and reads on a plain pg pool under each tenant's RLS: operators create,
 * sponsor, edit and pause jackpots; players see pools and opt in. Every change games must apply on the
 * bet path (a jackpot created, edited, paused or resumed; a player's opt-in) writes its `jackpot.rules` /
 * `jackpot.opt-in` event to the outbox in the same transaction. Money moves only through the wallet,
 * via PoolLedger (seeds and sponsorships are recorded first, then funded under their keys).
 */
export class JackpotService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ledger: PoolLedger,
    private readonly currencies: TenantCurrencies,
  ) {}

  async create(tenantId: string, operatorId: string, request: CreateJackpotRequest): Promise<JackpotView> {
    const validation = validateJackpot(request);
    if (!validation.ok)
      throw new CodedError('BAD_USER_INPUT', 'Some jackpot settings are not valid.', { fields: validation.fields });
    const config = validation.jackpot;
    if (!(await this.currencies.offers(tenantId, config.asset))) {
      throw new CodedError('ASSET_NOT_OFFERED', `This casino does not offer ${config.asset}.`, {
        fields: [{ field: 'asset', problems: ['is not one of the casino’s currencies'] }],
      });
    }
    const json = configToJson(config);
    const requestHash = createHash('sha256').update(JSON.stringify(json)).digest('hex');
    const jackpotId = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const existing = await client.query<{ id: string; request_hash: string }>(
        `select id, request_hash from jackpot.jackpot where tenant_id = $1 and idempotency_key = $2`,
        [tenantId, request.idempotencyKey],
      );
      if (existing.rows[0]) {
        if (existing.rows[0].request_hash !== requestHash)
          throw new CodedError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different jackpot.');
        return existing.rows[0].id;
      }
      if (config.type === 'PROGRESSIVE') {
        const clash = await client.query(
          `select 1 from jackpot.jackpot where tenant_id = $1 and type = 'PROGRESSIVE' and (config->>'fairnessSlot')::int = $2`,
          [tenantId, config.fairnessSlot],
        );
        if (clash.rowCount)
          throw new CodedError('BAD_USER_INPUT', 'Another progressive jackpot uses this fairness slot.', {
            fields: [{ field: 'fairnessSlot', problems: ['is used by another progressive jackpot'] }],
          });
      }
      const id = randomUUID();
      await client.query(
        `insert into jackpot.jackpot (id, tenant_id, name, type, status, asset, opt_in, config, idempotency_key, request_hash, created_by, created_at, updated_at)
         values ($1, $2, $3, $4, 'ACTIVE', $5, $6, $7, $8, $9, $10, now(), now())`,
        [
          id,
          tenantId,
          config.name,
          config.type,
          config.asset,
          config.optIn,
          json,
          request.idempotencyKey,
          requestHash,
          operatorId,
        ],
      );
      for (const [position, tier] of config.tiers.entries()) {
        const seeding = seedTier(id, tier, 1);
        await client.query(
          `insert into jackpot.jackpot_tier (tenant_id, jackpot_id, code, position, pool, seeding, drop_commitment, drop_server_seed, drop_value, drop_min_value, drop_max_value, updated_at)
           values ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, now())`,
          [
            tenantId,
            id,
            tier.code,
            position,
            tier.seedAmount.toString(),
            seeding.dropCommitment,
            seeding.dropServerSeed,
            seeding.dropValue?.toString() ?? null,
            seeding.dropMinValue?.toString() ?? null,
            seeding.dropMaxValue?.toString() ?? null,
          ],
        );
        if (tier.seedAmount > 0n) {
          await client.query(
            `insert into jackpot.pool_funding (tenant_id, key, jackpot_id, tier_code, kind, amount, created_at) values ($1, $2, $3, $4, 'SEED', $5, now())`,
            [tenantId, `seed:${id}:${tier.code}`, id, tier.code, tier.seedAmount.toString()],
          );
        }
      }
      // Games learns the rules (and starts moving contributions) only if this commits.
      await writeEvent(client, tenantId, 'jackpot.rules', jackpotRules({ ...config, id }, 'ACTIVE'));
      await openFirstDraws(client, tenantId, { ...config, id }, new Date());
      return id;
    });
    // The seeds move into the ledger now; on a wallet outage the same idempotency key finishes it.
    for (const tier of config.tiers) await this.drive(tenantId, jackpotId, tier.code);
    return (await this.get(tenantId, jackpotId))!;
  }

  /** An operator's money into a SPONSORED jackpot's tier, once per idempotency key. */
  async sponsor(
    tenantId: string,
    operatorId: string,
    input: { jackpotId: string; tierCode: string; amount: bigint; idempotencyKey: string },
  ): Promise<JackpotView> {
    if (input.amount <= 0n)
      throw new CodedError('BAD_USER_INPUT', 'The amount must be above 0.', {
        fields: [{ field: 'amount', problems: ['must be above 0'] }],
      });
    const jackpot = await this.get(tenantId, input.jackpotId);
    if (!jackpot) throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    if (jackpot.type !== 'SPONSORED')
      throw new CodedError(
        'NOT_SPONSORED',
        'Only a sponsored jackpot is funded by hand; the others are funded by seeds and contributions.',
      );
    if (!jackpot.tiers.some((tier) => tier.code === input.tierCode)) {
      throw new CodedError('BAD_USER_INPUT', 'This jackpot has no such tier.', {
        fields: [{ field: 'tierCode', problems: ['is not a tier of this jackpot'] }],
      });
    }
    // A pool is one prize: it may never hold more than one money input of its asset (the wallet would refuse to pay it).
    const maxAmount = findAsset(jackpot.asset)?.maxAmount ?? 0n;
    const tooMuch = () =>
      new CodedError('BAD_USER_INPUT', `A pool may hold at most ${maxAmount} ${jackpot.asset} minor units.`, {
        fields: [{ field: 'amount', problems: [`must keep the pool at most ${maxAmount}`] }],
      });
    if (input.amount > maxAmount) throw tooMuch();
    const key = `sponsor:${createHash('sha256').update(`${input.jackpotId}|${input.idempotencyKey}`).digest('hex').slice(0, 48)}`;
    await withTenantTransaction(this.pool, tenantId, async (client) => {
      const inserted = await client.query(
        `insert into jackpot.pool_funding (tenant_id, key, jackpot_id, tier_code, kind, amount, created_by, created_at)
         values ($1, $2, $3, $4, 'SPONSOR', $5, $6, now()) on conflict do nothing`,
        [tenantId, key, input.jackpotId, input.tierCode, input.amount.toString(), operatorId],
      );
      if (inserted.rowCount === 0) {
        const { rows } = await client.query<{ tier_code: string; amount: string }>(
          `select tier_code, amount from jackpot.pool_funding where tenant_id = $1 and key = $2`,
          [tenantId, key],
        );
        if (rows[0]?.tier_code !== input.tierCode || rows[0]?.amount !== input.amount.toString()) {
          throw new CodedError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different funding.');
        }
        return;
      }
      const funded = await client.query(
        `update jackpot.jackpot_tier set pool = pool + $4, updated_at = now() where tenant_id = $1 and jackpot_id = $2 and code = $3 and pool + $4 <= $5`,
        [tenantId, input.jackpotId, input.tierCode, input.amount.toString(), maxAmount.toString()],
      );
      if (funded.rowCount === 0) throw tooMuch();
    });
    await this.drive(tenantId, input.jackpotId, input.tierCode);
    return (await this.get(tenantId, input.jackpotId))!;
  }

  /**
   * An operator's edit of a live jackpot (merge-jackpot-update.ts says what may change). The jackpot
   * row is locked, so concurrent edits apply one after the other, each onto the other's result; the
   * new rules reach games through `jackpot.rules` in the same transaction. Pools are not touched: a
   * new seed amount or drop range applies at the next (re)seeding, a new reset minute from the next
   * draw period. The same edit twice changes nothing the second time (and writes nothing).
   */
  async update(tenantId: string, operatorId: string, jackpotId: string, update: JackpotUpdate): Promise<JackpotView> {
    if (!isUuid(jackpotId)) throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    const found = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<Pick<JackpotRow, 'id' | 'config' | 'status'>>(
        `select id, config, status from jackpot.jackpot where tenant_id = $1 and id = $2 for update`,
        [tenantId, jackpotId],
      );
      const row = rows[0];
      if (!row) return false;
      const current = jackpotFromRow(row);
      const merged = mergeJackpotUpdate(current, update);
      if (!merged.ok)
        throw new CodedError('BAD_USER_INPUT', 'Some jackpot settings are not valid or cannot change.', {
          fields: merged.fields,
        });
      const json = configToJson(merged.jackpot);
      const { id: _id, ...stored } = current;
      if (canonicalJson(json) === canonicalJson(configToJson(stored))) return true;
      if (current.type === 'MUST_DROP') {
        // Keep with each running seeding the range its committed drop value was drawn in (rows seeded before it was stored).
        for (const tier of current.tiers) {
          await client.query(
            `update jackpot.jackpot_tier set drop_min_value = coalesce(drop_min_value, $4), drop_max_value = coalesce(drop_max_value, $5)
              where tenant_id = $1 and jackpot_id = $2 and code = $3 and (drop_min_value is null or drop_max_value is null)`,
            [tenantId, jackpotId, tier.code, tier.minDropValue.toString(), tier.maxDropValue.toString()],
          );
        }
      }
      await client.query(
        `update jackpot.jackpot set name = $3, opt_in = $4, config = $5, updated_at = now(), updated_by = $6 where tenant_id = $1 and id = $2`,
        [tenantId, jackpotId, merged.jackpot.name, merged.jackpot.optIn, json, operatorId],
      );
      await writeEvent(
        client,
        tenantId,
        'jackpot.rules',
        jackpotRules({ ...merged.jackpot, id: jackpotId }, row.status),
      );
      return true;
    });
    if (!found) throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    return (await this.get(tenantId, jackpotId))!;
  }

  async setStatus(tenantId: string, jackpotId: string, status: JackpotStatus): Promise<JackpotView> {
    if (!isUuid(jackpotId)) throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    const found = await withTenantTransaction(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<Pick<JackpotRow, 'id' | 'config'>>(
        `update jackpot.jackpot set status = $3, updated_at = now() where tenant_id = $1 and id = $2 returning id, config`,
        [tenantId, jackpotId, status],
      );
      if (!rows[0]) return false;
      await writeEvent(client, tenantId, 'jackpot.rules', jackpotRules(jackpotFromRow(rows[0]), status));
      return true;
    });
    if (!found) throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    return (await this.get(tenantId, jackpotId))!;
  }

  async list(tenantId: string, options: { activeOnly: boolean }): Promise<JackpotView[]> {
    return withTenant(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<JackpotRow>(
        `select ${JACKPOT_COLUMNS} from jackpot.jackpot where tenant_id = $1 ${options.activeOnly ? `and status = 'ACTIVE'` : ''} order by created_at desc, id desc limit 200`,
        [tenantId],
      );
      return this.withTiers(client, tenantId, rows);
    });
  }

  async get(tenantId: string, jackpotId: string): Promise<JackpotView | null> {
    if (!isUuid(jackpotId)) return null;
    return withTenant(this.pool, tenantId, async (client) => {
      const { rows } = await client.query<JackpotRow>(
        `select ${JACKPOT_COLUMNS} from jackpot.jackpot where tenant_id = $1 and id = $2`,
        [tenantId, jackpotId],
      );
      return (await this.withTiers(client, tenantId, rows))[0] ?? null;
    });
  }

  /** A player's opt-in for one jackpot of their tenant. */
  async setOptIn(tenantId: string, playerId: string, jackpotId: string, optedIn: boolean): Promise<JackpotView> {
    const jackpot = await this.get(tenantId, jackpotId);
    if (!jackpot || jackpot.status !== 'ACTIVE') throw new CodedError('NOT_FOUND', 'Jackpot was not found.');
    await withTenantTransaction(this.pool, tenantId, async (client) => {
      await client.query(
        `insert into jackpot.player_opt_in (tenant_id, player_id, jackpot_id, opted_in, updated_at) values ($1, $2, $3, $4, now())
         on conflict (tenant_id, player_id, jackpot_id) do update set opted_in = excluded.opted_in, updated_at = now()`,
        [tenantId, playerId, jackpotId, optedIn],
      );
      await writeEvent(client, tenantId, 'jackpot.opt-in', { jackpotId, playerId, optedIn });
    });
    return jackpot;
  }

  async optedIn(tenantId: string, playerId: string): Promise<Set<string>> {
    const rows = await withTenant(
      this.pool,
      tenantId,
      async (client) =>
        (
          await client.query<{ jackpot_id: string }>(
            `select jackpot_id from jackpot.player_opt_in where tenant_id = $1 and player_id = $2 and opted_in`,
            [tenantId, playerId],
          )
        ).rows,
    );
    return new Set(rows.map((row) => row.jackpot_id));
  }

  /** Wins newest first, with their verification data (the seed of a finished seeding is public). */
  async wins(
    tenantId: string,
    options: { jackpotId: string | null; winId?: string | null; first: number; after: string | null },
  ): Promise<Page<WinView>> {
    if (options.jackpotId != null && !isUuid(options.jackpotId))
      return { items: [], hasNextPage: false, endCursor: null };
    if (options.winId != null && !isUuid(options.winId)) return { items: [], hasNextPage: false, endCursor: null };
    const after = options.after ? decodeCursor(options.after) : null;
    const rows = await withTenant(this.pool, tenantId, async (client) => {
      const values: unknown[] = [tenantId, options.first + 1];
      let where = 'tenant_id = $1';
      if (options.jackpotId) {
        values.push(options.jackpotId);
        where += ` and jackpot_id = $${values.length}`;
      }
      if (options.winId) {
        values.push(options.winId);
        where += ` and id = $${values.length}`;
      }
      if (after) {
        values.push(after.at, after.id);
        where += ` and (created_at, id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`;
      }
      return (
        await client.query<Record<string, string | number | Date | null> & { id: string; at: string }>(
          `select *, ${cursorTime('created_at')} as at from jackpot.jackpot_win where ${where} order by created_at desc, id desc limit $2`,
          values,
        )
      ).rows;
    });
    const big = (value: unknown) => (value === null ? null : BigInt(value as string));
    return toPage(rows, options.first, (row) => ({
      id: row.id,
      jackpotId: row.jackpot_id as string,
      tierCode: row.tier_code as string,
      betId: row.bet_id as string,
      playerId: row.player_id as string,
      asset: row.asset as string,
      amount: BigInt(row.amount as string),
      status: row.status as WinView['status'],
      wonAt: row.created_at as Date,
      paidAt: row.paid_at as Date | null,
      seeding: row.seeding as number,
      serverSeed: row.server_seed as string | null,
      commitment: row.commitment as string | null,
      clientSeed: row.client_seed as string | null,
      dropValue: big(row.drop_value),
      minDropValue: big(row.min_drop_value),
      maxDropValue: big(row.max_drop_value),
      round: row.round as number | null,
      byteOffset: row.byte_offset as number | null,
      word: big(row.word),
      hitOneIn: big(row.hit_one_in),
      drawId: row.draw_id as string | null,
      ticket: big(row.ticket),
      totalTickets: big(row.total_tickets),
      entriesDigest: row.entries_digest as string | null,
    }));
  }

  private async drive(tenantId: string, jackpotId: string, tierCode: string): Promise<void> {
    try {
      await this.ledger.drive(tenantId, jackpotId, tierCode);
    } catch (error) {
      if (error instanceof WalletUnavailable || error instanceof WalletRefusal) {
        throw new CodedError(
          'WALLET_UNAVAILABLE',
          'The wallet did not confirm the pool funding; retry with the same idempotency key.',
        );
      }
      throw error;
    }
  }

  private async withTiers(client: pg.PoolClient, tenantId: string, rows: JackpotRow[]): Promise<JackpotView[]> {
    if (rows.length === 0) return [];
    const { rows: tiers } = await client.query<Omit<TierRow, 'drop_server_seed' | 'drop_value'>>(
      `select ${PUBLIC_TIER_COLUMNS} from jackpot.jackpot_tier where tenant_id = $1 and jackpot_id = any($2::uuid[]) order by position`,
      [tenantId, rows.map((row) => row.id)],
    );
    return rows.map((row) => {
      const jackpot = jackpotFromRow(row);
      return {
        id: row.id,
        tenantId: row.tenant_id,
        name: jackpot.name,
        type: jackpot.type,
        status: row.status,
        asset: jackpot.asset,
        optIn: jackpot.optIn,
        gameCodes: jackpot.scope.kind === 'GAMES' ? [...jackpot.scope.gameCodes] : null,
        contributionBasisPoints: jackpot.contributionBasisPoints,
        resetMinuteUtc: jackpot.type === 'FIXED' || jackpot.type === 'SPONSORED' ? (jackpot.resetMinuteUtc ?? 0) : null,
        fairnessSlot: jackpot.type === 'PROGRESSIVE' ? jackpot.fairnessSlot : null,
        createdAt: row.created_at,
        tiers: jackpot.tiers.map((config) => {
          const tier = tiers.find((t) => t.jackpot_id === row.id && t.code === config.code);
          const nextMinDropValue = 'minDropValue' in config ? (config.minDropValue as bigint) : null;
          const nextMaxDropValue = 'maxDropValue' in config ? (config.maxDropValue as bigint) : null;
          return {
            code: config.code,
            pool: BigInt(tier?.pool ?? '0'),
            seedAmount: config.seedAmount,
            contributionShareBasisPoints: config.contributionShareBasisPoints,
            hitOneIn: 'hitOneIn' in config ? (config.hitOneIn as number) : null,
            // The running seeding's range: what its committed drop value lies in.
            minDropValue: tier?.drop_min_value != null ? BigInt(tier.drop_min_value) : nextMinDropValue,
            maxDropValue: tier?.drop_max_value != null ? BigInt(tier.drop_max_value) : nextMaxDropValue,
            nextMinDropValue,
            nextMaxDropValue,
            seeding: tier?.seeding ?? 1,
            dropCommitment: tier?.drop_commitment ?? null,
          };
        }),
      };
    });
  }
}
