-- move_bet as a row for the games process (no row when the bet was not in p_from).
create or replace function games.transition_bet(p_tenant uuid, p_bet uuid, p_from text[], p_to text, p_payout bigint, p_multiplier numeric, p_outcome jsonb, p_state jsonb, p_transfer uuid, p_rejection text, p_attempted boolean, p_split jsonb)
 returns table(bet games.bet, event_seq bigint)
 language plpgsql
as $$
declare
  v_moved games.bet_transition := games.move_bet(p_tenant, p_bet, p_from, p_to, p_payout, p_multiplier, p_outcome, p_state,
    p_transfer, p_rejection, p_attempted, p_split);
begin
  if (v_moved.bet).id is null then
    return;
  end if;
  bet := v_moved.bet;
  event_seq := v_moved.event_seq;
  return next;
end $$;
