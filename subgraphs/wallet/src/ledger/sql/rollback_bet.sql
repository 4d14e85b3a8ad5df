-- A game's rollback of a bet, by the bet's key: reverses the bet when it exists, otherwise tombstones the bet's
-- key so the bet, arriving late, is refused (CX416; the key the bet claims is what makes the race safe).
create or replace function wallet.rollback_bet(p_tenant uuid, p_key text, p_hash text, p_bet_key text)
 returns jsonb
 language plpgsql
as $$
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
