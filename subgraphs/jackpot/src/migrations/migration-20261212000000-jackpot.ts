import { Migration } from '@mikro-orm/migrations';

/**
 * The jackpot schema (issue 5, first slice): jackpots with their configuration, each tier's pool
 * read model and MUST_DROP commitment (secret seed and drop value kept here until the drop),
 * contributions (one per bet, tier and jackpot: the idempotency of `bet.settled`), house fundings
 * of pools (seed, reseed, sponsorship) waiting for / done in the ledger, wins with their proof,
 * and players' opt-ins. Every table is tenant-owned under row-level security (FORCE). Column for
 * column equal to the entities (`npm run check:drift` compares them).
 */
export class Migration20261212000000Jackpot extends Migration {
  override up(): void {
    this.addSql(
      `create table "jackpot"."contribution" ("tenant_id" uuid not null, "jackpot_id" uuid not null, "bet_id" uuid not null, "tier_code" varchar(16) not null, "player_id" uuid not null, "amount" bigint not null, "pool_after" bigint not null, "created_at" timestamptz not null, "funded_at" timestamptz null, primary key ("tenant_id", "jackpot_id", "bet_id", "tier_code"));`,
    );
    this.addSql(
      `create index "contribution_unfunded_index" on "jackpot"."contribution" ("tenant_id", "jackpot_id", "tier_code") where funded_at is null;`,
    );
    this.addSql(
      `create table "jackpot"."jackpot" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(64) not null, "type" text not null, "status" text not null, "asset" varchar(16) not null, "opt_in" boolean not null, "config" jsonb not null, "idempotency_key" varchar(120) not null, "request_hash" varchar(64) not null, "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "jackpot_tenant_id_created_at_id_index" on "jackpot"."jackpot" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot" add constraint "jackpot_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "jackpot"."jackpot_tier" ("tenant_id" uuid not null, "jackpot_id" uuid not null, "code" varchar(16) not null, "position" smallint not null, "pool" bigint not null, "seeding" int not null, "drop_commitment" varchar(64) null, "drop_server_seed" varchar(64) null, "drop_value" bigint null, "updated_at" timestamptz not null, primary key ("tenant_id", "jackpot_id", "code"));`,
    );
    this.addSql(
      `create table "jackpot"."jackpot_win" ("id" uuid not null, "tenant_id" uuid not null, "jackpot_id" uuid not null, "tier_code" varchar(16) not null, "bet_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "amount" bigint not null, "status" text not null, "seeding" int not null, "server_seed" varchar(64) null, "commitment" varchar(64) null, "client_seed" varchar(128) null, "drop_value" bigint null, "min_drop_value" bigint null, "max_drop_value" bigint null, "transfer_id" uuid null, "created_at" timestamptz not null, "paid_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "jackpot_win_pending_index" on "jackpot"."jackpot_win" ("tenant_id", "jackpot_id", "tier_code") where status = 'PENDING';`,
    );
    this.addSql(
      `create index "jackpot_win_tenant_id_jackpot_id_created_at_id_index" on "jackpot"."jackpot_win" ("tenant_id", "jackpot_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "jackpot_win_tenant_id_created_at_id_index" on "jackpot"."jackpot_win" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot_win" add constraint "jackpot_win_tenant_id_jackpot_id_tier_code_seeding_unique" unique ("tenant_id", "jackpot_id", "tier_code", "seeding");`,
    );
    this.addSql(
      `create table "jackpot"."player_opt_in" ("tenant_id" uuid not null, "player_id" uuid not null, "jackpot_id" uuid not null, "opted_in" boolean not null, "updated_at" timestamptz not null, primary key ("tenant_id", "player_id", "jackpot_id"));`,
    );
    this.addSql(
      `create table "jackpot"."pool_funding" ("tenant_id" uuid not null, "key" varchar(120) not null, "jackpot_id" uuid not null, "tier_code" varchar(16) not null, "kind" text not null, "amount" bigint not null, "created_by" uuid null, "created_at" timestamptz not null, "funded_at" timestamptz null, primary key ("tenant_id", "key"));`,
    );
    this.addSql(
      `create index "pool_funding_unfunded_index" on "jackpot"."pool_funding" ("tenant_id", "jackpot_id", "tier_code") where funded_at is null;`,
    );
    this.addSql(`alter table "jackpot"."contribution" add constraint "contribution_amount_check" check (amount > 0);`);
    this.addSql(`alter table "jackpot"."contribution" enable row level security;`);
    this.addSql(`alter table "jackpot"."contribution" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "jackpot"."contribution" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot" add constraint "jackpot_type_check" check ("type" in ('FIXED', 'PROGRESSIVE', 'SPONSORED', 'MUST_DROP'));`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot" add constraint "jackpot_status_check" check ("status" in ('ACTIVE', 'PAUSED'));`,
    );
    this.addSql(`alter table "jackpot"."jackpot" enable row level security;`);
    this.addSql(`alter table "jackpot"."jackpot" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "jackpot"."jackpot" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot_tier" add constraint "jackpot_tier_seeding_check" check (seeding >= 1);`,
    );
    this.addSql(`alter table "jackpot"."jackpot_tier" add constraint "jackpot_tier_pool_check" check (pool >= 0);`);
    this.addSql(`alter table "jackpot"."jackpot_tier" enable row level security;`);
    this.addSql(`alter table "jackpot"."jackpot_tier" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "jackpot"."jackpot_tier" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "jackpot"."jackpot_win" add constraint "jackpot_win_amount_check" check (amount > 0);`);
    this.addSql(
      `alter table "jackpot"."jackpot_win" add constraint "jackpot_win_status_check" check ("status" in ('PENDING', 'PAID'));`,
    );
    this.addSql(`alter table "jackpot"."jackpot_win" enable row level security;`);
    this.addSql(`alter table "jackpot"."jackpot_win" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "jackpot"."jackpot_win" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "jackpot"."player_opt_in" enable row level security;`);
    this.addSql(`alter table "jackpot"."player_opt_in" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "jackpot"."player_opt_in" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "jackpot"."pool_funding" add constraint "pool_funding_amount_check" check (amount > 0);`);
    this.addSql(
      `alter table "jackpot"."pool_funding" add constraint "pool_funding_kind_check" check ("kind" in ('SEED', 'RESEED', 'SPONSOR'));`,
    );
    this.addSql(`alter table "jackpot"."pool_funding" enable row level security;`);
    this.addSql(`alter table "jackpot"."pool_funding" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "jackpot"."pool_funding" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
  }
}
