-- The bonus share of a win: floor(win × from_bonus / stake), the remainder (rounding) to cash.
create or replace function wallet.split_win(p_win bigint, p_from_cash bigint, p_from_bonus bigint)
 returns bigint
 language sql
 immutable
as $$
  select case when p_from_cash + p_from_bonus = 0 then 0::bigint
              else floor(p_win::numeric * p_from_bonus / (p_from_cash::numeric + p_from_bonus))::bigint end
$$;
