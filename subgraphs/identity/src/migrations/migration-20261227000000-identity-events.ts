import { appendOnly } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Identity's outbox (see IdentityEvent): triggers write `tenant.currencies` when a tenant is
 * created or its currency list or status changes, and `player.registered` when a player joins a
 * tenant, whatever code path made the change (the service, the seed, a test builder). Every
 * existing tenant and player is written once here, so the read models start complete.
 */
export class Migration20261227000000IdentityEvents extends Migration {
  override up(): void {
    this.addSql(`create table "identity"."identity_event" ("seq" bigserial primary key, "tenant_id" uuid not null, "kind" varchar(32) not null, "payload" jsonb not null, "xid" xid8 not null default pg_current_xact_id(), "created_at" timestamptz not null);`);
    this.addSql(`create index "identity_event_kind_xid_seq_index" on "identity"."identity_event" ("kind", "xid", "seq");`);
    for (const sql of appendOnly('identity.identity_event')) this.addSql(sql);
    this.addSql(`create table "identity"."outbox_cursor" ("name" varchar(64) not null, "seq" bigint not null, "xid" xid8 not null default '0', "updated_at" timestamptz not null, primary key ("name"));`);
    this.addSql(`insert into "identity"."outbox_cursor" ("name", "seq", "updated_at") values ('tenant.currencies', 0, now()), ('player.registered', 0, now());`);
    this.addSql(`create or replace function "identity"."outbox_tenant_currencies"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' or old.currencies is distinct from new.currencies or old.status is distinct from new.status then
          insert into identity.identity_event (tenant_id, kind, payload, created_at) values (new.id, 'tenant.currencies',
            jsonb_build_object('version', new.version, 'currencies', to_jsonb(new.currencies), 'status', new.status), now());
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "currencies_outbox" after insert or update on "identity"."tenant" for each row execute function "identity"."outbox_tenant_currencies"();`);
    this.addSql(`create or replace function "identity"."outbox_player_registered"() returns trigger language plpgsql as $$
      begin
        insert into identity.identity_event (tenant_id, kind, payload, created_at) values (new.tenant_id, 'player.registered', jsonb_build_object('playerId', new.id), now());
        return null;
      end $$;`);
    this.addSql(`create trigger "registered_outbox" after insert on "identity"."player" for each row execute function "identity"."outbox_player_registered"();`);
    // The read models start from what exists now.
    this.addSql(`insert into identity.identity_event (tenant_id, kind, payload, created_at)
      select id, 'tenant.currencies', jsonb_build_object('version', version, 'currencies', to_jsonb(currencies), 'status', status), now() from identity.tenant order by created_at;`);
    this.addSql(`insert into identity.identity_event (tenant_id, kind, payload, created_at)
      select tenant_id, 'player.registered', jsonb_build_object('playerId', id), now() from identity.player order by created_at;`);
  }
}
