-- The bet.settled event of a bet, with only what applies (most bets carry no contributions, rounds or split).
create or replace function games.settled_event_payload(m games.bet)
 returns jsonb
 language sql
 stable
as $$
  -- Only what applies: most bets carry no contributions, rounds or bonus split.
  select jsonb_build_object('betId', m.id, 'playerId', m.player_id, 'game', m.game, 'asset', m.asset,
           'stake', m.stake::text, 'payout', m.payout::text, 'settledAt', m.settled_at)
    || case when jsonb_array_length(coalesce(m.ledger -> 'jackpots', '[]'::jsonb)) > 0
         then jsonb_build_object('contributions', m.ledger -> 'jackpots') else '{}'::jsonb end
    || case when jsonb_array_length(coalesce(m.ledger -> 'rounds', '[]'::jsonb)) > 0
         then jsonb_build_object('jackpotRounds', m.ledger -> 'rounds') else '{}'::jsonb end
    || case when m.bonus_split is not null then jsonb_build_object('bonusSplit', jsonb_build_object(
         'stakeFromBonus', coalesce(m.bonus_split ->> 'stakeFromBonus', '0'),
         'winToBonus', coalesce(m.bonus_split ->> 'winToBonus', '0'))) else '{}'::jsonb end
$$;
