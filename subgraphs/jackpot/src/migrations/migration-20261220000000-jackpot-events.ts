import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 5, second slice.
 * - The jackpot outbox (`jackpot_event`, standard shape, no row-level security: only the relay reads
 *   it, across tenants, in seq order) and its cursor: `jackpot.rules` and `jackpot.opt-in` are
 *   written in the transaction of the change and relayed onto the bus for games' bet path.
 * - Scheduled draws of FIXED and SPONSORED tiers: one draw per tier and period (its secret server
 *   seed and public commitment from the moment it opens), the period's entries (one per bet, tier
 *   and jackpot, ever), and the schedule's task list (no row-level security: the scheduler reads it
 *   across tenants and then works under each tenant's).
 * - Wins keep what verifies them: a progressive hit's round, byte offset, word and odds; a draw's
 *   id, ticket, total tickets and entries digest. One win per bet and tier (a redelivered event
 *   can never record a second).
 */
export class Migration20261220000000JackpotEvents extends Migration {
  override up(): void {
    this.addSql(
      `create table "jackpot"."jackpot_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "payload" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "jackpot_event_kind_seq_index" on "jackpot"."jackpot_event" ("kind", "seq");`);
    this.addSql(
      `create table "jackpot"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("name"));`,
    );
    this.addSql(
      `insert into "jackpot"."outbox_cursor" ("name", "seq", "updated_at") values ('jackpot.rules', 0, now()), ('jackpot.opt-in', 0, now());`,
    );

    this.addSql(
      `create table "jackpot"."jackpot_draw" ("id" uuid not null, "tenant_id" uuid not null, "jackpot_id" uuid not null, "tier_code" varchar(16) not null, "status" text not null, "server_seed" varchar(64) not null, "commitment" varchar(64) not null, "opened_at" timestamptz not null, "closes_at" timestamptz not null, "closed_at" timestamptz null, "closed_by" varchar(16) null, "entry_count" int null, "total_tickets" bigint null, "entries_digest" varchar(64) null, "ticket" bigint null, "winner_bet_id" uuid null, "winner_player_id" uuid null, "win_id" uuid null, "prize" bigint null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "jackpot_draw_tenant_id_jackpot_id_opened_at_id_index" on "jackpot"."jackpot_draw" ("tenant_id", "jackpot_id", "opened_at", "id");`,
    );
    this.addSql(
      `create unique index "jackpot_draw_open_unique" on "jackpot"."jackpot_draw" ("tenant_id", "jackpot_id", "tier_code") where status = 'OPEN';`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot_draw" add constraint "jackpot_draw_status_check" check ("status" in ('OPEN', 'DRAWN', 'ROLLED_OVER'));`,
    );
    for (const sql of tenantIsolation('jackpot.jackpot_draw')) this.addSql(sql);

    this.addSql(
      `create table "jackpot"."draw_entry" ("tenant_id" uuid not null, "draw_id" uuid not null, "bet_id" uuid not null, "jackpot_id" uuid not null, "tier_code" varchar(16) not null, "player_id" uuid not null, "stake" bigint not null, "created_at" timestamptz not null, primary key ("tenant_id", "draw_id", "bet_id"));`,
    );
    this.addSql(
      `alter table "jackpot"."draw_entry" add constraint "draw_entry_tenant_id_jackpot_id_tier_code_bet_id_unique" unique ("tenant_id", "jackpot_id", "tier_code", "bet_id");`,
    );
    this.addSql(`alter table "jackpot"."draw_entry" add constraint "draw_entry_stake_check" check (stake > 0);`);
    for (const sql of tenantIsolation('jackpot.draw_entry')) this.addSql(sql);

    this.addSql(
      `create table "jackpot"."draw_task" ("draw_id" uuid not null, "kind" text not null, "tenant_id" uuid not null, "jackpot_id" uuid not null, "tier_code" varchar(16) not null, "due_at" timestamptz not null, primary key ("draw_id", "kind"));`,
    );
    this.addSql(`create index "draw_task_due_at_index" on "jackpot"."draw_task" ("due_at");`);
    this.addSql(
      `alter table "jackpot"."draw_task" add constraint "draw_task_kind_check" check ("kind" in ('CLOSE', 'DRIVE'));`,
    );

    this.addSql(
      `alter table "jackpot"."jackpot_win" add column "round" int null, add column "byte_offset" int null, add column "word" bigint null, add column "hit_one_in" bigint null, add column "draw_id" uuid null, add column "ticket" bigint null, add column "total_tickets" bigint null, add column "entries_digest" varchar(64) null;`,
    );
    this.addSql(
      `alter table "jackpot"."jackpot_win" add constraint "jackpot_win_tenant_id_jackpot_id_tier_code_bet_id_unique" unique ("tenant_id", "jackpot_id", "tier_code", "bet_id");`,
    );
  }
}
