import { Migration } from '@mikro-orm/migrations';

/**
 * The games schema: per-tenant game configuration and stake limits, provably fair seed pairs,
 * bets, the bet.settled outbox and the responsible-gambling read model. Tables are column for
 * column equal to the entities (the drift check compares them); the hot path is PL/pgSQL, the SQL
 * sources in src/bets/sql/.
 */
export class Migration20261210000000Games extends Migration {
  override up(): void {
    this.addSql(
      `create table "games"."bet" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "game" varchar(16) not null, "variant" varchar(32) not null, "asset" varchar(16) not null, "stake" bigint not null, "payout" bigint null, "multiplier" numeric(24,8) null, "status" text not null, "idempotency_key" varchar(120) not null, "request_hash" varchar(64) not null, "seed_pair_id" uuid not null, "server_seed_hash" varchar(64) not null, "client_seed" varchar(64) not null, "nonce" int not null, "params" jsonb not null, "outcome" jsonb not null, "state" jsonb null, "rejection_code" varchar(32) null, "transfer_id" uuid null, "attempts" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "settled_at" timestamptz null, primary key ("id"));`,
    );
    // Room on each page for the settlement UPDATE's new row version: a HOT update, no index writes.
    this.addSql(`alter table "games"."bet" set (fillfactor = 80);`);
    this.addSql(
      `create index "bet_tenant_id_player_id_created_at_id_index" on "games"."bet" ("tenant_id", "player_id", "created_at", "id");`,
    );
    this.addSql(`create index "bet_tenant_id_created_at_id_index" on "games"."bet" ("tenant_id", "created_at", "id");`);
    this.addSql(
      `alter table "games"."bet" add constraint "bet_seed_pair_id_nonce_unique" unique ("seed_pair_id", "nonce");`,
    );
    this.addSql(
      `alter table "games"."bet" add constraint "bet_tenant_id_player_id_idempotency_key_unique" unique ("tenant_id", "player_id", "idempotency_key");`,
    );
    this.addSql(
      `create table "games"."bet_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "bet_id" uuid not null, "player_id" uuid not null, "payload" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "bet_event_tenant_id_seq_index" on "games"."bet_event" ("tenant_id", "seq");`);
    this.addSql(
      `create table "games"."game_config" ("tenant_id" uuid not null, "game" varchar(16) not null, "enabled" boolean not null, "variant" varchar(32) not null, "updated_by" uuid null, "updated_at" timestamptz not null, primary key ("tenant_id", "game"));`,
    );
    this.addSql(
      `create table "games"."player_restriction" ("tenant_id" uuid not null, "player_id" uuid not null, "kind" varchar(32) not null, "until" timestamptz null, "reason" varchar(200) null, "updated_at" timestamptz not null, primary key ("tenant_id", "player_id", "kind"));`,
    );
    this.addSql(
      `create table "games"."seed_pair" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "server_seed" varchar(64) not null, "server_seed_hash" varchar(64) not null, "client_seed" varchar(64) not null, "nonce" int not null default 0, "status" text not null default 'ACTIVE', "created_at" timestamptz not null, "revealed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "seed_pair_one_active_per_player" on "games"."seed_pair" ("tenant_id", "player_id") where status = 'ACTIVE';`,
    );
    this.addSql(
      `create index "seed_pair_tenant_id_player_id_created_at_index" on "games"."seed_pair" ("tenant_id", "player_id", "created_at");`,
    );
    this.addSql(
      `create table "games"."unsettled_bet" ("bet_id" uuid not null, "tenant_id" uuid not null, "since" timestamptz not null, primary key ("bet_id"));`,
    );
    this.addSql(`create index "unsettled_bet_since_index" on "games"."unsettled_bet" ("since");`);
    this.addSql(
      `create table "games"."stake_limit" ("tenant_id" uuid not null, "game" varchar(16) not null, "asset" varchar(16) not null, "min_stake" bigint not null, "max_stake" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id", "game", "asset"));`,
    );
    this.addSql(`alter table "games"."bet" add constraint "bet_payout_check" check (payout >= 0);`);
    this.addSql(`alter table "games"."bet" add constraint "bet_stake_check" check (stake > 0);`);
    this.addSql(
      `alter table "games"."bet" add constraint "bet_status_check" check ("status" in ('PENDING', 'OPEN', 'CASHING', 'SETTLED', 'REJECTED'));`,
    );
    this.addSql(`alter table "games"."bet" enable row level security;`);
    this.addSql(`alter table "games"."bet" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "games"."bet" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "games"."bet_event" enable row level security;`);
    this.addSql(`alter table "games"."bet_event" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "games"."bet_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "games"."game_config" enable row level security;`);
    this.addSql(`alter table "games"."game_config" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "games"."game_config" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "games"."player_restriction" enable row level security;`);
    this.addSql(`alter table "games"."player_restriction" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "games"."player_restriction" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(`alter table "games"."seed_pair" add constraint "seed_pair_nonce_check" check (nonce >= 0);`);
    this.addSql(
      `alter table "games"."seed_pair" add constraint "seed_pair_status_check" check ("status" in ('ACTIVE', 'REVEALED'));`,
    );
    this.addSql(`alter table "games"."seed_pair" enable row level security;`);
    this.addSql(`alter table "games"."seed_pair" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "games"."seed_pair" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
    this.addSql(
      `alter table "games"."stake_limit" add constraint "stake_limit_range_check" check (min_stake > 0 and max_stake >= min_stake);`,
    );
    this.addSql(`alter table "games"."stake_limit" enable row level security;`);
    this.addSql(`alter table "games"."stake_limit" force row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "games"."stake_limit" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
    );
  }
}
