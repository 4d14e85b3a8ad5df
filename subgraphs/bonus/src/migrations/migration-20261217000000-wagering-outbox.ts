import { appendOnly } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * `bonus.wagering` for the games subgraph's max-bet rule: a trigger on bonus_grant writes an outbox
 * row in the same transaction whenever a grant starts or stops being ACTIVE (whatever code path
 * changed it), with the max bet for its asset; the relay moves it onto the event bus.
 */
export class Migration20261217000000WageringOutbox extends Migration {
  override up(): void {
    this.addSql(`create table "bonus"."outbox_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "payload" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "outbox_event_kind_seq_index" on "bonus"."outbox_event" ("kind", "seq");`);
    for (const sql of appendOnly('bonus.outbox_event')) this.addSql(sql);
    this.addSql(`create table "bonus"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("name"));`);
    this.addSql(`insert into "bonus"."outbox_cursor" ("name", "seq", "updated_at") values ('bonus.wagering', 0, now());`);
    this.addSql(`create or replace function "bonus"."outbox_wagering"() returns trigger language plpgsql as $$
      begin
        if (tg_op = 'INSERT' and new.state = 'ACTIVE') or (tg_op = 'UPDATE' and (old.state = 'ACTIVE') <> (new.state = 'ACTIVE')) then
          insert into bonus.outbox_event (tenant_id, kind, payload, created_at) values (new.tenant_id, 'bonus.wagering',
            jsonb_build_object('playerId', new.player_id, 'grantId', new.id, 'asset', new.asset, 'maxBet', new.max_bet ->> new.asset, 'active', new.state = 'ACTIVE'), now());
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "wagering_outbox" after insert or update on "bonus"."bonus_grant" for each row execute function "bonus"."outbox_wagering"();`);
  }
}
