-- A player's cash and bonus accounts (every asset, or one), as the internal API reports balances.
create or replace function wallet.player_balances(p_tenant uuid, p_player text, p_asset text)
 returns jsonb
 language plpgsql
as $$
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  return coalesce((
    select jsonb_agg(jsonb_build_object('accountType', a.type, 'asset', s.code, 'balance', a.balance::text, 'available', (a.balance - a.held)::text)
                     order by s.code, a.type)
      from wallet.account a join wallet.asset s on s.id = a.asset_id
     where a.tenant_id = p_tenant and a.holder = p_player and a.type in ('PLAYER_CASH', 'PLAYER_BONUS')
       and (p_asset is null or s.code = p_asset)), '[]'::jsonb);
end $$;
