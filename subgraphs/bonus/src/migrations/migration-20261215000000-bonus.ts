import { Migration } from '@mikro-orm/migrations';

/**
 * The bonus schema: campaigns, per-tenant bonus settings, grants with their wagering progress, the
 * applied-bet records (the bet.settled consumer's idempotency) and the sweep's work list. Tables
 * are column for column equal to the entities (the drift check compares them); every tenant-owned
 * table is under FORCE row-level security.
 */
export class Migration20261215000000Bonus extends Migration {
  override up(): void {
    this.addSql(
      `create table "bonus"."bonus_grant" ("id" uuid not null, "tenant_id" uuid not null, "campaign_id" uuid not null, "player_id" uuid not null, "state" text not null, "asset" varchar(16) not null, "bonus_amount" bigint not null, "wagering_required" bigint not null, "wagered" bigint not null default '0', "converted" bigint not null default '0', "forfeited" bigint not null default '0', "weights" jsonb not null, "max_bet" jsonb not null, "expires_in_days" int not null, "max_cash_out" bigint null, "idempotency_key" varchar(120) not null, "granted_at" timestamptz not null, "activated_at" timestamptz null, "expires_at" timestamptz null, "funded_at" timestamptz null, "ended_at" timestamptz null, "settled_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "bonus_grant_one_in_play_per_player" on "bonus"."bonus_grant" ("tenant_id", "player_id") where state in ('ACTIVE', 'ELIGIBLE');`,
    );
    this.addSql(
      `create index "bonus_grant_tenant_id_player_id_granted_at_id_index" on "bonus"."bonus_grant" ("tenant_id", "player_id", "granted_at", "id");`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_tenant_id_campaign_id_player_id_unique" unique ("tenant_id", "campaign_id", "player_id");`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_tenant_id_player_id_idempotency_key_unique" unique ("tenant_id", "player_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "bonus"."bonus_settings" ("tenant_id" uuid not null, "max_wagering_multiplier" int not null, "max_claims_per_day" int not null, "updated_by" uuid null, "updated_at" timestamptz not null, primary key ("tenant_id"));`,
    );
    this.addSql(
      `create table "bonus"."campaign" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(100) not null, "kind" text not null, "status" text not null, "terms" jsonb not null, "eligibility" jsonb not null, "weights" jsonb not null, "max_bet" jsonb not null, "wagering_multiplier" int not null, "expires_in_days" int not null, "valid_until" timestamptz null, "max_cash_out" bigint null, "spend_order" text not null, "claims" int not null default 0, "created_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "campaign_tenant_id_created_at_id_index" on "bonus"."campaign" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create table "bonus"."grant_task" ("grant_id" uuid not null, "tenant_id" uuid not null, "due_at" timestamptz not null, primary key ("grant_id"));`,
    );
    this.addSql(`create index "grant_task_due_at_index" on "bonus"."grant_task" ("due_at");`);
    this.addSql(
      `create table "bonus"."grant_wager" ("grant_id" uuid not null, "bet_id" uuid not null, "tenant_id" uuid not null, "game" varchar(16) not null, "asset" varchar(16) not null, "stake" bigint not null, "contributed" bigint not null, "created_at" timestamptz not null, primary key ("grant_id", "bet_id"));`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_amounts_check" check (bonus_amount > 0 and wagering_required >= 0 and wagered >= 0 and converted >= 0 and forfeited >= 0 and converted + forfeited <= bonus_amount);`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_state_check" check ("state" in ('PENDING', 'GRANTED', 'ACTIVE', 'ELIGIBLE', 'COMPLETED', 'EXPIRED', 'CANCELLED'));`,
    );
    this.addSql(`alter table "bonus"."bonus_grant" enable row level security;`);
    this.addSql(`alter table "bonus"."bonus_grant" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "bonus"."bonus_grant" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "bonus"."bonus_settings" add constraint "bonus_settings_max_claims_per_day_check" check (max_claims_per_day >= 1);`,
    );
    this.addSql(
      `alter table "bonus"."bonus_settings" add constraint "bonus_settings_max_wagering_multiplier_check" check (max_wagering_multiplier >= 0);`,
    );
    this.addSql(`alter table "bonus"."bonus_settings" enable row level security;`);
    this.addSql(`alter table "bonus"."bonus_settings" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "bonus"."bonus_settings" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "bonus"."campaign" add constraint "campaign_claims_check" check (claims >= 0);`);
    this.addSql(
      `alter table "bonus"."campaign" add constraint "campaign_wagering_multiplier_check" check (wagering_multiplier >= 0);`,
    );
    this.addSql(
      `alter table "bonus"."campaign" add constraint "campaign_kind_check" check ("kind" in ('DEPOSIT_MATCH', 'NO_DEPOSIT', 'FREE_BETS', 'CASHBACK', 'RELOAD'));`,
    );
    this.addSql(
      `alter table "bonus"."campaign" add constraint "campaign_status_check" check ("status" in ('ACTIVE', 'PAUSED', 'ENDED'));`,
    );
    this.addSql(
      `alter table "bonus"."campaign" add constraint "campaign_spend_order_check" check ("spend_order" in ('REAL_FIRST', 'BONUS_FIRST'));`,
    );
    this.addSql(`alter table "bonus"."campaign" enable row level security;`);
    this.addSql(`alter table "bonus"."campaign" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "bonus"."campaign" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "bonus"."grant_wager" enable row level security;`);
    this.addSql(`alter table "bonus"."grant_wager" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "bonus"."grant_wager" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
  }
}
