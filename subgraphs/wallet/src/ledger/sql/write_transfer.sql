-- Writes one transfer and its entries. Player legs move the cached balance (refused when the available
-- balance would go negative, CX402); tenant legs only append (derived balance, no row lock: no hot row).
create or replace function wallet.write_transfer(p_tenant uuid, p_transfer uuid, p_kind text, p_key text, p_player uuid, p_reference text, p_reverses uuid, p_metadata jsonb, p_assets text[], p_types text[], p_holders text[], p_amounts bigint[])
 returns jsonb
 language plpgsql
as $$
declare
  v_now timestamptz := now();
  v_account uuid; v_asset uuid; v_balance bigint; v_available bigint;
  v_balances jsonb := '{}'::jsonb;
  v_seen text[] := '{}'; v_seen_accounts uuid[] := '{}'; v_seen_assets uuid[] := '{}'; v_at int;
  i int;
begin
  if coalesce(array_length(p_amounts, 1), 0) < 2 then
    raise exception 'a transfer needs at least two entries' using errcode = 'CX422';
  end if;
  insert into wallet.transfer (id, tenant_id, kind, idempotency_key, reverses_id, player_id, reference, metadata, created_at)
  values (p_transfer, p_tenant, p_kind, p_key, p_reverses, p_player, p_reference, coalesce(p_metadata, '{}'::jsonb), v_now);
  for i in 1 .. array_length(p_amounts, 1) loop
    v_at := array_position(v_seen, p_assets[i] || '|' || p_types[i] || '|' || p_holders[i]);
    if v_at is null then
      select l.account_id, l.asset_id into v_account, v_asset from wallet.ledger_account(p_tenant, p_assets[i], p_types[i], p_holders[i]) l;
      v_seen := v_seen || (p_assets[i] || '|' || p_types[i] || '|' || p_holders[i]);
      v_seen_accounts := v_seen_accounts || v_account;
      v_seen_assets := v_seen_assets || v_asset;
    else
      v_account := v_seen_accounts[v_at];
      v_asset := v_seen_assets[v_at];
    end if;
    if p_types[i] in ('PLAYER_CASH', 'PLAYER_BONUS') then
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
