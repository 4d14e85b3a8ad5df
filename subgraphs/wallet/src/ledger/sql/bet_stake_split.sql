-- How the stake of the bet keyed p_bet_key was paid by p_player (0, 0 when there is no such bet).
create or replace function wallet.bet_stake_split(p_tenant uuid, p_bet_key text, p_player text, out from_cash bigint, out from_bonus bigint)
 returns record
 language plpgsql
as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  select coalesce(sum(-e.amount) filter (where a.type = 'PLAYER_CASH'), 0), coalesce(sum(-e.amount) filter (where a.type = 'PLAYER_BONUS'), 0)
    into from_cash, from_bonus
    from wallet.transfer t
    join wallet.entry e on e.tenant_id = t.tenant_id and e.transfer_id = t.id
    join wallet.account a on a.id = e.account_id
   where t.tenant_id = p_tenant and t.idempotency_key = p_bet_key and e.amount < 0
     and a.holder = p_player and a.type in ('PLAYER_CASH', 'PLAYER_BONUS');
end $$;
