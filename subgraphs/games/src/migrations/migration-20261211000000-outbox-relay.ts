import { Migration } from '@mikro-orm/migrations';

/**
 * The bet.settled outbox moves onto the event bus: a cursor per outbox, and the outbox itself
 * without row-level security (only the relay reads it, across tenants, in seq order).
 */
export class Migration20261211000000OutboxRelay extends Migration {
  override up(): void {
    this.addSql(
      `create table "games"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "updated_at" timestamptz not null, primary key ("name"));`,
    );
    this.addSql(`insert into "games"."outbox_cursor" ("name", "seq", "updated_at") values ('bet.settled', 0, now());`);
    this.addSql(`drop policy "tenant_isolation" on "games"."bet_event";`);
    this.addSql(`alter table "games"."bet_event" no force row level security;`);
    this.addSql(`alter table "games"."bet_event" disable row level security;`);
  }
}
