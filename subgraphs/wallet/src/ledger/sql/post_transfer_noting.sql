-- post_transfer, with p_note merged into the result it stores and returns (a replay answers it too).
create or replace function wallet.post_transfer_noting(p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_player uuid, p_reference text, p_metadata jsonb, p_assets text[], p_types text[], p_holders text[], p_amounts bigint[], p_note jsonb)
 returns jsonb
 language plpgsql
as $$
declare v_result jsonb;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  v_result := wallet.write_transfer(p_tenant, gen_random_uuid(), p_kind, p_key, p_player, p_reference, null, p_metadata,
    p_assets, p_types, p_holders, p_amounts) || coalesce(p_note, '{}'::jsonb);
  update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
  return v_result || jsonb_build_object('replayed', false);
end $$;
