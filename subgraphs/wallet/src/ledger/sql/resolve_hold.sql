-- Posts (a HOLD_POST transfer to the destination) or voids (releases) a pending hold, once.
create or replace function wallet.resolve_hold(p_tenant uuid, p_key text, p_hash text, p_hold uuid, p_post boolean)
 returns jsonb
 language plpgsql
as $$
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
