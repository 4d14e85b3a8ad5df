import { tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ASSETS, PLATFORM_TENANT } from '../assets/asset-catalogue.js';

const TENANT_SETTING = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The double-entry ledger: assets, accounts, transfers + entries (append-only), holds,
 * idempotency records, the two id directories and reconciliation runs.
 *
 * Hand-written, column-for-column equal to the entities (the drift check compares the ORM's diff
 * with nothing). Runs as `wallet_owner`; the runtime role `wallet` gets DML by default privileges,
 * minus UPDATE/DELETE/TRUNCATE on transfers and entries (revoked below, and the append-only
 * triggers refuse them even for the owner).
 *
 * The posting path is PL/pgSQL (SQL sources in src/ledger/sql/, applied after the migrations) so
 * one bet is ONE statement and one round trip (the ORM's unit of work costs ~1.2 ms CPU per
 * transaction; see TOOLCHAIN.md). Business failures raise custom SQLSTATEs that the service maps
 * to stable codes:
 *   CX402 INSUFFICIENT_FUNDS · CX403 PLAYER_TENANT_MISMATCH · CX404 UNKNOWN_ASSET ·
 *   CX409 IDEMPOTENCY_KEY_REUSED · CX410 ALREADY_REVERSED · CX411 HOLD_NOT_PENDING ·
 *   CX412 NOT_REVERSIBLE · CX414 TRANSFER_NOT_FOUND · CX415 HOLD_NOT_FOUND · CX422 UNBALANCED
 *
 * HOT ACCOUNTS — the design choice: every tenant account (house, jackpot pools, escrow, clearing,
 * commission) is append-only with a DERIVED balance (balance IS NULL; the sum of its entries).
 * A bet inserts an entry for the house but never updates the house row, so thousands of
 * concurrent bets share no row lock at all (the measured hot-row ceiling is ~1k tps; sharding
 * would only divide that contention by N). The price is on reads: a treasury balance is a SUM
 * over the account's entries, served by the (tenant_id, account_id, …) index; a periodic
 * checkpoint table can bound that later without changing the posting path. Player accounts keep
 * a cached balance: one row update per transfer, guarded by CHECKs — a player's own bets
 * serialise on their own row, which is correct and cheap.
 */
