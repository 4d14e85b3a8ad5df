-- Reserves money on a player account (available falls, balance stays) until posted or voided.
create or replace function wallet.place_hold(p_tenant uuid, p_key text, p_hash text, p_player uuid, p_asset text, p_type text, p_amount bigint, p_destination_type text, p_destination_holder text)
 returns jsonb
 language plpgsql
as $$
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
