import { Migration } from '@mikro-orm/migrations';

const TENANT = `tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`;
const isolate = (table: string) => [
  `alter table "bonus"."${table}" enable row level security;`,
  `alter table "bonus"."${table}" force row level security;`,
  `create policy "tenant_isolation" on "bonus"."${table}" using (${TENANT}) with check (${TENANT});`,
];

/**
 * Bonus money spent in bets, deposit bonuses, free bets, cashback and withdrawal forfeits:
 *
 * - bonus_grant: the claim-time spend order, bonus games and terms (`rules`, for a PENDING deposit
 *   bonus computed when its deposit arrives), the cashback period key (one grant per campaign and
 *   player becomes one per campaign, player and period; '' for every other kind), the qualifying
 *   deposit, and the ending's money plan. The amounts check loses `converted + forfeited ≤
 *   bonus_amount` (bets win bonus money) and allows 0 while PENDING.
 * - `bonus.wagering` now carries `spendOrder` and `bonusGames`, which the wallet splits stakes by
 *   (`src/outbox/sql/outbox_wagering.sql`).
 * - Read models: player_deposit (deposits; the deposit consumer's idempotency), cashback_enrolment
 *   and cashback_schedule (the period closing job), player_net_loss + cashback_bet (real-money
 *   losses per day, once per bet), withdrawal_forfeit (the withdrawal consumer's idempotency).
 */
export class Migration20261221000000DepositBonuses extends Migration {
  override up(): void {
    this
      .addSql(`alter table "bonus"."bonus_grant" add column "spend_order" text null, add column "bonus_games" jsonb null, add column "rules" jsonb null,
      add column "period_key" varchar(32) not null default '', add column "deposit_id" uuid null, add column "planned_to_cash" bigint null, add column "planned_forfeit" bigint null;`);
    this.addSql(`alter table "bonus"."bonus_grant" drop constraint "bonus_grant_amounts_check";`);
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_amounts_check" check (bonus_amount >= 0 and (bonus_amount > 0 or state = 'PENDING') and wagering_required >= 0 and wagered >= 0 and converted >= 0 and forfeited >= 0);`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_spend_order_check" check (spend_order in ('REAL_FIRST', 'BONUS_FIRST'));`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" drop constraint "bonus_grant_tenant_id_campaign_id_player_id_unique";`,
    );
    this.addSql(
      `alter table "bonus"."bonus_grant" add constraint "bonus_grant_tenant_id_campaign_id_player_id_period_key_unique" unique ("tenant_id", "campaign_id", "player_id", "period_key");`,
    );

    this.addSql(
      `create table "bonus"."player_deposit" ("tenant_id" uuid not null, "deposit_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "amount" bigint not null, "first_deposit" boolean not null, "completed_at" timestamptz not null, "grant_id" uuid null, "created_at" timestamptz not null, primary key ("tenant_id", "deposit_id"));`,
    );
    this.addSql(
      `create index "player_deposit_tenant_id_player_id_index" on "bonus"."player_deposit" ("tenant_id", "player_id");`,
    );
    for (const sql of isolate('player_deposit')) this.addSql(sql);

    this.addSql(
      `create table "bonus"."cashback_enrolment" ("tenant_id" uuid not null, "campaign_id" uuid not null, "player_id" uuid not null, "idempotency_key" varchar(120) not null, "enrolled_at" timestamptz not null, "closed_through" timestamptz not null, primary key ("tenant_id", "campaign_id", "player_id"));`,
    );
    this.addSql(
      `alter table "bonus"."cashback_enrolment" add constraint "cashback_enrolment_tenant_id_player_id_idempotency_key_unique" unique ("tenant_id", "player_id", "idempotency_key");`,
    );
    this.addSql(
      `create index "cashback_enrolment_tenant_id_campaign_id_closed_through_index" on "bonus"."cashback_enrolment" ("tenant_id", "campaign_id", "closed_through");`,
    );
    for (const sql of isolate('cashback_enrolment')) this.addSql(sql);

    this.addSql(
      `create table "bonus"."cashback_schedule" ("campaign_id" uuid not null, "tenant_id" uuid not null, "due_at" timestamptz not null, primary key ("campaign_id"));`,
    );
    this.addSql(`create index "cashback_schedule_due_at_index" on "bonus"."cashback_schedule" ("due_at");`);

    this.addSql(
      `create table "bonus"."player_net_loss" ("tenant_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "day" date not null, "staked" bigint not null, "paid" bigint not null, primary key ("tenant_id", "player_id", "asset", "day"));`,
    );
    for (const sql of isolate('player_net_loss')) this.addSql(sql);
    this.addSql(
      `create table "bonus"."cashback_bet" ("tenant_id" uuid not null, "bet_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "bet_id"));`,
    );
    for (const sql of isolate('cashback_bet')) this.addSql(sql);

    this.addSql(
      `create table "bonus"."withdrawal_forfeit" ("tenant_id" uuid not null, "withdrawal_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "amount" bigint not null, "grant_id" uuid null, "created_at" timestamptz not null, primary key ("tenant_id", "withdrawal_id"));`,
    );
    for (const sql of isolate('withdrawal_forfeit')) this.addSql(sql);
  }
}
