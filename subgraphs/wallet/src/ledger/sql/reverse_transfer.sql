-- A correction by key: claims p_key, then reverse_claimed.
create or replace function wallet.reverse_transfer(p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_original uuid, p_original_key text, p_metadata jsonb)
 returns jsonb
 language plpgsql
as $$
declare v_result jsonb;
begin
  v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
  if v_result is not null then return v_result; end if;
  return wallet.reverse_claimed(p_tenant, p_key, p_kind, p_original, p_original_key, p_metadata);
end $$;
