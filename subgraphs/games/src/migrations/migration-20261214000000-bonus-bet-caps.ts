import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * The bonus max-bet rule (issue 5): games keeps a read model of the players' active bonus
 * wagering limits, fed by the bonus.wagering events of the bonus subgraph (off the bet's
 * synchronous path: no call to bonus per bet), and open_bet refuses a stake above it with
 * CX456 MAX_BET_EXCEEDED before the nonce is taken or any money moves (today in
 * src/bets/sql/place_bet.sql and place_all.sql).
 */
export class Migration20261214000000BonusBetCaps extends Migration {
  override up(): void {
    this.addSql(
      `create table "games"."player_bet_cap" ("tenant_id" uuid not null, "player_id" uuid not null, "grant_id" uuid not null, "asset" varchar(16) not null, "max_stake" bigint null, "active" boolean not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id", "player_id", "grant_id"));`,
    );
    for (const sql of tenantIsolation('games.player_bet_cap')) this.addSql(sql);
  }
}
