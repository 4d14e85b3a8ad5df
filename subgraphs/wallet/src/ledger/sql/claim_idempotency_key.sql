-- Claims a request's key, or answers the first request's result (a replay). A concurrent duplicate waits
-- for the first; a different request under the key is CX409; a key held by a rollback's tombstone is CX416.
create or replace function wallet.claim_idempotency_key(p_tenant uuid, p_key text, p_hash text, p_operation text)
 returns jsonb
 language plpgsql
as $$
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
