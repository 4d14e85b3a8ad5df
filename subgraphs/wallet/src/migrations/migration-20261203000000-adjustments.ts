import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Manual adjustments (four-eyes): the request and its decision. The money itself moves only as an
 * ADJUSTMENT transfer in the ledger, referenced by `transfer_id`. Hand-written, column-for-column
 * equal to the entity.
 */
export class Migration20261203000000Adjustments extends Migration {
  override up(): void {
    this.addSql(
      `create table "wallet"."adjustment" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "amount" bigint not null, "reason" varchar(500) not null, "status" text not null, "idempotency_key" varchar(200) not null, "requested_by" uuid not null, "decided_by" uuid null, "decision_reason" varchar(500) null, "transfer_id" uuid null, "decided_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "wallet"."adjustment" add constraint "adjustment_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`,
    );
    this.addSql(
      `create index "adjustment_tenant_id_status_created_at_index" on "wallet"."adjustment" ("tenant_id", "status", "created_at");`,
    );
    this.addSql(`alter table "wallet"."adjustment" add constraint "adjustment_amount_check" check (amount <> 0);`);
    this.addSql(
      `alter table "wallet"."adjustment" add constraint "adjustment_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED'));`,
    );
    for (const statement of tenantIsolation('wallet.adjustment')) this.addSql(statement);
  }
}
