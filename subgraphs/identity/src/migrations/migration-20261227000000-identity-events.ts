import { Migration } from '@mikro-orm/migrations';

/**
 * Identity's outbox (see IdentityEvent): triggers write `tenant.currencies` when a tenant is
 * created or its currency list or status changes, and `player.registered` when a player joins a
 * tenant, whatever code path made the change (the service, the seed, a test builder). Every
 * existing tenant and player is written once here, so the read models start complete. The
 * triggers are SQL sources (`src/outbox/sql/`), applied after the migrations.
 */
export class Migration20261227000000IdentityEvents extends Migration {
  override up(): void {
    this.addSql(
      `create table "identity"."identity_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "payload" jsonb not null, "xid" xid8 not null default pg_current_xact_id(), "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "identity_event_kind_xid_seq_index" on "identity"."identity_event" ("kind", "xid", "seq");`,
    );
    this.addSql(
      `create table "identity"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "xid" xid8 not null default '0', "updated_at" timestamptz not null, primary key ("name"));`,
    );
    this.addSql(
      `insert into "identity"."outbox_cursor" ("name", "seq", "updated_at") values ('tenant.currencies', 0, now()), ('player.registered', 0, now());`,
    );
    // The read models start from what exists now.
    this.addSql(`insert into identity.identity_event (tenant_id, kind, payload, created_at)
      select id, 'tenant.currencies', jsonb_build_object('version', version, 'currencies', to_jsonb(currencies), 'status', status), now() from identity.tenant order by created_at;`);
    this.addSql(`insert into identity.identity_event (tenant_id, kind, payload, created_at)
      select tenant_id, 'player.registered', jsonb_build_object('playerId', id), now() from identity.player order by created_at;`);
  }
}
