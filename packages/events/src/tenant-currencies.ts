import type pg from 'pg';
import type { TenantCurrenciesEvent } from './topology.js';

/** A tenant's own game credits are not a currency it lists: every tenant may use them. */
const ALWAYS_OFFERED = new Set(['CREDITS']);

/**
 * A subgraph's read model of each tenant's currency list, kept from identity's `tenant.currencies`
 * events (the house pattern: no call to identity on any money path). `offers` answers from memory,
 * re-reading a tenant's row at most every `ttlMs` (one indexed read per tenant and interval, never
 * per bet), so a change reaches every replica within that time. A tenant identity never announced
 * (synthetic tenants in tests; a brand-new tenant in the instant before its event is consumed) is
 * not restricted: identity writes the event in the transaction that creates the tenant, so every
 * real tenant has one.
 */
export class TenantCurrencies {
  private readonly cache = new Map<string, { currencies: ReadonlySet<string> | null; at: number }>();

  constructor(
    private readonly pool: pg.Pool,
    /** e.g. `games.tenant_currency`: (tenant_id uuid primary key, version int, currencies text[], updated_at). */
    private readonly table: string,
    private readonly ttlMs = 2_000,
  ) {}

  /** Idempotent and order-free: only a higher version replaces the row. */
  async handle(event: TenantCurrenciesEvent): Promise<void> {
    await this.pool.query(
      `insert into ${this.table} (tenant_id, version, currencies, updated_at) values ($1, $2, $3, now())
       on conflict (tenant_id) do update set version = excluded.version, currencies = excluded.currencies, updated_at = now()
       where ${this.table}.version < excluded.version`,
      [event.tenantId, event.version, event.currencies],
    );
    this.cache.delete(event.tenantId);
  }

  /** Whether the tenant offers `asset` (see the class comment for a tenant never announced). */
  async offers(tenantId: string, asset: string): Promise<boolean> {
    if (ALWAYS_OFFERED.has(asset)) return true;
    const currencies = await this.of(tenantId);
    return currencies === null || currencies.has(asset);
  }

  private async of(tenantId: string): Promise<ReadonlySet<string> | null> {
    const cached = this.cache.get(tenantId);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.currencies;
    const { rows } = await this.pool.query<{ currencies: string[] }>(
      `select currencies from ${this.table} where tenant_id = $1`,
      [tenantId],
    );
    const currencies = rows[0] ? new Set(rows[0].currencies) : null;
    this.cache.set(tenantId, { currencies, at: Date.now() });
    return currencies;
  }
}

/** The read model's table, for each subgraph's migration (its entity declares the same). */
export const tenantCurrencyDdl = (schema: string) =>
  `create table "${schema}"."tenant_currency" ("tenant_id" uuid not null, "version" int not null, "currencies" text[] not null, "updated_at" timestamptz not null, primary key ("tenant_id"));`;
