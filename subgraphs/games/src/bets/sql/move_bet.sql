-- Moves a bet to p_to (only from the statuses p_from) with its recovery marker and, when it finishes, its
-- bet.settled outbox row, in one statement; answers the bet and the row's seq (the process notifies after commit).
create or replace function games.move_bet(p_tenant uuid, p_bet uuid, p_from text[], p_to text, p_payout bigint, p_multiplier numeric, p_outcome jsonb, p_state jsonb, p_transfer uuid, p_rejection text, p_attempted boolean, p_split jsonb)
 returns games.bet_transition
 language plpgsql
as $$
declare
  v_bet games.bet;
  v_setting text;
  v_unfinished boolean := p_to in ('PENDING', 'CASHING');
  v_leaves boolean := 'PENDING' = any (p_from) or 'CASHING' = any (p_from);
begin
  -- An assignment, not PERFORM: PL/pgSQL evaluates it as a simple expression instead of running a query.
  v_setting := set_config('app.tenant_id', p_tenant::text, true);
  with moved as (
    update games.bet set
        status = p_to,
        payout = coalesce(p_payout, payout),
        multiplier = coalesce(p_multiplier, multiplier),
        outcome = coalesce(p_outcome, outcome),
        state = coalesce(p_state, state),
        transfer_id = coalesce(p_transfer, transfer_id),
        rejection_code = coalesce(p_rejection, rejection_code),
        bonus_split = case when p_split is null then bonus_split else coalesce(bonus_split, '{}'::jsonb) || p_split end,
        attempts = attempts + case when p_attempted then 1 else 0 end,
        settled_at = case when p_to in ('SETTLED', 'REJECTED') then now() else settled_at end,
        updated_at = now()
      where tenant_id = p_tenant and id = p_bet and status = any (p_from)
      returning *
  ), marked as (
    insert into games.unsettled_bet (bet_id, tenant_id, since) select id, p_tenant, now() from moved where v_unfinished
      on conflict (bet_id) do update set since = excluded.since
  ), unmarked as (
    delete from games.unsettled_bet u using moved m where u.bet_id = m.id and not v_unfinished and v_leaves
  ), settled as (
    -- Only what applies: most bets carry no contributions, rounds or bonus split.
    insert into games.bet_event (tenant_id, kind, bet_id, player_id, payload, created_at)
    select p_tenant, 'bet.settled', m.id, m.player_id,
        jsonb_build_object('betId', m.id, 'playerId', m.player_id, 'game', m.game, 'asset', m.asset,
          'stake', m.stake::text, 'payout', m.payout::text, 'settledAt', m.settled_at)
        || case when jsonb_array_length(coalesce(m.ledger -> 'jackpots', '[]'::jsonb)) > 0
             then jsonb_build_object('contributions', m.ledger -> 'jackpots') else '{}'::jsonb end
        || case when jsonb_array_length(coalesce(m.ledger -> 'rounds', '[]'::jsonb)) > 0
             then jsonb_build_object('jackpotRounds', m.ledger -> 'rounds') else '{}'::jsonb end
        || case when m.bonus_split is not null then jsonb_build_object('bonusSplit', jsonb_build_object(
             'stakeFromBonus', coalesce(m.bonus_split ->> 'stakeFromBonus', '0'),
             'winToBonus', coalesce(m.bonus_split ->> 'winToBonus', '0'))) else '{}'::jsonb end,
        now()
      from moved m where p_to = 'SETTLED'
  )
  select * into v_bet from moved;
  if not found then
    return null;
  end if;
  return row(v_bet, case when p_to = 'SETTLED' then currval('games.bet_event_seq_seq') end)::games.bet_transition;
end $$;
