-- One money-moving request, whole, in two statements: one read (a replay answers from its record; a leg
-- without an account takes the classic path), one statement that claims the key and writes everything.
create or replace function wallet.post_transfer(p_tenant uuid, p_key text, p_hash text, p_operation text, p_kind text, p_player uuid, p_reference text, p_metadata jsonb, p_assets text[], p_types text[], p_holders text[], p_amounts bigint[])
 returns jsonb
 language plpgsql
as $$
declare
  v_now timestamptz := now();
  v_transfer uuid := gen_random_uuid();
  v_hash text; v_operation text; v_stored jsonb; v_found boolean;
  v_accounts uuid[]; v_asset_ids uuid[];
  v_wanted int; v_moved int; v_claimed int; v_result jsonb;
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  if coalesce(array_length(p_amounts, 1), 0) < 2 then
    raise exception 'a transfer needs at least two entries' using errcode = 'CX422';
  end if;
  select r.request_hash, r.operation, r.result, r.key is not null, legs.accounts, legs.assets
    into v_hash, v_operation, v_stored, v_found, v_accounts, v_asset_ids
    from (select array_agg(a.id order by l.ord) as accounts, array_agg(a.asset_id order by l.ord) as assets
            from unnest(p_assets, p_types, p_holders) with ordinality as l(asset, type, holder, ord)
            left join wallet.asset s on s.code = l.asset
            left join wallet.account a on a.tenant_id = p_tenant and a.holder = l.holder and a.type = l.type and a.asset_id = s.id) legs
    left join wallet.idempotency_record r on r.tenant_id = p_tenant and r.key = p_key;

  if not v_found and array_position(v_accounts, null) is not null then
    -- First use of an account: the classic path opens it.
    v_result := wallet.claim_idempotency_key(p_tenant, p_key, p_hash, p_operation);
    if v_result is not null then return v_result; end if;
    v_result := wallet.write_transfer(p_tenant, v_transfer, p_kind, p_key, p_player, p_reference, null, p_metadata,
      p_assets, p_types, p_holders, p_amounts);
    update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
    return v_result || jsonb_build_object('replayed', false);
  end if;

  if not v_found then
    with legs as (
      select l.ord, l.account_id, l.asset_id, l.amount, l.type, l.asset,
             sum(l.amount) over (partition by l.account_id order by l.ord) as running
        from unnest(v_accounts, v_asset_ids, p_amounts, p_types, p_assets) with ordinality as l(account_id, asset_id, amount, type, asset, ord)
    ), moves as (
      select account_id, min(type) as type, min(asset) as asset, sum(amount) as total, min(running) as lowest
        from legs where type in ('PLAYER_CASH', 'PLAYER_BONUS') group by account_id
    ), claim as (
      insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, result, created_at)
      values (p_tenant, p_key, p_hash, p_operation, null, v_now)
      on conflict do nothing
      returning key
    ), moved as (
      update wallet.account a set balance = a.balance + m.total, updated_at = v_now
        from moves m
       where a.id = m.account_id and a.balance - a.held + m.lowest >= 0 and exists (select 1 from claim)
      returning a.id, a.balance, a.held, m.total, m.type, m.asset
    ), transfer as (
      insert into wallet.transfer (id, tenant_id, kind, idempotency_key, reverses_id, player_id, reference, metadata, created_at)
      select v_transfer, p_tenant, p_kind, p_key, null, p_player, p_reference, coalesce(p_metadata, '{}'::jsonb), v_now from claim
      returning id
    ), entries as (
      insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, balance_after, created_at)
      select gen_random_uuid(), p_tenant, t.id, l.account_id, l.asset_id, l.amount, m.balance - m.total + l.running, v_now
        from legs l cross join transfer t left join moved m on m.id = l.account_id
       order by l.ord
    )
    select (select count(*) from moves), (select count(*) from moved), (select count(*) from claim),
           jsonb_build_object('transferId', v_transfer, 'kind', p_kind, 'createdAt', v_now, 'balances', coalesce(
             (select jsonb_object_agg(m.type || ':' || m.asset, jsonb_build_object('accountType', m.type, 'asset', m.asset,
                'balance', m.balance::text, 'available', (m.balance - m.held)::text)) from moved m), '{}'::jsonb))
      into v_wanted, v_moved, v_claimed, v_result;
    if v_claimed = 1 then
      if v_moved < v_wanted then
        raise exception 'insufficient funds' using errcode = 'CX402';
      end if;
      update wallet.idempotency_record set result = v_result where tenant_id = p_tenant and key = p_key;
      return v_result || jsonb_build_object('replayed', false);
    end if;
    -- A concurrent call with this key committed first: nothing was written; answer its result.
    select request_hash, operation, result into v_hash, v_operation, v_stored
      from wallet.idempotency_record where tenant_id = p_tenant and key = p_key;
  end if;

  if v_operation = 'bet.tombstone' and p_operation <> 'bet.tombstone' then
    raise exception 'bet % was rolled back before it arrived', p_key using errcode = 'CX416';
  end if;
  if v_hash is distinct from p_hash then
    raise exception 'idempotency key % was used for a different request', p_key using errcode = 'CX409';
  end if;
  return v_stored || jsonb_build_object('replayed', true);
end $$;
