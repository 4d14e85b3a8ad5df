import { Migration } from '@mikro-orm/migrations';

/**
 * Staff access-token versions (the `ver` claim): one row per staff user whose tokens were ever
 * revoked. Global like refresh_token (no row-level security): the gateway reads the recent ones
 * across tenants through identity's internal route.
 */
export class Migration20261226000000StaffTokenVersions extends Migration {
  override up(): void {
    this.addSql(`create table "identity"."staff_token_version" (
      "user_id" uuid not null,
      "version" int not null,
      "updated_at" timestamptz not null,
      primary key ("user_id"));`);
    this.addSql(
      `create index "staff_token_version_updated_at_index" on "identity"."staff_token_version" ("updated_at");`,
    );
    this.addSql(
      `alter table "identity"."staff_token_version" add constraint "staff_token_version_user_id_foreign" foreign key ("user_id") references "identity"."user_account" ("id") on update cascade on delete cascade;`,
    );
  }
}