export class Migration20261201000000Ledger extends Migration {
  override up(): void {
    this.addSql(
      `create table "wallet"."asset" ("id" uuid not null, "tenant_id" uuid not null, "code" varchar(16) not null, "kind" text not null, "scale" smallint not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "wallet"."asset" add constraint "asset_tenant_id_code_unique" unique ("tenant_id", "code");`,
    );
    this.addSql(`alter table "wallet"."asset" add constraint "asset_scale_check" check (scale >= 0 and scale <= 9);`);
    this.addSql(
      `alter table "wallet"."asset" add constraint "asset_kind_check" check ("kind" in ('FIAT', 'CRYPTO', 'CREDITS'));`,
    );
    for (const asset of PLATFORM_ASSETS) {
      this.addSql(
        `insert into "wallet"."asset" ("id", "tenant_id", "code", "kind", "scale", "created_at") values (gen_random_uuid(), '${PLATFORM_TENANT}', '${asset.code}', '${asset.kind}', ${asset.scale}, now());`,
      );
    }

    this.addSql(
      `create table "wallet"."account" ("id" uuid not null, "tenant_id" uuid not null, "holder" varchar(64) not null, "asset_id" uuid not null, "type" text not null, "balance" bigint null, "held" bigint not null default '0', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "wallet"."account" add constraint "account_tenant_id_holder_asset_id_type_unique" unique ("tenant_id", "holder", "asset_id", "type");`,
    );
    this.addSql(
      `alter table "wallet"."account" add constraint "account_cached_balance_check" check ((balance is not null) = (type in ('PLAYER_CASH', 'PLAYER_BONUS')));`,
    );
    this.addSql(`alter table "wallet"."account" add constraint "account_held_check" check (held >= 0);`);
    this.addSql(
      `alter table "wallet"."account" add constraint "account_balance_check" check (balance >= 0 and balance - held >= 0);`,
    );
    this.addSql(
      `alter table "wallet"."account" add constraint "account_type_check" check ("type" in ('PLAYER_CASH', 'PLAYER_BONUS', 'HOUSE', 'JACKPOT_POOL', 'TOURNAMENT_ESCROW', 'PROVIDER_CLEARING', 'PLATFORM_COMMISSION'));`,
    );

    this.addSql(
      `create table "wallet"."idempotency_record" ("tenant_id" uuid not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "operation" varchar(32) not null, "result" jsonb null, "created_at" timestamptz not null, primary key ("tenant_id", "key"));`,
    );
    this.addSql(
      `create table "wallet"."ledger_player" ("player_id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, primary key ("player_id"));`,
    );
    this.addSql(
      `create table "wallet"."ledger_tenant" ("tenant_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id"));`,
    );

    this.addSql(
      `create table "wallet"."reconciliation_run" ("id" uuid not null, "tenant_id" uuid not null, "status" text not null, "accounts_checked" int not null, "transfers_checked" int not null, "findings" jsonb not null, "started_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "reconciliation_run_tenant_id_created_at_index" on "wallet"."reconciliation_run" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `alter table "wallet"."reconciliation_run" add constraint "reconciliation_run_status_check" check ("status" in ('BALANCED', 'DISCREPANCY'));`,
    );

    this.addSql(
      `create table "wallet"."transfer" ("id" uuid not null, "tenant_id" uuid not null, "kind" text not null, "idempotency_key" varchar(200) not null, "reverses_id" uuid null, "player_id" uuid null, "reference" varchar(200) null, "metadata" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "transfer_tenant_id_player_id_created_at_index" on "wallet"."transfer" ("tenant_id", "player_id", "created_at");`,
    );
    this.addSql(
      `alter table "wallet"."transfer" add constraint "transfer_tenant_id_reverses_id_unique" unique ("tenant_id", "reverses_id");`,
    );
    this.addSql(
      `alter table "wallet"."transfer" add constraint "transfer_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "wallet"."transfer" add constraint "transfer_kind_check" check ("kind" in ('GRANT', 'BET', 'WIN', 'BET_WIN', 'ROLLBACK', 'REVERSAL', 'HOLD_POST', 'DEPOSIT', 'WITHDRAWAL', 'ADJUSTMENT'));`,
    );

    this.addSql(
      `create table "wallet"."hold" ("id" uuid not null, "tenant_id" uuid not null, "account_id" uuid not null, "destination_type" text not null, "destination_holder" varchar(64) not null, "amount" bigint not null, "status" text not null default 'PENDING', "transfer_id" uuid null, "resolved_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "hold_tenant_id_account_id_status_index" on "wallet"."hold" ("tenant_id", "account_id", "status");`,
    );
    this.addSql(`alter table "wallet"."hold" add constraint "hold_amount_check" check (amount > 0);`);
    this.addSql(
      `alter table "wallet"."hold" add constraint "hold_destination_type_check" check ("destination_type" in ('PLAYER_CASH', 'PLAYER_BONUS', 'HOUSE', 'JACKPOT_POOL', 'TOURNAMENT_ESCROW', 'PROVIDER_CLEARING', 'PLATFORM_COMMISSION'));`,
    );
    this.addSql(
      `alter table "wallet"."hold" add constraint "hold_status_check" check ("status" in ('PENDING', 'POSTED', 'VOIDED'));`,
    );

    this.addSql(
      `create table "wallet"."entry" ("id" uuid not null, "tenant_id" uuid not null, "transfer_id" uuid not null, "account_id" uuid not null, "asset_id" uuid not null, "amount" bigint not null, "balance_after" bigint null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "entry_tenant_id_account_id_created_at_id_index" on "wallet"."entry" ("tenant_id", "account_id", "created_at", "id");`,
    );
    this.addSql(`create index "entry_tenant_id_transfer_id_index" on "wallet"."entry" ("tenant_id", "transfer_id");`);
    this.addSql(`alter table "wallet"."entry" add constraint "entry_amount_check" check (amount <> 0);`);

    this.addSql(
      `alter table "wallet"."account" add constraint "account_asset_id_foreign" foreign key ("asset_id") references "wallet"."asset" ("id");`,
    );
    this.addSql(
      `alter table "wallet"."transfer" add constraint "transfer_reverses_id_foreign" foreign key ("reverses_id") references "wallet"."transfer" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "wallet"."hold" add constraint "hold_account_id_foreign" foreign key ("account_id") references "wallet"."account" ("id");`,
    );
    this.addSql(
      `alter table "wallet"."hold" add constraint "hold_transfer_id_foreign" foreign key ("transfer_id") references "wallet"."transfer" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "wallet"."entry" add constraint "entry_transfer_id_foreign" foreign key ("transfer_id") references "wallet"."transfer" ("id");`,
    );
    this.addSql(
      `alter table "wallet"."entry" add constraint "entry_account_id_foreign" foreign key ("account_id") references "wallet"."account" ("id");`,
    );
    this.addSql(
      `alter table "wallet"."entry" add constraint "entry_asset_id_foreign" foreign key ("asset_id") references "wallet"."asset" ("id");`,
    );

    // Append-only, twice over: no privilege for the runtime role, and a trigger for everyone
    // (ledger/sql/transfer_append_only.sql, entry_append_only.sql).
    this.addSql(`revoke update, delete, truncate on "wallet"."transfer", "wallet"."entry" from "wallet";`);

    // Row-level security: FORCE'd, so it binds the runtime role on every query.
    for (const statement of [
      ...tenantIsolation('wallet.account'),
      ...tenantIsolation('wallet.idempotency_record'),
      ...tenantIsolation('wallet.reconciliation_run'),
      ...tenantIsolation('wallet.transfer'),
      ...tenantIsolation('wallet.hold'),
      ...tenantIsolation('wallet.entry'),
    ]) {
      this.addSql(statement);
    }
    // Assets: platform assets (seeded above) are readable by all; a tenant writes only its own.
    this.addSql(`alter table "wallet"."asset" enable row level security;`);
    this.addSql(`alter table "wallet"."asset" force row level security;`);
    this.addSql(
      `create policy "asset_visibility" on "wallet"."asset" using (tenant_id = '${PLATFORM_TENANT}'::uuid or tenant_id = ${TENANT_SETTING}) with check (tenant_id = ${TENANT_SETTING});`,
    );
  }
}
