-- place_bet for each item of a batch, each in its own subtransaction (an error answers that item only). Generic
-- plans: Postgres kept re-planning these statements per call, which cost more than running them.
create or replace function games.place_bets(p_items jsonb)
 returns jsonb
 language plpgsql
 set plan_cache_mode to 'force_generic_plan'
as $$
declare
  v_item jsonb; v_answers jsonb := '[]'::jsonb; v_answer jsonb; v_state text; v_message text; v_detail text;
  p games.place_item;
begin
  
  for v_item in select value from jsonb_array_elements(p_items) loop
    begin
      p := jsonb_populate_record(null::games.place_item, v_item);
      v_answer := jsonb_build_object('ok', games.place_bet(p."tenantId", p."playerId", p.key, p.hash, p.game, p.asset, p.stake,
        p."defaultVariant", p."defaultMin", p."defaultMax", p."singleRound", p.seed, p."seedHash", p."clientSeed", p.assumed,
        p.id, p.payout, p.multiplier, p.params, p.outcome, p.state, p.ledger));
    exception when others then
      get stacked diagnostics v_state = returned_sqlstate, v_message = message_text, v_detail = pg_exception_detail;
      v_answer := jsonb_build_object('error', v_state, 'message', v_message, 'detail', nullif(v_detail, ''));
    end;
    v_answers := v_answers || jsonb_build_array(v_answer);
  end loop;
  return v_answers;
end $$;
