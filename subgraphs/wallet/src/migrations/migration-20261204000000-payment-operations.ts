import { Migration } from '@mikro-orm/migrations';

/**
 * Operating the money flows: where a checkout returns the player, the payout re-drive sweep's
 * bookkeeping, indexes for the operators' adjustment lists, and the rollback tombstone.
 * Hand-written, column-for-column equal to the entities.
 *
 * ROLLBACK TOMBSTONE — a `rollback` can reach the wallet before the `bet` it cancels (the game
 * timed out, retried the rollback, and the bet was still in flight). The rollback then claims the
 * bet's own idempotency key (`bet:<betId>`) with the operation `bet.tombstone`: the late bet finds
 * its key taken and is refused with CX416 BET_ROLLED_BACK, nothing moves. Claiming the very key
 * the bet claims is what makes the race safe: a bet in flight holds that key, so the rollback
 * waits for it and then reverses it instead; a rollback that got there first makes the bet wait
 * and then refuses it.
 */
export class Migration20261204000000PaymentOperations extends Migration {
  override up(): void {
    this.addSql(`alter table "wallet"."sandbox_payment" add column "return_url" varchar(500) null;`);
    this.addSql(`alter table "wallet"."withdrawal" add column "payout_requested_at" timestamptz null, add column "payout_attempts" smallint not null default 0;`);
    this.addSql(`create index "adjustment_tenant_id_created_at_index" on "wallet"."adjustment" ("tenant_id", "created_at");`);
    this.addSql(`create index "adjustment_tenant_id_player_id_created_at_index" on "wallet"."adjustment" ("tenant_id", "player_id", "created_at");`);
    this.addSql(PAYMENT_OPERATION_FUNCTIONS);
  }
}

const PAYMENT_OPERATION_FUNCTIONS = `
-- As before, and a key held by a tombstone refuses the late bet with its own code.
create or replace function wallet.claim_idempotency_key(p_tenant uuid, p_key text, p_hash text, p_operation text) returns jsonb
language plpgsql as $$
declare v_hash text; v_operation text; v_result jsonb;
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  -- A concurrent duplicate blocks here until the first commits (then sees its row) or rolls back.
  insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, created_at)
  values (p_tenant, p_key, p_hash, p_operation, now()) on conflict do nothing;
  if found then return null; end if;
  select request_hash, operation, result into v_hash, v_operation, v_result from wallet.idempotency_record where tenant_id = p_tenant and key = p_key;
  if v_operation = 'bet.tombstone' and p_operation <> 'bet.tombstone' then
    raise exception 'bet % was rolled back before it arrived', p_key using errcode = 'CX416';
  end if;
  if v_hash is distinct from p_hash then
    raise exception 'idempotency key % was used for a different request', p_key using errcode = 'CX409';
  end if;
  return v_result || jsonb_build_object('replayed', true);
end $$;

-- The reversal itself, once the caller holds p_key: the original's entries negated, credits
-- first, referencing the original, at most once per original.
create or replace function wallet.reverse_claimed(
  p_tenant uuid, p_key text, p_kind text, p_original uuid, p_original_key text, p_metadata jsonb
) returns jsonb
language plpgsql as $$
declare
  v_result jsonb; v_original wallet.transfer%rowtype;
  v_assets text[]; v_types text[]; v_holders text[]; v_amounts bigint[];
begin
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

create or replace function wallet.reverse_transfer(
  p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_original uuid, p_original_key text, p_metadata jsonb
) returns jsonb
language plpgsql as $$
declare v_result jsonb;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  return wallet.reverse_claimed(p_tenant, p_key, p_kind, p_original, p_original_key, p_metadata);
end $$;

-- A game's rollback of a bet, by the bet's key: reverses the bet when it exists, otherwise
-- tombstones the bet's key so the bet, arriving late, is refused (see the migration's comment).
create or replace function wallet.rollback_bet(p_tenant uuid, p_key text, p_hash text, p_bet_key text) returns jsonb
language plpgsql as $$
declare v_result jsonb;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, 'rollback');
  if v_result is not null then return v_result; end if;
  if exists (select 1 from wallet.transfer t where t.tenant_id = p_tenant and t.idempotency_key = p_bet_key) then
    return wallet.reverse_claimed(p_tenant, p_key, 'ROLLBACK', null, p_bet_key, '{}'::jsonb);
  end if;
  -- A bet in flight holds its key: this waits for it, then conflicts (committed) or succeeds (rolled back).
  insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, result, created_at)
  values (p_tenant, p_bet_key, 'tombstone', 'bet.tombstone', jsonb_build_object('rolledBackBy', p_key), now())
  on conflict do nothing;
  if not found then
    return wallet.reverse_claimed(p_tenant, p_key, 'ROLLBACK', null, p_bet_key, '{}'::jsonb);
  end if;
  v_result := jsonb_build_object('status', 'TOMBSTONED', 'balances', '{}'::jsonb);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;
`;
