-- post_transfer for legs whose accounts the wallet process already knows (account_directory): one statement,
-- gated on the transfer's own unique key, the replay answered from the record when the key was taken.
create or replace function wallet.post_known_transfer(p wallet.posting)
 returns jsonb
 language plpgsql
 set enable_hashjoin to 'off'
 set enable_mergejoin to 'off'
as $$
declare
  v_now timestamptz := now();
  v_transfer uuid := gen_random_uuid();
  v_hash text; v_operation text; v_stored jsonb;
  v_posted int; v_moved int; v_claimed int; v_consistent boolean; v_result jsonb; v_setting text;
begin
  -- An assignment, not PERFORM: PL/pgSQL evaluates it as a simple expression instead of running a query.
  v_setting := set_config('app.tenant_id', p."tenantId"::text, true);
  if coalesce(array_length(p.amounts, 1), 0) < 2 then
    raise exception 'a transfer needs at least two entries' using errcode = 'CX422';
  end if;
  -- The transfer's own unique key gates every write: a key already posted (a replay, or a
  -- concurrent call that committed first: the insert waits for it) writes nothing.
  with transfer as (
    insert into wallet.transfer (id, tenant_id, kind, idempotency_key, reverses_id, player_id, reference, metadata, created_at)
    values (v_transfer, p."tenantId", p.kind, p.key, null, p."playerId", p.reference, coalesce(p.metadata, '{}'::jsonb), v_now)
    on conflict do nothing
    returning id
  ), moved as (
    update wallet.account a set balance = a.balance + m.total, updated_at = v_now
      from unnest(p."moveIds", p."moveTotals", p."moveLowest", p."moveTypes", p."moveAssets") as m(id, total, lowest, type, asset)
     where a.id = m.id and a.tenant_id = p."tenantId" and a.balance - a.held + m.lowest >= 0 and exists (select 1 from transfer)
    returning a.id, a.balance, a.held, m.total, m.type, m.asset
  ), entries as (
    insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, balance_after, created_at)
    select gen_random_uuid(), p."tenantId", t.id, l.account_id, l.asset_id, l.amount, m.balance - m.total + l.running, v_now
      from unnest(p.accounts, p."assetIds", p.amounts, p.running) as l(account_id, asset_id, amount, running)
      cross join transfer t left join moved m on m.id = l.account_id
  ), answer as (
    select jsonb_build_object('transferId', v_transfer, 'kind', p.kind, 'createdAt', v_now, 'balances', coalesce(
             jsonb_object_agg(m.type || ':' || m.asset, jsonb_build_object('accountType', m.type, 'asset', m.asset,
               'balance', m.balance::text, 'available', (m.balance - m.held)::text)) filter (where m.id is not null), '{}'::jsonb)) as result
      from (select 1) one left join moved m on true
  ), claim as (
    -- The key's record, with the result a replay answers, written by the same statement.
    insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, result, created_at)
    select p."tenantId", p.key, p.hash, p.operation, answer.result, v_now from transfer cross join answer
    on conflict do nothing
    returning key
  )
  select (select count(*) from transfer), (select count(*) from moved), (select count(*) from claim),
         -- Every moved balance moves by exactly the sum of its own legs.
         (select coalesce(bool_and(m.total = (select sum(l.amount) from unnest(p.accounts, p.amounts) as l(account_id, amount) where l.account_id = m.id)), true) from moved m),
         (select result from answer)
    into v_posted, v_moved, v_claimed, v_consistent, v_result;
  if v_posted = 1 then
    if not v_consistent then
      raise exception 'a balance would not move by the sum of its entries' using errcode = 'CX422';
    end if;
    if v_moved < coalesce(array_length(p."moveIds", 1), 0) then
      raise exception 'insufficient funds' using errcode = 'CX402';
    end if;
    if v_claimed = 1 then
      return v_result || jsonb_build_object('replayed', false);
    end if;
  end if;

  -- The key was taken: a replay or a concurrent call that committed first (nothing was written), or a
  -- record without a transfer (a rollback's tombstone, another operation's key: the error undoes the writes).
  select request_hash, operation, result into v_hash, v_operation, v_stored
    from wallet.idempotency_record where tenant_id = p."tenantId" and key = p.key;
  if v_operation = 'bet.tombstone' and p.operation <> 'bet.tombstone' then
    raise exception 'bet % was rolled back before it arrived', p.key using errcode = 'CX416';
  end if;
  if v_hash is distinct from p.hash or v_posted = 1 then
    raise exception 'idempotency key % was used for a different request', p.key using errcode = 'CX409';
  end if;
  return v_stored || jsonb_build_object('replayed', true);
end $$;
