import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';

/**
 * Money flows on top of the ledger: the balance notification for `myBalance`, per-tenant wallet
 * settings (withdrawal limits), deposits, withdrawals and the sandbox payment provider's own
 * records. Hand-written, column-for-column equal to the entities.
 *
 * LIVE BALANCES — the trigger on `account` runs pg_notify inside the transaction that changed a
 * player's balance or held amount, so the notification is delivered exactly when (and only if)
 * that transaction commits, whichever SQL function moved the money. The payload is identical for
 * every row a transaction touches for one player (the transaction id is the sequence), and
 * Postgres collapses identical notifications of one transaction: one event per player per commit.
 */
export class Migration20261202000000MoneyFlows extends Migration {
  override up(): void {
    this.addSql(
      `create table "wallet"."wallet_settings" ("tenant_id" uuid not null, "main_currency" varchar(16) not null, "daily_withdrawal_limit" bigint not null, "approval_threshold" bigint not null, "updated_at" timestamptz not null, primary key ("tenant_id"));`,
    );
    this.addSql(
      `alter table "wallet"."wallet_settings" add constraint "wallet_settings_limits_check" check (daily_withdrawal_limit >= 0 and approval_threshold >= 0);`,
    );

    this.addSql(
      `create table "wallet"."deposit" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "amount" bigint not null, "status" text not null, "idempotency_key" varchar(200) not null, "provider_payment_id" varchar(64) null, "checkout_url" varchar(500) null, "transfer_id" uuid null, "failure_reason" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "wallet"."deposit" add constraint "deposit_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "wallet"."deposit" add constraint "deposit_tenant_id_provider_payment_id_unique" unique ("tenant_id", "provider_payment_id");`,
    );
    this.addSql(
      `create index "deposit_tenant_id_player_id_created_at_index" on "wallet"."deposit" ("tenant_id", "player_id", "created_at");`,
    );
    this.addSql(`alter table "wallet"."deposit" add constraint "deposit_amount_check" check (amount > 0);`);
    this.addSql(
      `alter table "wallet"."deposit" add constraint "deposit_status_check" check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED'));`,
    );

    this.addSql(
      `create table "wallet"."withdrawal" ("id" uuid not null, "tenant_id" uuid not null, "player_id" uuid not null, "asset" varchar(16) not null, "amount" bigint not null, "status" text not null, "idempotency_key" varchar(200) not null, "hold_id" uuid not null, "approvals_required" smallint not null, "approvals" jsonb not null, "provider_payout_id" varchar(64) null, "reason" varchar(500) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "wallet"."withdrawal" add constraint "withdrawal_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`,
    );
    this.addSql(
      `create index "withdrawal_tenant_id_player_id_created_at_index" on "wallet"."withdrawal" ("tenant_id", "player_id", "created_at");`,
    );
    this.addSql(
      `create index "withdrawal_tenant_id_status_created_at_index" on "wallet"."withdrawal" ("tenant_id", "status", "created_at");`,
    );
    this.addSql(`alter table "wallet"."withdrawal" add constraint "withdrawal_amount_check" check (amount > 0);`);
    this.addSql(
      `alter table "wallet"."withdrawal" add constraint "withdrawal_status_check" check ("status" in ('PENDING_APPROVAL', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'CANCELLED'));`,
    );
    this.addSql(
      `alter table "wallet"."withdrawal" add constraint "withdrawal_hold_id_foreign" foreign key ("hold_id") references "wallet"."hold" ("id");`,
    );

    // The sandbox provider's own books: another party's records, so not tenant-scoped.
    this.addSql(
      `create table "wallet"."sandbox_payment" ("id" varchar(64) not null, "kind" text not null, "merchant_reference" varchar(200) not null, "asset" varchar(16) not null, "amount" bigint not null, "status" text not null, "metadata" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "wallet"."sandbox_payment" add constraint "sandbox_payment_kind_merchant_reference_unique" unique ("kind", "merchant_reference");`,
    );
    this.addSql(
      `alter table "wallet"."sandbox_payment" add constraint "sandbox_payment_kind_check" check ("kind" in ('PAYMENT', 'PAYOUT'));`,
    );
    this.addSql(
      `alter table "wallet"."sandbox_payment" add constraint "sandbox_payment_status_check" check ("status" in ('OPEN', 'SUCCEEDED', 'FAILED'));`,
    );

    for (const statement of [
      ...tenantIsolation('wallet.wallet_settings'),
      ...tenantIsolation('wallet.deposit'),
      ...tenantIsolation('wallet.withdrawal'),
    ]) {
      this.addSql(statement);
    }
  }
}
