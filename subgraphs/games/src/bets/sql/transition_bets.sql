-- move_bet for each item of a batch, each in its own subtransaction (an error answers that item only). Generic
-- plans: Postgres kept re-planning these statements per call, which cost more than running them.
create or replace function games.transition_bets(p_items jsonb)
 returns jsonb
 language plpgsql
 set plan_cache_mode to 'force_generic_plan'
as $$
declare
  v_item jsonb; v_answers jsonb := '[]'::jsonb; v_answer jsonb; v_state text; v_message text; v_detail text;
  p games.transition_item; v_moved games.bet_transition; v_bet games.bet;
begin
  
  for v_item in select value from jsonb_array_elements(p_items) loop
    begin
      p := jsonb_populate_record(null::games.transition_item, v_item);
      v_moved := games.move_bet(p."tenantId", p."betId", p."from", p."to", null, null, null, null, p.transfer, p.rejection, p.attempted, p.split);
      if (v_moved.bet).id is null then
        v_answer := jsonb_build_object('ok', null);
      else
        v_bet := v_moved.bet;
        -- int8 and numeric as strings, as pg returns them (amounts stay exact).
        v_answer := jsonb_build_object('ok', jsonb_build_object(
          'bet', to_jsonb(v_bet) || jsonb_build_object('stake', v_bet.stake::text, 'payout', v_bet.payout::text, 'multiplier', v_bet.multiplier::text),
          'eventSeq', v_moved.event_seq::text));
      end if;
    exception when others then
      get stacked diagnostics v_state = returned_sqlstate, v_message = message_text, v_detail = pg_exception_detail;
      v_answer := jsonb_build_object('error', v_state, 'message', v_message, 'detail', nullif(v_detail, ''));
    end;
    v_answers := v_answers || jsonb_build_array(v_answer);
  end loop;
  return v_answers;
end $$;
