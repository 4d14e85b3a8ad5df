import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Jackpot contributions and bonus money inside the bet's own wallet transfer (issue 5), with no
 * extra round trip on the bet path: read models fed by events, `jackpot_rule` (jackpot.rules,
 * latest seq per jackpot), `jackpot_opt_in` (jackpot.opt-in, latest seq per player and jackpot),
 * the bonus spend order / bonus games on `player_bet_cap` (bonus.wagering), and on the bet what
 * the wallet call needs (`ledger`) and the wallet's bonus split. The bet functions that read and
 * write them are SQL sources (src/bets/sql/).
 */
export class Migration20261219000000JackpotRules extends Migration {
  override up(): void {
    this.addSql(
      `create table "games"."jackpot_rule" ("tenant_id" uuid not null, "jackpot_id" uuid not null, "seq" bigint not null, "type" varchar(16) not null, "active" boolean not null, "asset" varchar(16) not null, "game_codes" jsonb null, "opt_in" boolean not null, "contribution_basis_points" int not null, "fairness_slot" int null, "tiers" jsonb not null, "updated_at" timestamptz not null, primary key ("tenant_id", "jackpot_id"));`,
    );
    this.addSql(`create index "jackpot_rule_tenant_id_asset_index" on "games"."jackpot_rule" ("tenant_id", "asset");`);
    for (const sql of tenantIsolation('games.jackpot_rule')) this.addSql(sql);
    this.addSql(
      `create table "games"."jackpot_opt_in" ("tenant_id" uuid not null, "jackpot_id" uuid not null, "player_id" uuid not null, "opted_in" boolean not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id", "jackpot_id", "player_id"));`,
    );
    for (const sql of tenantIsolation('games.jackpot_opt_in')) this.addSql(sql);
    this.addSql(
      `alter table "games"."player_bet_cap" add column "spend_order" varchar(16) null, add column "bonus_games" jsonb null;`,
    );
    this.addSql(`alter table "games"."bet" add column "ledger" jsonb null, add column "bonus_split" jsonb null;`);
  }
}
