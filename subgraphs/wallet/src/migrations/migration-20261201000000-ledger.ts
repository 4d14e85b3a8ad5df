import { appendOnly, tenantIsolation } from '@casinox/db';
import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ASSETS, PLATFORM_TENANT } from '../assets/asset-catalogue.js';

const TENANT_SETTING = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const PLAYER_TYPES = `('PLAYER_CASH', 'PLAYER_BONUS')`;

/**
 * The double-entry ledger: assets, accounts, transfers + entries (append-only), holds,
 * idempotency records, the two id directories and reconciliation runs.
 *
 * Hand-written, column-for-column equal to the entities (the drift check compares the ORM's diff
 * with nothing). Runs as `wallet_owner`; the runtime role `wallet` gets DML by default privileges,
 * minus UPDATE/DELETE/TRUNCATE on transfers and entries (revoked below, and the append-only
 * triggers refuse them even for the owner).
 *
 * The posting path is PL/pgSQL so one bet is ONE statement and one round trip (the ORM's unit of
 * work costs ~1.2 ms CPU per transaction; see TOOLCHAIN.md). Business failures raise custom
 * SQLSTATEs that the service maps to stable codes:
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
    this.addSql(`create table "wallet"."asset" ("id" uuid not null, "tenant_id" uuid not null, "code" varchar(16) not null, "kind" text not null, "scale" smallint not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "wallet"."asset" add constraint "asset_tenant_id_code_unique" unique ("tenant_id", "code");`);
    this.addSql(`alter table "wallet"."asset" add constraint "asset_scale_check" check (scale >= 0 and scale <= 9);`);
    this.addSql(`alter table "wallet"."asset" add constraint "asset_kind_check" check ("kind" in ('FIAT', 'CRYPTO', 'CREDITS'));`);
    for (const asset of PLATFORM_ASSETS) {
      this.addSql(
        `insert into "wallet"."asset" ("id", "tenant_id", "code", "kind", "scale", "created_at") values (gen_random_uuid(), '${PLATFORM_TENANT}', '${asset.code}', '${asset.kind}', ${asset.scale}, now());`,
      );
    }

    this.addSql(`create table "wallet"."account" ("id" uuid not null, "tenant_id" uuid not null, "holder" varchar(64) not null, "asset_id" uuid not null, "type" text not null, "balance" bigint null, "held" bigint not null default '0', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "wallet"."account" add constraint "account_tenant_id_holder_asset_id_type_unique" unique ("tenant_id", "holder", "asset_id", "type");`);
    this.addSql(`alter table "wallet"."account" add constraint "account_cached_balance_check" check ((balance is not null) = (type in ('PLAYER_CASH', 'PLAYER_BONUS')));`);
    this.addSql(`alter table "wallet"."account" add constraint "account_held_check" check (held >= 0);`);
    this.addSql(`alter table "wallet"."account" add constraint "account_balance_check" check (balance >= 0 and balance - held >= 0);`);
    this.addSql(`alter table "wallet"."account" add constraint "account_type_check" check ("type" in ('PLAYER_CASH', 'PLAYER_BONUS', 'HOUSE', 'JACKPOT_POOL', 'TOURNAMENT_ESCROW', 'PROVIDER_CLEARING', 'PLATFORM_COMMISSION'));`);

    this.addSql(`create table "wallet"."idempotency_record" ("tenant_id" uuid not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "operation" varchar(32) not null, "result" jsonb null, "created_at" timestamptz not null, primary key ("tenant_id", "key"));`);
    this.addSql(`create table "wallet"."ledger_player" ("player_id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, primary key ("player_id"));`);
    this.addSql(`create table "wallet"."ledger_tenant" ("tenant_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id"));`);

    this.addSql(`create table "wallet"."reconciliation_run" ("id" uuid not null, "tenant_id" uuid not null, "status" text not null, "accounts_checked" int not null, "transfers_checked" int not null, "findings" jsonb not null, "started_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "reconciliation_run_tenant_id_created_at_index" on "wallet"."reconciliation_run" ("tenant_id", "created_at");`);
    this.addSql(`alter table "wallet"."reconciliation_run" add constraint "reconciliation_run_status_check" check ("status" in ('BALANCED', 'DISCREPANCY'));`);

    this.addSql(`create table "wallet"."transfer" ("id" uuid not null, "tenant_id" uuid not null, "kind" text not null, "idempotency_key" varchar(200) not null, "reverses_id" uuid null, "player_id" uuid null, "reference" varchar(200) null, "metadata" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "transfer_tenant_id_player_id_created_at_index" on "wallet"."transfer" ("tenant_id", "player_id", "created_at");`);
    this.addSql(`alter table "wallet"."transfer" add constraint "transfer_tenant_id_reverses_id_unique" unique ("tenant_id", "reverses_id");`);
    this.addSql(`alter table "wallet"."transfer" add constraint "transfer_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`);
    this.addSql(`alter table "wallet"."transfer" add constraint "transfer_kind_check" check ("kind" in ('GRANT', 'BET', 'WIN', 'BET_WIN', 'ROLLBACK', 'REVERSAL', 'HOLD_POST', 'DEPOSIT', 'WITHDRAWAL', 'ADJUSTMENT'));`);

    this.addSql(`create table "wallet"."hold" ("id" uuid not null, "tenant_id" uuid not null, "account_id" uuid not null, "destination_type" text not null, "destination_holder" varchar(64) not null, "amount" bigint not null, "status" text not null default 'PENDING', "transfer_id" uuid null, "resolved_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hold_tenant_id_account_id_status_index" on "wallet"."hold" ("tenant_id", "account_id", "status");`);
    this.addSql(`alter table "wallet"."hold" add constraint "hold_amount_check" check (amount > 0);`);
    this.addSql(`alter table "wallet"."hold" add constraint "hold_destination_type_check" check ("destination_type" in ('PLAYER_CASH', 'PLAYER_BONUS', 'HOUSE', 'JACKPOT_POOL', 'TOURNAMENT_ESCROW', 'PROVIDER_CLEARING', 'PLATFORM_COMMISSION'));`);
    this.addSql(`alter table "wallet"."hold" add constraint "hold_status_check" check ("status" in ('PENDING', 'POSTED', 'VOIDED'));`);

    this.addSql(`create table "wallet"."entry" ("id" uuid not null, "tenant_id" uuid not null, "transfer_id" uuid not null, "account_id" uuid not null, "asset_id" uuid not null, "amount" bigint not null, "balance_after" bigint null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "entry_tenant_id_account_id_created_at_id_index" on "wallet"."entry" ("tenant_id", "account_id", "created_at", "id");`);
    this.addSql(`create index "entry_tenant_id_transfer_id_index" on "wallet"."entry" ("tenant_id", "transfer_id");`);
    this.addSql(`alter table "wallet"."entry" add constraint "entry_amount_check" check (amount <> 0);`);

    this.addSql(`alter table "wallet"."account" add constraint "account_asset_id_foreign" foreign key ("asset_id") references "wallet"."asset" ("id");`);
    this.addSql(`alter table "wallet"."transfer" add constraint "transfer_reverses_id_foreign" foreign key ("reverses_id") references "wallet"."transfer" ("id") on delete set null;`);
    this.addSql(`alter table "wallet"."hold" add constraint "hold_account_id_foreign" foreign key ("account_id") references "wallet"."account" ("id");`);
    this.addSql(`alter table "wallet"."hold" add constraint "hold_transfer_id_foreign" foreign key ("transfer_id") references "wallet"."transfer" ("id") on delete set null;`);
    this.addSql(`alter table "wallet"."entry" add constraint "entry_transfer_id_foreign" foreign key ("transfer_id") references "wallet"."transfer" ("id");`);
    this.addSql(`alter table "wallet"."entry" add constraint "entry_account_id_foreign" foreign key ("account_id") references "wallet"."account" ("id");`);
    this.addSql(`alter table "wallet"."entry" add constraint "entry_asset_id_foreign" foreign key ("asset_id") references "wallet"."asset" ("id");`);

    // Append-only, twice over: no privilege for the runtime role, and a trigger for everyone.
    for (const statement of [...appendOnly('wallet.transfer'), ...appendOnly('wallet.entry')]) this.addSql(statement);
    this.addSql(`revoke update, delete, truncate on "wallet"."transfer", "wallet"."entry" from "wallet";`);

    // Every transfer balances per asset and has at least two entries, proven at COMMIT (deferred,
    // so the entries of one transfer may be inserted one by one).
    this.addSql(`create or replace function "wallet"."entry_balanced"() returns trigger language plpgsql as $$
      declare v_entries int; v_unbalanced int;
      begin
        select count(*), count(*) filter (where total <> 0) into v_entries, v_unbalanced from (
          select sum(amount) as total from wallet.entry where tenant_id = new.tenant_id and transfer_id = new.transfer_id group by asset_id
        ) per_asset;
        if v_unbalanced > 0 or (select count(*) from wallet.entry where tenant_id = new.tenant_id and transfer_id = new.transfer_id) < 2 then
          raise exception 'transfer % does not balance per asset', new.transfer_id using errcode = 'CX422';
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "entry_balanced" after insert on "wallet"."entry" deferrable initially deferred for each row execute function "wallet"."entry_balanced"();`);

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

    this.addSql(LEDGER_FUNCTIONS);
  }
}

/** The posting path. SECURITY INVOKER (the default): row-level security binds every statement. */
const LEDGER_FUNCTIONS = `
create or replace function wallet.claim_idempotency_key(p_tenant uuid, p_key text, p_hash text, p_operation text) returns jsonb
language plpgsql as $$
declare v_hash text; v_result jsonb;
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  -- A concurrent duplicate blocks here until the first commits (then sees its row) or rolls back.
  insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, created_at)
  values (p_tenant, p_key, p_hash, p_operation, now()) on conflict do nothing;
  if found then return null; end if;
  select request_hash, result into v_hash, v_result from wallet.idempotency_record where tenant_id = p_tenant and key = p_key;
  if v_hash is distinct from p_hash then
    raise exception 'idempotency key % was used for a different request', p_key using errcode = 'CX409';
  end if;
  return v_result || jsonb_build_object('replayed', true);
end $$;

create or replace function wallet.ledger_account(p_tenant uuid, p_asset text, p_type text, p_holder text, out account_id uuid, out asset_id uuid)
language plpgsql as $$
declare v_bound uuid;
begin
  select a.id, a.asset_id into account_id, asset_id from wallet.account a join wallet.asset s on s.id = a.asset_id
   where a.tenant_id = p_tenant and a.holder = p_holder and a.type = p_type and s.code = p_asset;
  if found then return; end if;
  -- First use: row-level security shows the platform's assets and this tenant's own.
  select s.id into asset_id from wallet.asset s where s.code = p_asset;
  if not found then
    if p_asset <> 'CREDITS' then
      raise exception 'unknown asset %', p_asset using errcode = 'CX404';
    end if;
    insert into wallet.asset (id, tenant_id, code, kind, scale, created_at)
    values (gen_random_uuid(), p_tenant, 'CREDITS', 'CREDITS', 0, now()) on conflict do nothing;
    select s.id into asset_id from wallet.asset s where s.code = p_asset and s.tenant_id = p_tenant;
  end if;
  if p_type in ${PLAYER_TYPES} then
    insert into wallet.ledger_player (player_id, tenant_id, created_at) values (p_holder::uuid, p_tenant, now()) on conflict do nothing;
    select l.tenant_id into v_bound from wallet.ledger_player l where l.player_id = p_holder::uuid;
    if v_bound <> p_tenant then
      raise exception 'player % belongs to another tenant', p_holder using errcode = 'CX403';
    end if;
  end if;
  insert into wallet.ledger_tenant (tenant_id, created_at) values (p_tenant, now()) on conflict do nothing;
  insert into wallet.account (id, tenant_id, holder, asset_id, type, balance, held, created_at, updated_at)
  values (gen_random_uuid(), p_tenant, p_holder, asset_id, p_type, case when p_type in ${PLAYER_TYPES} then 0 end, 0, now(), now())
  on conflict do nothing;
  select a.id into account_id from wallet.account a
   where a.tenant_id = p_tenant and a.holder = p_holder and a.asset_id = ledger_account.asset_id and a.type = p_type;
end $$;

-- Writes one transfer and its entries. Player legs update the cached balance (refused when the
-- available balance would go negative); tenant legs only append (derived balance, no row lock).
create or replace function wallet.write_transfer(
  p_tenant uuid, p_transfer uuid, p_kind text, p_key text, p_player uuid, p_reference text, p_reverses uuid, p_metadata jsonb,
  p_assets text[], p_types text[], p_holders text[], p_amounts bigint[]
) returns jsonb
language plpgsql as $$
declare
  v_now timestamptz := now();
  v_account uuid; v_asset uuid; v_balance bigint; v_available bigint;
  v_balances jsonb := '{}'::jsonb;
  i int;
begin
  if coalesce(array_length(p_amounts, 1), 0) < 2 then
    raise exception 'a transfer needs at least two entries' using errcode = 'CX422';
  end if;
  insert into wallet.transfer (id, tenant_id, kind, idempotency_key, reverses_id, player_id, reference, metadata, created_at)
  values (p_transfer, p_tenant, p_kind, p_key, p_reverses, p_player, p_reference, coalesce(p_metadata, '{}'::jsonb), v_now);
  for i in 1 .. array_length(p_amounts, 1) loop
    select l.account_id, l.asset_id into v_account, v_asset from wallet.ledger_account(p_tenant, p_assets[i], p_types[i], p_holders[i]) l;
    if p_types[i] in ${PLAYER_TYPES} then
      update wallet.account set balance = balance + p_amounts[i], updated_at = v_now
       where id = v_account and balance + p_amounts[i] - held >= 0
       returning balance, balance - held into v_balance, v_available;
      if not found then
        raise exception 'insufficient funds on % %', p_types[i], p_assets[i] using errcode = 'CX402';
      end if;
      v_balances := v_balances || jsonb_build_object(p_types[i] || ':' || p_assets[i],
        jsonb_build_object('accountType', p_types[i], 'asset', p_assets[i], 'balance', v_balance::text, 'available', v_available::text));
    else
      v_balance := null;
    end if;
    insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, balance_after, created_at)
    values (gen_random_uuid(), p_tenant, p_transfer, v_account, v_asset, p_amounts[i], v_balance, v_now);
  end loop;
  return jsonb_build_object('transferId', p_transfer, 'kind', p_kind, 'createdAt', v_now, 'balances', v_balances);
end $$;

-- One money-moving request, whole: claim the key, write the transfer, remember the response.
create or replace function wallet.post_transfer(
  p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_player uuid, p_reference text, p_metadata jsonb,
  p_assets text[], p_types text[], p_holders text[], p_amounts bigint[]
) returns jsonb
language plpgsql as $$
declare v_result jsonb;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  v_result := wallet.write_transfer(p_tenant, gen_random_uuid(), p_kind, p_key, p_player, p_reference, null, p_metadata,
    p_assets, p_types, p_holders, p_amounts);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;

-- A correction: the original's entries negated, credits first (so a bet+win reversal refunds the
-- stake before taking the win back), referencing the original. At most once per original: the
-- unique (tenant_id, reverses_id) decides between concurrent attempts.
create or replace function wallet.reverse_transfer(
  p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_original uuid, p_original_key text, p_metadata jsonb
) returns jsonb
language plpgsql as $$
declare
  v_result jsonb; v_original wallet.transfer%rowtype;
  v_assets text[]; v_types text[]; v_holders text[]; v_amounts bigint[];
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  select * into v_original from wallet.transfer t
   where t.tenant_id = p_tenant and (t.id = p_original or t.idempotency_key = p_original_key) limit 1;
  if not found then
    raise exception 'no transfer to reverse' using errcode = 'CX414';
  end if;
  if v_original.reverses_id is not null then
    raise exception 'transfer % is itself a reversal', v_original.id using errcode = 'CX412';
  end if;
  if exists (select 1 from wallet.transfer t where t.tenant_id = p_tenant and t.reverses_id = v_original.id) then
    raise exception 'transfer % is already reversed', v_original.id using errcode = 'CX410';
  end if;
  select array_agg(s.code order by e.amount, e.id), array_agg(a.type order by e.amount, e.id),
         array_agg(a.holder::text order by e.amount, e.id), array_agg(-e.amount order by e.amount, e.id)
    into v_assets, v_types, v_holders, v_amounts
    from wallet.entry e join wallet.account a on a.id = e.account_id join wallet.asset s on s.id = e.asset_id
   where e.tenant_id = p_tenant and e.transfer_id = v_original.id;
  v_result := wallet.write_transfer(p_tenant, gen_random_uuid(), p_kind, p_key, v_original.player_id, v_original.reference, v_original.id,
    coalesce(p_metadata, '{}'::jsonb) || jsonb_build_object('reverses', v_original.id), v_assets, v_types, v_holders, v_amounts);
  v_result := v_result || jsonb_build_object('reversesId', v_original.id);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;

-- Reserves money on a player account (available falls, balance stays) until posted or voided.
create or replace function wallet.place_hold(
  p_tenant uuid, p_key text, p_hash text, p_player uuid, p_asset text, p_type text, p_amount bigint, p_destination_type text, p_destination_holder text
) returns jsonb
language plpgsql as $$
declare v_result jsonb; v_account uuid; v_asset uuid; v_balance bigint; v_available bigint; v_hold uuid := gen_random_uuid();
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, 'hold.place');
  if v_result is not null then return v_result; end if;
  select l.account_id, l.asset_id into v_account, v_asset from wallet.ledger_account(p_tenant, p_asset, p_type, p_player::text) l;
  -- Opens the destination too, so posting later cannot fail on an unknown account.
  perform wallet.ledger_account(p_tenant, p_asset, p_destination_type, p_destination_holder);
  update wallet.account set held = held + p_amount, updated_at = now()
   where id = v_account and balance - held - p_amount >= 0
   returning balance, balance - held into v_balance, v_available;
  if not found then
    raise exception 'insufficient funds to hold % %', p_amount, p_asset using errcode = 'CX402';
  end if;
  insert into wallet.hold (id, tenant_id, account_id, destination_type, destination_holder, amount, status, created_at)
  values (v_hold, p_tenant, v_account, p_destination_type, p_destination_holder, p_amount, 'PENDING', now());
  v_result := jsonb_build_object('holdId', v_hold, 'status', 'PENDING', 'balances', jsonb_build_object(p_type || ':' || p_asset,
    jsonb_build_object('accountType', p_type, 'asset', p_asset, 'balance', v_balance::text, 'available', v_available::text)));
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;

-- Posts (a HOLD_POST transfer to the destination) or voids (releases) a pending hold, once.
create or replace function wallet.resolve_hold(p_tenant uuid, p_key text, p_hash text, p_hold uuid, p_post boolean) returns jsonb
language plpgsql as $$
declare
  v_result jsonb; v_hold wallet.hold%rowtype; v_type text; v_holder text; v_code text; v_balance bigint; v_available bigint;
  v_transfer uuid := gen_random_uuid();
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, case when p_post then 'hold.post' else 'hold.void' end);
  if v_result is not null then return v_result; end if;
  update wallet.hold set status = case when p_post then 'POSTED' else 'VOIDED' end, resolved_at = now()
   where tenant_id = p_tenant and id = p_hold and status = 'PENDING' returning * into v_hold;
  if not found then
    if exists (select 1 from wallet.hold h where h.tenant_id = p_tenant and h.id = p_hold) then
      raise exception 'hold % is not pending', p_hold using errcode = 'CX411';
    end if;
    raise exception 'hold % not found', p_hold using errcode = 'CX415';
  end if;
  update wallet.account a set held = held - v_hold.amount, updated_at = now() where a.id = v_hold.account_id
   returning a.type, a.holder, a.balance, a.balance - a.held into v_type, v_holder, v_balance, v_available;
  select s.code into v_code from wallet.account a join wallet.asset s on s.id = a.asset_id where a.id = v_hold.account_id;
  if p_post then
    v_result := wallet.write_transfer(p_tenant, v_transfer, 'HOLD_POST', p_key, v_holder::uuid, p_hold::text, null,
      jsonb_build_object('holdId', p_hold), array[v_code, v_code], array[v_type, v_hold.destination_type],
      array[v_holder, v_hold.destination_holder], array[-v_hold.amount, v_hold.amount]);
    update wallet.hold set transfer_id = v_transfer where id = p_hold;
  else
    v_result := jsonb_build_object('balances', jsonb_build_object(v_type || ':' || v_code,
      jsonb_build_object('accountType', v_type, 'asset', v_code, 'balance', v_balance::text, 'available', v_available::text)));
  end if;
  v_result := v_result || jsonb_build_object('holdId', p_hold, 'status', case when p_post then 'POSTED' else 'VOIDED' end);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;
`;
