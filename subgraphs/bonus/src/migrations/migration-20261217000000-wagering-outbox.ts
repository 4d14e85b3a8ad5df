import { Migration } from '@mikro-orm/migrations';

/**
 * `bonus.wagering` for the games subgraph's max-bet rule: a trigger on bonus_grant writes an outbox
 * row in the same transaction whenever a grant starts or stops being ACTIVE (whatever code path
 * changed it), with the max bet for its asset; the relay moves it onto the event bus.
 * The outbox's tables; its triggers are SQL sources in `src/outbox/sql/`.
 */
export class Migration20261217000000WageringOutbox extends Migration {
  override up(): void {
    this.addSql(
      `create table "bonus"."outbox_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "payload" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "outbox_event_kind_seq_index" on "bonus"."outbox_event" ("kind", "seq");`);
    this.addSql(
      `create table "bonus"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("name"));`,
    );
    this.addSql(
      `insert into "bonus"."outbox_cursor" ("name", "seq", "updated_at") values ('bonus.wagering', 0, now());`,
    );
  }
}
