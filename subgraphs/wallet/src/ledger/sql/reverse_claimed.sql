-- The reversal itself, once the caller holds p_key: the original's entries negated, credits first (a bet+win
-- refunds the stake before taking the win back), referencing the original, at most once per original.
create or replace function wallet.reverse_claimed(p_tenant uuid, p_key text, p_kind text, p_original uuid, p_original_key text, p_metadata jsonb)
 returns jsonb
 language plpgsql
as $$
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
