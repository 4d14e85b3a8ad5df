import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * The identity schema: tenants, global users, tenant memberships (players, operators), partner
 * API keys, refresh-token families, signing keys and the login rate-limit counters.
 *
 * Hand-written, and kept column-for-column equal to the entities (the drift test compares
 * `getUpdateSchemaSQL()` with nothing). Runs as `identity_owner`; the bootstrap's default
 * privileges give the runtime role DML on every table created here, and FORCE'd row-level
 * security binds it on the tenant-owned ones.
 */
export class Migration20261121000000Identity extends Migration {
  override up(): void {
    this.addSql(`create table "identity"."tenant" (
      "id" uuid not null,
      "slug" varchar(32) not null,
      "name" varchar(64) not null,
      "status" text not null default 'ACTIVE',
      "currencies" text[] not null,
      "branding" jsonb not null,
      "version" int not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(`alter table "identity"."tenant" add constraint "tenant_slug_unique" unique ("slug");`);
    this.addSql(
      `alter table "identity"."tenant" add constraint "tenant_status_check" check ("status" in ('ACTIVE', 'SUSPENDED'));`,
    );

    this.addSql(`create table "identity"."user_account" (
      "id" uuid not null,
      "email" varchar(254) not null,
      "password_hash" text null,
      "display_name" varchar(64) not null,
      "platform_admin" boolean not null default false,
      "totp_secret" text null,
      "totp_enabled" boolean not null default false,
      "totp_last_step" int null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(`alter table "identity"."user_account" add constraint "user_account_email_unique" unique ("email");`);

    // Tenant-owned tables: tenant_id leads every index (Citus distribution column later).
    this.addSql(`create table "identity"."player" (
      "id" uuid not null,
      "tenant_id" uuid not null,
      "user_id" uuid not null,
      "display_name" varchar(64) not null,
      "status" text not null default 'ACTIVE',
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(
      `alter table "identity"."player" add constraint "player_tenant_id_user_id_unique" unique ("tenant_id", "user_id");`,
    );
    this.addSql(
      `alter table "identity"."player" add constraint "player_status_check" check ("status" in ('ACTIVE', 'DISABLED'));`,
    );
    this.addSql(
      `alter table "identity"."player" add constraint "player_tenant_id_foreign" foreign key ("tenant_id") references "identity"."tenant" ("id");`,
    );
    this.addSql(
      `alter table "identity"."player" add constraint "player_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id");`,
    );

    this.addSql(`create table "identity"."operator" (
      "id" uuid not null,
      "tenant_id" uuid not null,
      "user_id" uuid not null,
      "display_name" varchar(64) not null,
      "role" text not null,
      "status" text not null default 'INVITED',
      "invite_token_hash" varchar(64) null,
      "invite_expires_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(
      `create index "operator_tenant_id_created_at_id_index" on "identity"."operator" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "identity"."operator" add constraint "operator_tenant_id_invite_token_hash_unique" unique ("tenant_id", "invite_token_hash");`,
    );
    this.addSql(
      `alter table "identity"."operator" add constraint "operator_tenant_id_user_id_unique" unique ("tenant_id", "user_id");`,
    );
    this.addSql(
      `alter table "identity"."operator" add constraint "operator_role_check" check ("role" in ('OWNER', 'ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT'));`,
    );
    this.addSql(
      `alter table "identity"."operator" add constraint "operator_status_check" check ("status" in ('INVITED', 'ACTIVE', 'DISABLED'));`,
    );
    this.addSql(
      `alter table "identity"."operator" add constraint "operator_tenant_id_foreign" foreign key ("tenant_id") references "identity"."tenant" ("id");`,
    );
    this.addSql(
      `alter table "identity"."operator" add constraint "operator_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id");`,
    );

    this.addSql(`create table "identity"."api_key" (
      "id" uuid not null,
      "tenant_id" uuid not null,
      "name" varchar(64) not null,
      "key_id" varchar(16) not null,
      "secret_hash" varchar(64) not null,
      "scopes" text[] not null,
      "created_by_operator_id" uuid not null,
      "last_used_at" timestamptz null,
      "revoked_at" timestamptz null,
      "created_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(
      `create index "api_key_tenant_id_created_at_id_index" on "identity"."api_key" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "identity"."api_key" add constraint "api_key_tenant_id_key_id_unique" unique ("tenant_id", "key_id");`,
    );
    this.addSql(
      `alter table "identity"."api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "identity"."tenant" ("id");`,
    );
    this.addSql(
      `alter table "identity"."api_key" add constraint "api_key_created_by_operator_id_foreign" foreign key ("created_by_operator_id") references "identity"."operator" ("id");`,
    );

    // Row-level security: FORCE'd, so it binds the runtime role (never the owner) on every query.
    for (const statement of [
      ...tenantIsolation('identity.player'),
      // Users may read their own memberships in every tenant, for the admin's tenant switcher.
      ...tenantIsolation('identity.operator', 'user_id'),
      ...tenantIsolation('identity.api_key'),
    ]) {
      this.addSql(statement);
    }

    // Global: a refresh arrives with only the opaque token, before any tenant is known.
    this.addSql(`create table "identity"."refresh_token" (
      "id" uuid not null,
      "family_id" uuid not null,
      "token_hash" varchar(64) not null,
      "parent_id" uuid null,
      "user_id" uuid not null,
      "tenant_id" uuid null,
      "audience" varchar(32) not null,
      "player_id" uuid null,
      "operator_id" uuid null,
      "authenticated_at" timestamptz not null,
      "created_at" timestamptz not null,
      "used_at" timestamptz null,
      "revoked_at" timestamptz null,
      "expires_at" timestamptz not null,
      primary key ("id"));`);
    this.addSql(
      `alter table "identity"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "refresh_token_expires_at_index" on "identity"."refresh_token" ("expires_at");`);
    this.addSql(`create index "refresh_token_operator_id_index" on "identity"."refresh_token" ("operator_id");`);
    this.addSql(`create index "refresh_token_user_id_index" on "identity"."refresh_token" ("user_id");`);
    this.addSql(`create index "refresh_token_family_id_index" on "identity"."refresh_token" ("family_id");`);
    this.addSql(
      `alter table "identity"."refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id");`,
    );
    this.addSql(
      `alter table "identity"."refresh_token" add constraint "refresh_token_tenant_id_foreign" foreign key ("tenant_id") references "identity"."tenant" ("id") on delete set null;`,
    );

    this.addSql(`create table "identity"."signing_key" (
      "kid" varchar(64) not null,
      "algorithm" varchar(16) not null default 'ES256',
      "private_jwk" text not null,
      "public_jwk" jsonb not null,
      "created_at" timestamptz not null,
      "activates_at" timestamptz not null,
      "retired_at" timestamptz null,
      primary key ("kid"));`);

    // rate-limiter-flexible's RateLimiterPostgres schema, verbatim (it runs with tableCreated).
    this.addSql(`create table "identity"."rate_limit" (
      "key" varchar(255) not null,
      "points" int not null default 0,
      "expire" bigint null,
      primary key ("key"));`);
  }
}
