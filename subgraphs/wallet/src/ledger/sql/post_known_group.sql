-- A tenant's postings of one group as ONE statement (known-group.ts builds it): each player balance moved once
-- by its total, covering the lowest running sum of its legs; anything unexpected raises and the group goes item by item.
create or replace function wallet.post_known_group(g wallet.posting_group)
 returns jsonb
 language plpgsql
 set enable_hashjoin to 'off'
 set enable_mergejoin to 'off'
 set plan_cache_mode to 'force_generic_plan'
as $$
declare
  v_now timestamptz := now();
  v_items int := coalesce(array_length(g.ids, 1), 0);
  v_posted int; v_moved int; v_claimed int; v_consistent boolean; v_answers jsonb; v_setting text;
begin
  v_setting := set_config('app.tenant_id', g."tenantId"::text, true);
  with transfer as (
    insert into wallet.transfer (id, tenant_id, kind, idempotency_key, reverses_id, player_id, reference, metadata, created_at)
    select t.id, g."tenantId", t.kind, t.key, null, t.player, t.ref, g.metadata -> (t.n::int - 1), v_now
      from unnest(g.ids, g.kinds, g.keys, g.players, g.refs) with ordinality as t(id, kind, key, player, ref, n)
    on conflict do nothing
    returning id
  ), moved as (
    update wallet.account a set balance = a.balance + m.total, updated_at = v_now
      from unnest(g."moveIds", g."moveTotals", g."moveLowest") as m(id, total, lowest)
     where a.id = m.id and a.tenant_id = g."tenantId" and a.balance - a.held + m.lowest >= 0
    returning a.id, a.balance - m.total as before, a.held, m.total
  ), entries as (
    insert into wallet.entry (id, tenant_id, transfer_id, account_id, asset_id, amount, balance_after, created_at)
    select gen_random_uuid(), g."tenantId", g.ids[l.item], l.account_id, l.asset_id, l.amount, m.before + l.running, v_now
      from unnest(g."legItems", g.accounts, g."assetIds", g.amounts, g.running) as l(item, account_id, asset_id, amount, running)
      left join moved m on m.id = l.account_id
  ), answer as (
    select i.n as item, jsonb_build_object('transferId', g.ids[i.n], 'kind', g.kinds[i.n], 'createdAt', v_now, 'balances', coalesce(
             jsonb_object_agg(r.type || ':' || r.asset, jsonb_build_object('accountType', r.type, 'asset', r.asset,
               'balance', (m.before + r.running)::text, 'available', (m.before + r.running - m.held)::text)) filter (where m.id is not null), '{}'::jsonb)) as result
      from generate_series(1, v_items) as i(n)
      left join unnest(g."answerItems", g."answerAccounts", g."answerRunning", g."answerTypes", g."answerAssets") as r(item, account_id, running, type, asset)
        on r.item = i.n
      left join moved m on m.id = r.account_id
     group by i.n
  ), claim as (
    insert into wallet.idempotency_record (tenant_id, key, request_hash, operation, result, created_at)
    select g."tenantId", g.keys[a.item], g.hashes[a.item], g.operations[a.item], a.result, v_now from answer a
    on conflict do nothing
    returning key
  )
  select (select count(*) from transfer), (select count(*) from moved), (select count(*) from claim),
         -- Every moved balance moves by exactly the sum of its own legs over the group.
         (select coalesce(bool_and(m.total = (select sum(l.amount) from unnest(g.accounts, g.amounts) as l(account_id, amount) where l.account_id = m.id)), true) from moved m),
         (select jsonb_agg(jsonb_build_object('ok', a.result || '{"replayed": false}'::jsonb) order by a.item) from answer a)
    into v_posted, v_moved, v_claimed, v_consistent, v_answers;
  if v_posted <> v_items or v_claimed <> v_items or v_moved <> coalesce(array_length(g."moveIds", 1), 0) or not v_consistent then
    raise exception 'the group does not post as one' using errcode = 'CX0GB';
  end if;
  return v_answers;
end $$;
