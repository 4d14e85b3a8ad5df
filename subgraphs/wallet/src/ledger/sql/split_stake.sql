-- How a stake is paid from available cash and bonus money (null, null: they cannot cover it).
create or replace function wallet.split_stake(p_stake bigint, p_cash bigint, p_bonus bigint, p_order text, out from_cash bigint, out from_bonus bigint)
 returns record
 language plpgsql
 immutable
as $$
begin
  if p_stake <= 0 or p_cash < 0 or p_bonus < 0 or p_order not in ('REAL_FIRST', 'BONUS_FIRST') then
    raise exception 'split_stake(%, %, %, %) is out of its domain', p_stake, p_cash, p_bonus, p_order using errcode = 'CX422';
  end if;
  if p_cash::numeric + p_bonus < p_stake then
    return;
  end if;
  if p_order = 'REAL_FIRST' then
    from_cash := least(p_cash, p_stake);
    from_bonus := p_stake - from_cash;
  else
    from_bonus := least(p_bonus, p_stake);
    from_cash := p_stake - from_bonus;
  end if;
end $$;
