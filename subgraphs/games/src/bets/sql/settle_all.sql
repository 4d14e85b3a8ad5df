-- A tenant's bets of a group moved, each once, to SETTLED or REJECTED in ONE statement: the bets (each only from
-- the statuses its item names), their bet.settled outbox rows, the answers in the items' order.
create or replace function games.settle_all(p_tenant uuid, p_items jsonb)
 returns jsonb
 language plpgsql
 set enable_hashjoin to 'off'
 set enable_mergejoin to 'off'
 set plan_cache_mode to 'force_generic_plan'
as $$
declare
  v_answers jsonb; v_setting text;
begin
  v_setting := set_config('app.tenant_id', p_tenant::text, true);
  with item as (
    select * from jsonb_populate_recordset(null::games.transition_item, p_items)
      with ordinality as i("tenantId", "betId", "from", "to", transfer, rejection, attempted, split, n)
  ), moved as (
    update games.bet b set
        status = i."to",
        transfer_id = coalesce(i.transfer, b.transfer_id),
        rejection_code = coalesce(i.rejection, b.rejection_code),
        bonus_split = case when i.split is null then b.bonus_split else coalesce(b.bonus_split, '{}'::jsonb) || i.split end,
        attempts = b.attempts + case when i.attempted then 1 else 0 end,
        settled_at = now(),
        updated_at = now()
      from item i
     where b.tenant_id = p_tenant and b.id = i."betId" and b.status = any (i."from") and i."to" in ('SETTLED', 'REJECTED')
    returning b
  ), settled as (
    insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
    select p_tenant, 'bet.settled', (m.b).id, (m.b).player_id, games.settled_event_payload(m.b), now()
      from moved m where (m.b).status = 'SETTLED'
    returning seq, bet_id
  )
  select jsonb_agg(jsonb_build_object('ok', case when (m.b).id is null then null else jsonb_build_object(
           -- int8 and numeric as strings, as pg returns them (amounts stay exact).
           'bet', to_jsonb(m.b) || jsonb_build_object('stake', (m.b).stake::text, 'payout', (m.b).payout::text, 'multiplier', (m.b).multiplier::text),
           'eventSeq', s.seq::text) end) order by i.n)
    into v_answers
    from item i
    left join moved m on (m.b).id = i."betId"
    left join settled s on s.bet_id = i."betId";
  return v_answers;
end $$;
